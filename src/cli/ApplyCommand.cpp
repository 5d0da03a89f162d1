// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyCommand.h"

#include "CommandSupport.h"
#include "HelperSession.h"
#include "PlanText.h"

#include <QCoreApplication>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::ApplyCommand", text);
}
} // namespace

QString ApplyCommand::summary() const
{
    return tr("Reserve devices for vfio-pci from the next boot on (asks for confirmation unless --yes).");
}

int ApplyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ADDRESS"),
                                 tr("PCI addresses, e.g. 0000:02:00.0; every endpoint of their IOMMU groups"),
                                 QStringLiteral("ADDRESS..."));
    const QCommandLineOption yes = yesOption(tr("Apply without asking for confirmation."));
    parser.addOption(yes);
    if (const auto stop = parseArguments(parser, arguments, out, err, Positionals::PciAddresses))
        return *stop;
    const QStringList addresses = pciAddresses(parser);
    HelperSession session(out, err);
    if (!parser.isSet(yes)) {
        if (const auto stop =
                confirmPlan(session.preview(addresses), printApplyPlan, tr("Apply these changes?"), out, err))
            return *stop;
    }
    return session.transaction([&](HelperClient &client) { client.apply(addresses); });
}

} // namespace vfio::cli
