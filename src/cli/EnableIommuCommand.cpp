// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnableIommuCommand.h"

#include "CommandLinePlanText.h"
#include "CommandSupport.h"
#include "HelperSession.h"
#include "IommuWords.h"

#include <QCoreApplication>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::EnableIommuCommand", text);
}
} // namespace

QString EnableIommuCommand::summary() const
{
    return tr("Switch the IOMMU on through the kernel command line from the next boot (asks unless --yes).");
}

int EnableIommuCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption yes =
        yesOption(tr("Change the kernel command line without asking for confirmation."));
    parser.addOptions({passthroughOption(), wordsRootOption(), yes});
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return *stop;
    CommandLineChange change;
    if (const auto stop = iommuChangeFor(parser, &change, out, err))
        return *stop;
    HelperSession session(out, err);
    if (!parser.isSet(yes)) {
        if (const auto stop =
                confirmPlan(session.commandLinePreview(change.add, change.remove), printCommandLinePlan,
                            tr("Change the kernel command line?"), out, err))
            return *stop;
    }
    return session.transaction(
        [&](HelperClient &client) { client.setKernelCommandLine(change.add, change.remove); });
}

} // namespace vfio::cli
