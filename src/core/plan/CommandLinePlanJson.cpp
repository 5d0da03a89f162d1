// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/CommandLinePlanJson.h"

#include "plan/HelperPlan.h"

#include <QJsonArray>

namespace vfio {

QJsonObject commandLinePlanToJson(const BootLoader &bootLoader, const Result<CommandLinePlan> &planned)
{
    const CommandLinePlan plan = planned ? *planned : CommandLinePlan();
    QList<HelperPlan::File> files;
    for (const FileChange &change : plan.files)
        files.append(toPlanFile(change));
    const QJsonObject undo{{QStringLiteral("add"), QJsonArray::fromStringList(plan.undo.add)},
                           {QStringLiteral("remove"), QJsonArray::fromStringList(plan.undo.remove)}};
    return QJsonObject{
        {QStringLiteral("ok"), planned.ok()},
        {QStringLiteral("errors"), planned ? QJsonArray() : QJsonArray{planned.error()}},
        {QStringLiteral("bootLoader"), toString(bootLoader.kind)},
        {QStringLiteral("evidence"), bootLoader.evidence},
        {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
        {QStringLiteral("files"), filesToJson(files)},
        {QStringLiteral("commands"), commandsToJson(toCommandLists(plan.commands))},
        {QStringLiteral("undo"), undo},
        {QStringLiteral("changesNothing"), planned.ok() && plan.changesNothing()},
    };
}

} // namespace vfio
