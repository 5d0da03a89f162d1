// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Authorizer.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace vfio {

// Asks polkit whether the D-Bus caller may perform an action, with the request's details (which polkit shows
// in its dialog and hands to the rules). The subject is the caller's unique bus name,
// which the bus daemon vouches for (never a PID, which can be recycled, and never an identity the caller
// claims). The check runs on a worker thread because polkit may show a password dialog for minutes; the
// helper's bus loop keeps answering (State, Busy errors) meanwhile. Anything other than a clear "yes" is
// "no": a failure whose sentence says why not (the caller names the D-Bus error).
class PolkitAuthorizer : public QObject, public Authorizer
{
    Q_OBJECT
public:
    explicit PolkitAuthorizer(QObject *parent = nullptr);
    ~PolkitAuthorizer() override;

    void authorize(const AuthorizationRequest &request, Decision done) override;

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; every polkit call happens there, one at a time
};

} // namespace vfio
