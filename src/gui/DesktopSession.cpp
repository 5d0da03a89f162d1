// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopSession.h"

#include "Autostart.h"
#include "DbusHelperService.h"
#include "DeviceTreeModel.h"
#include "SetupProgress.h"
#include "SingleInstance.h"
#include "TrayController.h"
#include "UdevMonitor.h"

#include "verify/Verification.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace vfio {

namespace {
// The words one copy sends the running one (SingleInstance): "raise" and the device to select, or "tray".
const QString raiseRequest = QStringLiteral("raise");
const QString trayRequest = QStringLiteral("tray");
} // namespace

DesktopSession::DesktopSession(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_instance(new SingleInstance(SingleInstance::defaultName(), this))
{
    connect(m_instance, &SingleInstance::requested, this, &DesktopSession::handleRequest);
}

DesktopSession::~DesktopSession()
{
    delete m_window;
}

bool DesktopSession::handOverToRunningCopy(const QString &select)
{
    // Only this computer is single-instance: a snapshot or the sample opens beside it.
    if (!isLive())
        return false;
    return m_instance->handOver(m_options.trayOnly ? QStringList{trayRequest}
                                                   : QStringList{raiseRequest, select});
}

void DesktopSession::start()
{
    if (m_options.trayOnly || Autostart::isEnabled())
        setTrayOn(true);
    const bool verificationDue = isLive() && SetupProgress::verificationDue();
    if (verificationDue || !m_options.trayOnly || !m_tray || !m_tray->isShown())
        showWindow(QString()); // without a system tray, --tray would leave nothing on screen
    if (verificationDue)
        window()->openFirstTimeSetup(true); // back by itself after the restart
    else if (isLive() && !m_options.trayOnly && !SetupProgress::wasOffered()) {
        SetupProgress::markOffered(); // offered once at first start; the menu has it afterwards
        if (needsSetup())
            window()->openFirstTimeSetup();
    }
}

bool DesktopSession::isLive() const
{
    return m_options.source.root == QLatin1String("/") && !m_options.source.sample;
}

bool DesktopSession::needsSetup()
{
    const MainWindow *main = window();
    const Verification verification = verify(
        main->model()->selection().rules(), main->model()->bootConfiguration(), main->model()->kernelFacts());
    return !main->model()->topology().iommu.active ||
           verification.overall() == Verification::Overall::NothingConfigured;
}

MainWindow *DesktopSession::window()
{
    if (!m_window) {
        m_window = new MainWindow(m_options.source, nullptr, nullptr, std::move(m_options.reading));
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_window, &MainWindow::trayChoiceChanged, this, &DesktopSession::setTrayOn);
    }
    return m_window;
}

void DesktopSession::setTrayOn(bool on)
{
    if (on && !m_tray) {
        if (isLive()) {
            m_trayHelper = new DbusHelperService(this); // only listened to: Finished after Apply and Revert
            m_trayMonitor = new UdevMonitor(this);
        }
        m_tray = new TrayController(m_options.source.root, m_trayMonitor, m_trayHelper, this);
        connect(m_tray, &TrayController::openWindowRequested, this, &DesktopSession::showWindow);
        connect(m_tray, &TrayController::openAssistantRequested, this, [this] {
            showWindow(QString());
            window()->openFirstTimeSetup(SetupProgress::verificationDue());
        });
        connect(m_tray, &TrayController::undoRequested, this, [this] {
            showWindow(QString());
            window()->openUndo();
        });
        connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit);
    } else if (!on && m_tray) {
        delete m_tray;
        delete m_trayHelper;
        delete m_trayMonitor;
        m_tray = nullptr;
        m_trayHelper = nullptr;
        m_trayMonitor = nullptr;
    }
    updateQuitOnClose();
}

void DesktopSession::handleRequest(const QStringList &request)
{
    if (request.value(0) == trayRequest) {
        setTrayOn(true);
        return;
    }
    showWindow(request.value(0) == raiseRequest ? request.value(1) : QString());
}

void DesktopSession::showWindow(const QString &address)
{
    MainWindow *main = window();
    main->show();
    main->raise();
    main->activateWindow();
    if (!address.isEmpty())
        main->selectDevice(address);
}

void DesktopSession::updateQuitOnClose()
{
    // With the tray on, closing the window only hides it.
    QApplication::setQuitOnLastWindowClosed(!(m_tray && m_tray->isShown()));
}

} // namespace vfio
