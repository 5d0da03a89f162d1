// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace vfio {

// A desktop notification with an "Open" action: through org.freedesktop.Notifications on the session bus
// where the desktop has it, else through the tray icon's own balloon (QSystemTrayIcon::showMessage).
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void setFallback(QSystemTrayIcon *icon);
    void notify(const QString &title, const QString &body, const QString &address);

signals:
    void activated(const QString &address); // the person chose the notification's action

private slots:
    void onActionInvoked(uint id, const QString &action); // org.freedesktop.Notifications' signal

private:
    bool notifyOverBus(const QString &title, const QString &body);

    QSystemTrayIcon *m_fallback = nullptr;
    uint m_lastId = 0;
    QString m_lastAddress;
};

} // namespace vfio
