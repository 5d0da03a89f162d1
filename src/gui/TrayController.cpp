// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayController.h"

#include "DesktopNotifier.h"
#include "SystemChangeService.h"
#include "UdevMonitor.h"

#include "verify/MachineVerification.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <algorithm>

namespace vfio {

TrayController::TrayController(const QString &root, UdevMonitor *deviceEvents, SystemChangeService *helper,
                               QObject *parent)
    : QObject(parent), m_root(root), m_menu(new QMenu), m_notifier(new DesktopNotifier(this)),
      m_configuration([this] { refresh(); })
{
    m_icon = new QSystemTrayIcon(this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openWindowRequested(QString());
    });
    m_notifier->setFallback(m_icon);
    connect(m_notifier, &DesktopNotifier::activated, this, &TrayController::openWindowRequested);
    if (deviceEvents)
        connect(deviceEvents, &UdevMonitor::changed, this, &TrayController::refresh);
    if (helper)
        connect(helper, &SystemChangeService::finished, this, [this] { refresh(); });
    update();
    // Shown before the first notification, which falls back to the icon's own balloon.
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
    notifyIfNew();
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isShown() const
{
    return m_icon->isVisible();
}

void TrayController::refresh()
{
    update();
    notifyIfNew();
}

void TrayController::update()
{
    // No initramfs listing here: it takes seconds and this runs on every device event (the assistant's
    // verification and `vfio-isolator-cli verify` name that reason).
    const MachineVerification machine = verifyMachine(m_root, InitramfsCheck::Skip);
    m_content = trayContent(machine.verification);
    m_icon->setIcon(m_content.icon());
    m_icon->setToolTip(m_content.toolTip());
    rebuildMenu();
    m_configuration.watch(machine.boot.path);
    emit contentChanged();
}

void TrayController::rebuildMenu()
{
    m_menu->clear();
    QAction *title = m_menu->addAction(m_content.icon(), m_content.title);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    connect(title, &QAction::triggered, this, [this] { emit openWindowRequested(QString()); });
    for (const TrayDeviceLine &line : m_content.devices) {
        QAction *device = m_menu->addAction(trayIcon(line.status), line.text);
        const QString address = line.address.toString();
        connect(device, &QAction::triggered, this, [this, address] { emit openWindowRequested(address); });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Open VFIO Isolator")), &QAction::triggered, this,
            [this] { emit openWindowRequested(QString()); });
    connect(m_menu->addAction(tr("First-time setup…")), &QAction::triggered, this,
            &TrayController::openAssistantRequested);
    QAction *undo = m_menu->addAction(tr("Undo the last change…"));
    connect(undo, &QAction::triggered, this, &TrayController::undoRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayController::quitRequested);
}

void TrayController::notifyIfNew()
{
    if (m_content.problemKey.isEmpty() || m_content.problemKey == m_notifiedKey)
        return;
    m_notifiedKey = m_content.problemKey;
    QString body;
    QString address;
    if (m_content.devices.isEmpty() || std::none_of(m_content.devices.cbegin(), m_content.devices.cend(),
                                                    [](const TrayDeviceLine &line) { return line.problem; }))
        body = m_content.summary;
    for (const TrayDeviceLine &line : m_content.devices) {
        if (!line.problem)
            continue;
        body += line.text + QLatin1Char('\n');
        if (address.isEmpty())
            address = line.address.toString();
    }
    m_notifier->notify(m_content.title, body.trimmed(), address);
    emit notified(m_content.title, body.trimmed(), address);
}

} // namespace vfio
