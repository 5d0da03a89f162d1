// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevertCommand.h"

#include "CommandSupport.h"
#include "HelperSession.h"

#include <QCoreApplication>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::RevertCommand", text);
}
} // namespace

QString RevertCommand::summary() const
{
    return tr(
        "Undo the last change (apply or enable-iommu): put back the files it replaced, rerun its tool.");
}

int RevertCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption yes = yesOption(tr("Revert without asking for confirmation."));
    parser.addOption(yes);
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return *stop;
    if (const auto stop = confirm(parser.isSet(yes), tr("Revert the last change?"), out, err))
        return *stop;
    HelperSession session(out, err);
    return session.transaction([](HelperClient &client) { client.revert(); });
}

} // namespace vfio::cli
