// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLinePlanText.h"

#include "PlanText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli", text);
}

} // namespace

void printCommandLinePlan(const QJsonObject &plan, QTextStream &out, QTextStream &err)
{
    out << tr("Boot loader: %1 (%2)")
               .arg(plan.value(QStringLiteral("bootLoader")).toString(),
                    plan.value(QStringLiteral("evidence")).toString())
        << Qt::endl;
    printPlanFilesAndCommands(plan, out);
    if (plan.value(QStringLiteral("changesNothing")).toBool())
        out << tr("Nothing to change: the boot configuration already has these words.") << Qt::endl;
    for (const auto &value : plan.value(QStringLiteral("notes")).toArray())
        out << tr("note: %1").arg(value.toString()) << Qt::endl;
    printPlanErrors(plan, err);
}

} // namespace vfio::cli
