// SPDX-License-Identifier: GPL-3.0-or-later
#include "IommuWords.h"
#include "checks/IommuSetupChange.h"

#include "Command.h"
#include "CommandSupport.h"

#include "checks/SystemCheck.h"
#include "topology/TopologyScanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli", text);
}
} // namespace

QCommandLineOption passthroughOption()
{
    return QCommandLineOption(QStringLiteral("passthrough-mode"),
                              tr("Also add %1: the devices the host keeps skip IOMMU address translation.")
                                  .arg(kernelparam::iommuPassthrough()));
}

QCommandLineOption wordsRootOption()
{
    return QCommandLineOption(QStringLiteral("root"),
                              tr("Work the words out from the system below DIR (a snapshot) instead of this "
                                 "machine. The helper still changes the system it runs on."),
                              QStringLiteral("DIR"), QStringLiteral("/"));
}

CommandLineChange iommuChange(const QString &root, bool passthrough)
{
    const Topology topology = TopologyScanner(root).scan();
    return iommuSetupChange(checkSystem(root, topology), topology.iommu.kernelCommandLine, passthrough);
}

QString describeChange(const CommandLineChange &change)
{
    if (change.remove.isEmpty())
        return tr("add %1").arg(change.add.join(QLatin1Char(' ')));
    if (change.add.isEmpty())
        return tr("remove %1").arg(change.remove.join(QLatin1Char(' ')));
    return tr("add %1; remove %2")
        .arg(change.add.join(QLatin1Char(' ')), change.remove.join(QLatin1Char(' ')));
}

std::optional<int> iommuChangeFor(const QCommandLineParser &parser, CommandLineChange *change,
                                  QTextStream &out, QTextStream &err)
{
    const auto root = checkedRoot(parser, out, err);
    if (!root)
        return UsageError;
    *change = iommuChange(*root, parser.isSet(QStringLiteral("passthrough-mode")));
    const bool json = jsonRequested(parser);
    if (change->isEmpty()) {
        const QString nothing =
            tr("Nothing to change: the kernel command line already has what the IOMMU needs on this "
               "system (see 'vfio-isolator-cli check').");
        if (json) // the shape of the helper's kernel command line plan, for a change that changes nothing
            out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                             {QStringLiteral("errors"), QJsonArray()},
                                             {QStringLiteral("notes"), QJsonArray{nothing}},
                                             {QStringLiteral("files"), QJsonArray()},
                                             {QStringLiteral("commands"), QJsonArray()},
                                             {QStringLiteral("changesNothing"), true}})
                       .toJson(QJsonDocument::Indented);
        else
            out << nothing << Qt::endl;
        return Success;
    }
    // With --json, stdout holds the helper's JSON answer alone.
    (json ? err : out) << tr("Kernel command line: %1").arg(describeChange(*change)) << Qt::endl;
    return std::nullopt;
}

} // namespace vfio::cli
