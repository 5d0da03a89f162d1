// SPDX-License-Identifier: GPL-3.0-or-later
#include "UdevMonitor.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <libudev.h>

namespace vfio {

UdevMonitor::UdevMonitor(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &UdevMonitor::changed);

    m_udev = udev_new();
    if (m_udev)
        m_monitor = udev_monitor_new_from_netlink(m_udev, "udev");
    if (!m_monitor || udev_monitor_filter_add_match_subsystem_devtype(m_monitor, "pci", nullptr) < 0 ||
        udev_monitor_enable_receiving(m_monitor) < 0) {
        m_problem = QCoreApplication::translate("vfio::UdevMonitor",
                                                "Live updates are off: the udev device monitor could not be "
                                                "started (is systemd-udevd running?). Use View > Rescan.");
        return;
    }
    m_notifier = new QSocketNotifier(udev_monitor_get_fd(m_monitor), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UdevMonitor::readEvents);
}

UdevMonitor::~UdevMonitor()
{
    if (m_monitor)
        udev_monitor_unref(m_monitor);
    if (m_udev)
        udev_unref(m_udev);
}

void UdevMonitor::readEvents()
{
    // Drain every queued event; the notifier fires again only for new ones.
    while (udev_device *device = udev_monitor_receive_device(m_monitor)) {
        udev_device_unref(device);
        m_settle.start();
    }
}

} // namespace vfio
