// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QSystemTrayIcon>

namespace vfio {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
constexpr int notifyTimeoutMs = 3000; // the call is answered at once by a running notification daemon
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    QDBusConnection::sessionBus().connect(service, path, service, QStringLiteral("ActionInvoked"), this,
                                          SLOT(onActionInvoked(uint, QString)));
}

void DesktopNotifier::setFallback(QSystemTrayIcon *icon)
{
    if (m_fallback)
        disconnect(m_fallback, nullptr, this, nullptr);
    m_fallback = icon;
    if (icon)
        connect(icon, &QSystemTrayIcon::messageClicked, this, [this] { emit activated(m_lastAddress); });
}

void DesktopNotifier::notify(const QString &title, const QString &body, const QString &address)
{
    m_lastAddress = address;
    if (notifyOverBus(title, body))
        return;
    if (m_fallback && m_fallback->isVisible())
        m_fallback->showMessage(title, body, QSystemTrayIcon::Warning);
}

bool DesktopNotifier::notifyOverBus(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(service))
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    const QStringList actions{QStringLiteral("default"), tr("Open VFIO Isolator")};
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("io.github.vfio_isolator")},
                            {QStringLiteral("urgency"), QVariant::fromValue<uchar>(1)}};
    call << QStringLiteral("VFIO Isolator") << m_lastId << QStringLiteral("io.github.vfio_isolator") << title
         << body << actions << hints << -1;
    const QDBusReply<uint> reply = bus.call(call, QDBus::Block, notifyTimeoutMs);
    if (!reply.isValid())
        return false;
    m_lastId = reply.value();
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (id == m_lastId && !action.isEmpty())
        emit activated(m_lastAddress);
}

} // namespace vfio
