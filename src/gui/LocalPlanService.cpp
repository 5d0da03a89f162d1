#include "LocalPlanService.h"

#include "policy/ApplyPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vfio {

namespace {
// The helper's Preview format (docs/security.md), from the core's plan.
QString planJson(const ApplyPlan &plan)
{
    QJsonObject root;
    root.insert(QStringLiteral("ok"), plan.ok());
    root.insert(QStringLiteral("errors"), QJsonArray::fromStringList(plan.errors));
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings));
    root.insert(QStringLiteral("distribution"), plan.backend);
    QJsonArray files;
    for (const FileChange &file : plan.files) {
        QJsonObject object;
        object.insert(QStringLiteral("path"), file.path);
        object.insert(QStringLiteral("reason"), file.reason);
        object.insert(QStringLiteral("old"), file.oldContent ? QJsonValue(*file.oldContent) : QJsonValue());
        object.insert(QStringLiteral("new"), file.newContent);
        files.append(object);
    }
    root.insert(QStringLiteral("files"), files);
    QJsonArray commands;
    for (const CommandStep &command : plan.commands)
        commands.append(QJsonArray::fromStringList(QStringList{command.program} + command.arguments));
    root.insert(QStringLiteral("commands"), commands);
    QJsonArray devices;
    for (const DeviceBinding &binding : plan.bindings) {
        QJsonObject object;
        object.insert(QStringLiteral("address"), binding.address.toString());
        object.insert(QStringLiteral("binding"), binding.method == BindMethod::ByAddress
                                                     ? QStringLiteral("address")
                                                     : QStringLiteral("ids"));
        object.insert(QStringLiteral("reason"), binding.reason);
        devices.append(object);
    }
    root.insert(QStringLiteral("devices"), devices);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}
} // namespace

LocalPlanService::LocalPlanService(QString root, QString readOnlyReason, QString backend, QObject *parent)
    : HelperService(parent), m_root(std::move(root)), m_readOnlyReason(std::move(readOnlyReason)),
      m_backend(std::move(backend))
{
}

void LocalPlanService::preview(const QStringList &addresses)
{
    QList<PciAddress> selection;
    QStringList malformed;
    for (const QString &text : addresses) {
        if (const auto address = PciAddress::parse(text))
            selection.append(*address);
        else
            malformed.append(text);
    }
    QString json;
    if (!malformed.isEmpty()) {
        ApplyPlan refused;
        refused.errors.append(tr("Not PCI addresses: %1.").arg(malformed.join(QStringLiteral(", "))));
        json = planJson(refused);
    } else {
        PlanOptions options;
        options.backend = m_backend;
        json = planJson(makePlan(m_topology, selection, m_root, options));
    }
    QMetaObject::invokeMethod(
        this, [this, json] { emit previewReady(json); }, Qt::QueuedConnection);
}

void LocalPlanService::refuse(const QString &operation)
{
    QMetaObject::invokeMethod(
        this,
        [this, operation] {
            emit callFailed(operation, QStringLiteral("io.github.vfio_isolator.Error.UnsupportedSystem"),
                            m_readOnlyReason);
        },
        Qt::QueuedConnection);
}

void LocalPlanService::apply(const QStringList &)
{
    refuse(QStringLiteral("Apply"));
}

void LocalPlanService::revert()
{
    refuse(QStringLiteral("Revert"));
}

void LocalPlanService::requestState()
{
    refuse(QStringLiteral("State"));
}

} // namespace vfio
