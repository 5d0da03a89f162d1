// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "CommandSupport.h"
#include "SystemCheckJson.h"
#include "SystemCheckText.h"

#include "checks/SystemCheck.h"
#include "topology/TopologyScanner.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::CheckCommand", text);
}

QString heading(const QString &root)
{
    if (root == QLatin1String("/"))
        return QCoreApplication::translate("vfio::cli::CheckCommand", "System check of this computer:");
    return QCoreApplication::translate("vfio::cli::CheckCommand", "System check of the snapshot %1:")
        .arg(root);
}

QString verdict(const SystemCheck &check)
{
    if (check.needsAction())
        return QCoreApplication::translate(
            "vfio::cli::CheckCommand",
            "Not ready yet: change what is marked Blocked or Action needed, then run this check again.");
    return QCoreApplication::translate("vfio::cli::CheckCommand",
                                       "Ready: nothing stands in the way of passing devices through.");
}
} // namespace

QString CheckCommand::summary() const
{
    return tr("Check whether this system is ready for PCI passthrough, and what to change if not.");
}

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    RootCommandOptions options;
    if (const auto stop =
            parseRootCommand(summary(), tr("Print JSON instead of the table."), arguments, out, err, options))
        return *stop;
    const QString &root = options.root;

    const Topology topology = TopologyScanner(root).scan();
    const SystemCheck check = checkSystem(root, topology);
    if (options.json)
        out << QJsonDocument(systemCheckToJson(check)).toJson(QJsonDocument::Indented);
    else
        out << heading(root) << Qt::endl
            << Qt::endl
            << findingsToText(check.findings) << Qt::endl
            << verdict(check) << Qt::endl;
    out.flush();
    for (const QString &problem : topology.problems)
        err << tr("warning: %1").arg(problem) << Qt::endl;
    return check.needsAction() ? NeedsSetup : Success;
}

} // namespace vfio::cli
