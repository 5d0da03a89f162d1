// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemRestart.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace vfio {

void SystemRestart::request()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Reboot"));
    call << true; // interactive: polkit may ask for a password
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *self) {
        const QDBusPendingReply<> reply = *self;
        if (reply.isError())
            emit failed(tr("The system did not restart (%1). Restart from your desktop's menu; VFIO Isolator "
                           "checks the devices when it starts again.")
                            .arg(reply.error().message()));
        self->deleteLater();
    });
}

} // namespace vfio
