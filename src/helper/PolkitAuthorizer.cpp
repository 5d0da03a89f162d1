// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolkitAuthorizer.h"

#include <PolkitQt1/Authority>
#include <PolkitQt1/Subject>

namespace vfio {
namespace {

Result<void> checkNow(const AuthorizationRequest &request)
{
    using PolkitQt1::Authority;
    const QString &actionId = request.actionId;
    Authority *authority = Authority::instance();
    authority->clearError();
    const Authority::Result result = authority->checkAuthorizationSyncWithDetails(
        actionId, PolkitQt1::SystemBusNameSubject(request.busName), Authority::AllowUserInteraction,
        request.details);
    if (authority->hasError()) {
        const QString details = authority->errorDetails();
        authority->clearError();
        return fail(
            PolkitAuthorizer::tr("The authorisation service (polkit) could not be asked: %1. Make sure "
                                 "polkitd is installed and running, then try again.")
                .arg(details.isEmpty() ? PolkitAuthorizer::tr("unknown error") : details));
    }
    switch (result) {
    case Authority::Yes:
        return {};
    case Authority::Challenge:
        return fail(
            PolkitAuthorizer::tr("Authentication is required and no authentication agent answered: run the "
                                 "command from a desktop session or with an agent (pkttyagent)."));
    case Authority::No:
        return fail(
            PolkitAuthorizer::tr("You are not allowed to change the VFIO configuration of this system "
                                 "(polkit action %1): ask an administrator.")
                .arg(actionId));
    case Authority::Unknown:
        break;
    }
    return fail(PolkitAuthorizer::tr("polkit gave no answer for %1: not authorised.").arg(actionId));
}

} // namespace

PolkitAuthorizer::PolkitAuthorizer(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("polkit"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PolkitAuthorizer::~PolkitAuthorizer()
{
    m_thread.quit();
    m_thread.wait();
}

void PolkitAuthorizer::authorize(const AuthorizationRequest &request, Decision done)
{
    QMetaObject::invokeMethod(m_worker, [this, request, done = std::move(done)]() mutable {
        const Result<void> decision = checkNow(request);
        QMetaObject::invokeMethod(
            this, [decision, done = std::move(done)] { done(decision); }, Qt::QueuedConnection);
    });
}

} // namespace vfio
