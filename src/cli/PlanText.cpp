// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanText.h"

#include "plan/LineDiff.h"
#include "policy/SelectionRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli", text);
}

void printIndented(const QString &text, QTextStream &out)
{
    QString body = text;
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    for (const QString &line : body.split(QLatin1Char('\n')))
        out << QStringLiteral("    ") << line << Qt::endl;
}

void printFile(const QJsonObject &file, QTextStream &out)
{
    const QString path = file.value(QStringLiteral("path")).toString();
    const QString reason = file.value(QStringLiteral("reason")).toString();
    const QJsonValue old = file.value(QStringLiteral("old"));
    const QString now = file.value(QStringLiteral("new")).toString();
    out << Qt::endl;
    if (file.value(QStringLiteral("remove")).toBool()) {
        out << tr("Removed file %1 (%2):").arg(path, reason) << Qt::endl;
        printIndented(lineDiff(old.toString(), QString()), out);
        return;
    }
    const QJsonValue mode = file.value(QStringLiteral("mode"));
    const QString modeText =
        mode.isDouble()
            ? tr(", mode %1").arg(QString::number(mode.toInt(), 8).rightJustified(4, QLatin1Char('0')))
            : QString();
    if (old.isNull()) {
        out << tr("New file %1 (%2%3):").arg(path, reason, modeText) << Qt::endl;
        printIndented(now, out);
    } else {
        out << tr("Changed file %1 (%2%3), - removed, + added:").arg(path, reason, modeText) << Qt::endl;
        printIndented(lineDiff(old.toString(), now), out);
    }
}

} // namespace

void printPlanFilesAndCommands(const QJsonObject &plan, QTextStream &out)
{
    for (const auto &value : plan.value(QStringLiteral("files")).toArray())
        printFile(value.toObject(), out);
    const QJsonArray commands = plan.value(QStringLiteral("commands")).toArray();
    if (!commands.isEmpty())
        out << Qt::endl << tr("Then runs:") << Qt::endl;
    for (const auto &value : commands) {
        QStringList words;
        for (const auto &word : value.toArray())
            words.append(word.toString());
        out << QStringLiteral("    ") << words.join(QLatin1Char(' ')) << Qt::endl;
    }
}

void printPlanErrors(const QJsonObject &plan, QTextStream &err)
{
    for (const auto &value : plan.value(QStringLiteral("errors")).toArray())
        err << tr("error: %1").arg(value.toString()) << Qt::endl;
}

void printApplyPlan(const QJsonObject &plan, QTextStream &out, QTextStream &err)
{
    const QString distribution = plan.value(QStringLiteral("distribution")).toString();
    const QString initramfs = plan.value(QStringLiteral("initramfs")).toString();
    if (!distribution.isEmpty() && !initramfs.isEmpty())
        out << tr("System: %1 (initramfs: %2)").arg(distribution, initramfs) << Qt::endl;
    else if (!distribution.isEmpty())
        out << tr("System: %1").arg(distribution) << Qt::endl;
    for (const auto &value : plan.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = value.toObject();
        out << tr("Device %1 [%2]: bound by %3. %4")
                   .arg(device.value(QStringLiteral("address")).toString(),
                        device.value(QStringLiteral("id")).toString(),
                        bindMethodFromString(device.value(QStringLiteral("binding")).toString()) ==
                                BindMethod::ByAddress
                            ? tr("address (driver_override)")
                            : tr("ID (ids=)"),
                        device.value(QStringLiteral("reason")).toString())
            << Qt::endl;
    }
    printPlanFilesAndCommands(plan, out);
    for (const auto &value : plan.value(QStringLiteral("warnings")).toArray())
        err << tr("warning: %1").arg(value.toString()) << Qt::endl;
    printPlanErrors(plan, err);
}

} // namespace vfio::cli
