// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

struct udev;
struct udev_monitor;
class QSocketNotifier;

namespace vfio {

// Tells when PCI devices appear, disappear or change driver: a libudev monitor on the "pci" subsystem, read
// through a QSocketNotifier (no polling). Bursts (a driver unbinding then binding) are merged into one
// `changed` after a short quiet time.
class UdevMonitor : public QObject
{
    Q_OBJECT

public:
    explicit UdevMonitor(QObject *parent = nullptr);
    ~UdevMonitor() override;

    bool isActive() const { return m_notifier != nullptr; }
    QString problem() const { return m_problem; } // why it could not start, for the status bar

signals:
    void changed();

private:
    void readEvents();

    udev *m_udev = nullptr;
    udev_monitor *m_monitor = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_settle;
    QString m_problem;
};

} // namespace vfio
