#include "LocalPlanService.h"

#include "HelperInterface.h"
#include "plan/HelperPlan.h"

#include <QJsonDocument>

namespace vfio {

LocalPlanService::LocalPlanService(QString root, QString readOnlyReason, QString backend, QObject *parent)
    : HelperService(parent), m_root(std::move(root)), m_readOnlyReason(std::move(readOnlyReason)),
      m_backend(std::move(backend))
{
}

void LocalPlanService::preview(const QStringList &addresses)
{
    PlanOptions options;
    options.backend = m_backend;
    // A snapshot holds sys/ and proc/ but rarely the programs: without a generator under its root the plan
    // is made for the one its distribution (or Debian) uses, and a notice says so, rather than refused.
    options.fallbackBackend = QStringLiteral("initramfs-tools");
    const QString json =
        QString::fromUtf8(QJsonDocument(makeHelperPlan(m_topology, m_root, addresses, options).toJson())
                              .toJson(QJsonDocument::Compact));
    QMetaObject::invokeMethod(
        this, [this, json] { emit previewReady(json); }, Qt::QueuedConnection);
}

void LocalPlanService::refuse(const QString &operation)
{
    QMetaObject::invokeMethod(
        this,
        [this, operation] {
            emit callFailed(operation, helpererrors::unsupportedSystem(), m_readOnlyReason);
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
