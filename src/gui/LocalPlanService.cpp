// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPlanService.h"

#include "HelperInterface.h"
#include "plan/HelperPlan.h"

#include <QJsonDocument>

namespace vfio {

LocalPlanService::LocalPlanService(QString root, QString readOnlyReason, QString backend, QObject *parent)
    : SystemChangeService(parent), m_root(std::move(root)), m_readOnlyReason(std::move(readOnlyReason)),
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

void LocalPlanService::refuse(Call call)
{
    QMetaObject::invokeMethod(
        this,
        [this, call] {
            emit callFailed(call, helpererrors::errorName(HelperError::UnsupportedSystem), m_readOnlyReason);
        },
        Qt::QueuedConnection);
}

void LocalPlanService::apply(const QStringList &)
{
    refuse(Call::Apply);
}

void LocalPlanService::revert()
{
    refuse(Call::Revert);
}

void LocalPlanService::requestState()
{
    refuse(Call::State);
}

} // namespace vfio
