// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigurationWatcher.h"
#include "TrayContent.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace vfio {

class DesktopNotifier;
class SystemChangeService;
class UdevMonitor;

// The tray icon: the verification of one system root, shown as an icon whose shape says the state, a tooltip
// and a menu with every configured device in words. Event-driven only: it re-reads the machine when a device
// event arrives (`deviceEvents`' changed(), the udev monitor), when the helper reports a finished
// transaction, and when vfio.conf or its folder changes (the path without a helper); no timer polls.
class TrayController : public QObject
{
    Q_OBJECT

public:
    // `deviceEvents` and `helper` may be null; neither is owned.
    TrayController(const QString &root, UdevMonitor *deviceEvents, SystemChangeService *helper,
                   QObject *parent = nullptr);
    ~TrayController() override;

    // Re-reads the machine and updates icon, tooltip and menu; notifies once per new problem state.
    void refresh();

    const TrayContent &content() const { return m_content; }
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }
    // The tray is shown where the desktop has one; elsewhere the controller still keeps its state.
    bool isShown() const;

signals:
    void contentChanged();
    void openWindowRequested(const QString &address); // empty: no particular device
    void openAssistantRequested();
    void undoRequested();
    void quitRequested();
    // A notification went out (also where the desktop has no notification service: then through the tray).
    void notified(const QString &title, const QString &body, const QString &address);

private:
    void update(); // icon, tooltip and menu from a new verification
    void rebuildMenu();
    void notifyIfNew();

    QString m_root;
    TrayContent m_content;
    QString m_notifiedKey;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    ConfigurationWatcher m_configuration; // vfio.conf: refresh() when it changes
};

} // namespace vfio
