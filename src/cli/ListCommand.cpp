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
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of the listing."));
    parser.addOption(json);
    parser.addOption(rootOption());
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return *stop;
    const auto root = checkedRoot(parser, err);
    if (!root)
        return UsageError;

    const Topology topology = TopologyScanner(*root).scan();

    if (parser.isSet(json))
        out << QJsonDocument(topologyToJson(topology)).toJson(QJsonDocument::Indented);
    else
        out << topologyToText(topology);
    out.flush();

    for (const QString &problem : topology.problems)
        err << tr("warning: %1").arg(problem) << Qt::endl;
    if (!topology.iommu.active) {
        err << findingsToText(findingsNotOk(checkSystem(*root, topology)));
        return IommuOff;
    }
    return Success;
}

} // namespace vfio::cli
