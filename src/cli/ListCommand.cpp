// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListCommand.h"

#include "CommandSupport.h"
#include "SystemCheckText.h"
#include "TopologyJson.h"
#include "TopologyText.h"

#include "checks/SystemCheck.h"
#include "topology/TopologyScanner.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::ListCommand", text);
}
} // namespace

QString ListCommand::summary() const
{
    return tr("Show the IOMMU groups and their PCI devices, drivers and kernel modules.");
}

int ListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    RootCommandOptions options;
    if (const auto stop = parseRootCommand(summary(), tr("Print JSON instead of the listing."), arguments,
                                           out, err, options))
        return *stop;
    const QString &root = options.root;

    const Topology topology = TopologyScanner(root).scan();

    if (options.json)
        out << QJsonDocument(topologyToJson(topology)).toJson(QJsonDocument::Indented);
    else
        out << topologyToText(topology);
    out.flush();

    for (const QString &problem : topology.problems)
        err << tr("warning: %1").arg(problem) << Qt::endl;
    if (!topology.iommu.active) {
        err << findingsToText(findingsNotOk(checkSystem(root, topology)));
        return IommuOff;
    }
    return Success;
}

} // namespace vfio::cli
