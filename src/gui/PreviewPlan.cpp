// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewPlan.h"

#include "plan/HelperPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vfio {

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

PreviewPlan PreviewPlan::fromJson(const QString &json)
{
    PreviewPlan plan;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        plan.errors.append(
            QCoreApplication::translate("vfio::PreviewPlan",
                                        "The helper's plan could not be read (%1); the helper and "
                                        "this program may be different versions: reinstall both.")
                .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                             : QStringLiteral("not an object")));
        return plan;
    }
    const QJsonObject root = document.object();
    plan.ok = root.value(QStringLiteral("ok")).toBool();
    plan.errors = toStringList(root.value(QStringLiteral("errors")));
    plan.warnings = toStringList(root.value(QStringLiteral("warnings")));
    plan.notices = toStringList(root.value(QStringLiteral("notices")));
    plan.distribution = root.value(QStringLiteral("distribution")).toString();
    plan.initramfs = root.value(QStringLiteral("initramfs")).toString();
    for (const auto &value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject object = value.toObject();
        File file;
        file.path = object.value(QStringLiteral("path")).toString();
        file.reason = object.value(QStringLiteral("reason")).toString();
        const QJsonValue old = object.value(QStringLiteral("old"));
        if (old.isString())
            file.oldContent = old.toString();
        file.newContent = object.value(QStringLiteral("new")).toString();
        file.remove = object.value(QStringLiteral("remove")).toBool();
        plan.files.append(file);
    }
    for (const auto &value : root.value(QStringLiteral("commands")).toArray())
        plan.commands.append(toStringList(value));
    for (const auto &value : root.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject object = value.toObject();
        plan.devices.append({object.value(QStringLiteral("address")).toString(),
                             bindMethodFromString(object.value(QStringLiteral("binding")).toString())
                                 .value_or(BindMethod::ById),
                             object.value(QStringLiteral("reason")).toString()});
    }
    const QJsonValue configured = root.value(QStringLiteral("configuredNow"));
    plan.knowsConfigured = configured.isArray();
    for (const auto &value : configured.toArray()) {
        const QJsonObject object = value.toObject();
        plan.configured.append({object.value(QStringLiteral("address")).toString(),
                                object.value(QStringLiteral("id")).toString(),
                                object.value(QStringLiteral("description")).toString(),
                                object.value(QStringLiteral("afterApply")).toBool(true)});
    }
    return plan;
}

bool PreviewPlan::isConfigured(const QString &address) const
{
    return std::any_of(configured.cbegin(), configured.cend(),
                       [&address](const Configured &device) { return device.address == address; });
}

} // namespace vfio
