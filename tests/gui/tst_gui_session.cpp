// SPDX-License-Identifier: GPL-3.0-or-later
// The program as started at login or from the menu (DesktopSession) on this computer: the first-time setup
// is offered once at the first start of a machine that is not set up, it comes back by itself with the
// verification after a restart, and --tray without a system tray still shows the window.
#include "DesktopSession.h"
#include "SetupAssistant.h"
#include "SetupProgress.h"
#include "TrayController.h"

#include "verify/MachineVerification.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace vfio;

namespace {

SetupAssistant *assistantOf(DesktopSession &session)
{
    return session.window()->findChild<SetupAssistant *>();
}

DesktopSession::Options thisComputer(bool trayOnly = false)
{
    DesktopSession::Options options;
    options.source.root = QStringLiteral("/");
    options.trayOnly = trayOnly;
    return options;
}

} // namespace

class TestGuiSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void setupIsOfferedOnceWhereTheMachineIsNotSetUp()
    {
        const MachineVerification machine = verifyMachine(QStringLiteral("/"));
        const bool notSetUp = !machine.topology.iommu.active ||
                              machine.verification.overall() == Verification::Overall::NothingConfigured;
        {
            DesktopSession session(thisComputer());
            session.start();
            QVERIFY(session.window()->isVisible());
            QCOMPARE(assistantOf(session) != nullptr, notSetUp);
            QVERIFY(SetupProgress::wasOffered());
        }
        DesktopSession again(thisComputer());
        again.start();
        QVERIFY(!assistantOf(again)); // not pushed a second time: the menu has it
    }

    void theVerificationComesBackAfterARestart()
    {
        SetupProgress::markOffered();
        QSettings().setValue(QStringLiteral("setup/restartPendingSinceBoot"),
                             QStringLiteral("an-earlier-boot"));
        QVERIFY(SetupProgress::verificationDue());
        DesktopSession session(thisComputer(true)); // started at login with the tray
        session.start();
        SetupAssistant *assistant = assistantOf(session);
        QVERIFY(assistant);
        QVERIFY(session.window()->isVisible());
        QCOMPARE(assistant->currentId(), int(SetupAssistant::VerifyPageId));
    }

    void trayWithoutASystemTrayShowsTheWindow()
    {
        SetupProgress::markOffered();
        DesktopSession session(thisComputer(true));
        session.start();
        QVERIFY(session.tray());                    // the state is kept even where it cannot be shown
        QCOMPARE(session.tray()->isShown(), false); // offscreen: no system tray
        QVERIFY(session.window()->isVisible());
    }
};

QTEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
