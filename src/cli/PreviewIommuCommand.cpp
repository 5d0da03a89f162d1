// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewIommuCommand.h"

#include "CommandLinePlanText.h"
#include "CommandSupport.h"
#include "HelperSession.h"
#include "IommuWords.h"

#include <QCoreApplication>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::PreviewIommuCommand", text);
}
} // namespace

QString PreviewIommuCommand::summary() const
{
    return tr("Show how enable-iommu would change the kernel command line (changes nothing).");
}

int PreviewIommuCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json = helperJsonOption();
    parser.addOptions({passthroughOption(), wordsRootOption(), json});
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return *stop;
    CommandLineChange change;
    if (const auto stop = iommuChangeFor(parser, &change, out, err))
        return *stop;
    HelperSession session(out, err, parser.isSet(json));
    return printHelperPlan(session.commandLinePreview(change.add, change.remove), parser.isSet(json),
                           printCommandLinePlan, out, err);
}

} // namespace vfio::cli
