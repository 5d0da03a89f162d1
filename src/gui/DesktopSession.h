// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"

#include <QObject>
#include <QPointer>

#include <future>

namespace vfio {

class SystemChangeService;
class SingleInstance;
class TrayController;
class UdevMonitor;

// The running program as a person meets it: the main window (made when first needed), the tray icon while
// the tray is on, and one copy per user and display. Closing the window keeps the program running while the
// tray is on; Quit in the tray ends it.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        MainWindow::Source source;
        bool trayOnly = false;               // --tray: no window until asked
        std::future<MachineReading> reading; // for the window, started before Qt
    };

    explicit DesktopSession(Options options, QObject *parent = nullptr);
    ~DesktopSession() override;

    // Hands the start over to a running copy of this computer's (true: exit now): it shows its window with
    // the device `select` (may be empty) or, for --tray, its tray. Else start() starts the window and/or tray
    // here.
    bool handOverToRunningCopy(const QString &select);
    void start();

    MainWindow *window(); // made on first use
    TrayController *tray() const { return m_tray; }
    void setTrayOn(bool on);

private:
    void handleRequest(const QStringList &request);
    void showWindow(const QString &address);
    void updateQuitOnClose();
    bool isLive() const; // this computer (not a snapshot or the sample)
    bool needsSetup();   // IOMMU off or nothing configured yet

    Options m_options;
    QPointer<MainWindow> m_window;
    TrayController *m_tray = nullptr;
    SystemChangeService *m_trayHelper = nullptr;
    UdevMonitor *m_trayMonitor = nullptr;
    SingleInstance *m_instance = nullptr;
};

} // namespace vfio
