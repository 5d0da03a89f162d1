// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewCommand.h"

#include "CommandSupport.h"
#include "HelperSession.h"
#include "PlanText.h"

#include <QCoreApplication>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::PreviewCommand", text);
}
} // namespace

QString PreviewCommand::summary() const
{
    return tr("Show the files and commands that apply would write and run (changes nothing).");
}

int PreviewCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("PCI addresses, e.g. 0000:02:00.0"),
                                 QStringLiteral("ADDRESS..."));
    const QCommandLineOption json = helperJsonOption();
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, arguments, out, err, Positionals::PciAddresses))
        return *stop;
    HelperSession session(out, err, parser.isSet(json));
    return printHelperPlan(session.preview(pciAddresses(parser)), parser.isSet(json), printApplyPlan, out,
                           err);
}

} // namespace vfio::cli
