// SPDX-License-Identifier: GPL-3.0-or-later
// The tray: its state from the core verification on fixtures and changed copies, and that a driver change, a
// helper signal and a configuration file change each update the icon and the menu.
#include "GuiTestSupport.h"
#include "VerifyTestTree.h"

#include "Autostart.h"
#include "TrayController.h"
#include "UdevMonitor.h"

#include "verify/MachineVerification.h"

#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace vfio;

namespace {

const QString audio = QStringLiteral("0000:02:00.1");
const QString boundConfig = QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"
                                           "softdep snd_hda_intel pre: vfio-pci\n");

TrayContent contentOf(const QString &root)
{
    return trayContent(verifyMachine(root).verification);
}

QStringList menuTexts(const TrayController &tray)
{
    QStringList texts;
    for (const QAction *action : tray.menu()->actions())
        texts.append(action->text());
    return texts;
}

QImage rendered(const QIcon &icon)
{
    return icon.pixmap(22, 22).toImage();
}

} // namespace

class TestGuiTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedHasNothingConfigured();
    void seedVfioIsAsConfigured();
    void anotherDriverOnAConfiguredDeviceIsAProblem();
    void configurationNewerThanTheBootIsPending();
    void eachStateHasItsOwnIcon();
    void driverChangeUpdatesIconAndMenu();
    void helperSignalUpdatesIconAndMenu();
    void configurationFileChangeUpdatesWithoutHelper();
    void menuActionsAskForTheWindow();
    void autostartEntryIsWrittenAndRemoved();
};

void TestGuiTray::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // autostart entry and settings in a test folder
}

void TestGuiTray::seedHasNothingConfigured()
{
    const TrayContent content = contentOf(test::fixture(QStringLiteral("seed")));
    QCOMPARE(toString(content.status), QStringLiteral("nothing-configured"));
    QVERIFY(content.devices.isEmpty());
    QVERIFY(content.problemKey.isEmpty());
    QCOMPARE(content.toolTip(), QStringLiteral("VFIO passthrough: nothing configured"));
}

void TestGuiTray::seedVfioIsAsConfigured()
{
    const TrayContent content = contentOf(test::fixture(QStringLiteral("seed-vfio")));
    QCOMPARE(toString(content.status), QStringLiteral("as-configured"));
    QCOMPARE(content.devices.size(), 2);
    QCOMPARE(content.devices.at(0).text, QStringLiteral("02:00.0 Device: bound to vfio-pci"));
    QCOMPARE(content.devices.at(1).text,
             QStringLiteral(
                 "02:00.1 Intel Corporation 82801I (ICH9 Family) HD Audio Controller: bound to vfio-pci"));
    QVERIFY(content.toolTip().contains(content.devices.at(1).text));
}

void TestGuiTray::anotherDriverOnAConfiguredDeviceIsAProblem()
{
    test::FixtureCopy tree(test::fixture(QStringLiteral("seed-vfio")));
    tree.rebind(audio, QStringLiteral("snd_hda_intel"));
    tree.configure(boundConfig, -60);
    const TrayContent content = contentOf(tree.root());
    QCOMPARE(toString(content.status), QStringLiteral("not-bound"));
    QVERIFY(content.devices.at(1).problem);
    QVERIFY2(content.devices.at(1).text.endsWith(
                 QLatin1String(": not bound: driver snd_hda_intel claimed it first")),
             qPrintable(content.devices.at(1).text));
    QVERIFY(!content.devices.at(0).problem);
    QCOMPARE(content.problemKey, QStringLiteral("0000:02:00.1=other-driver-first"));
}

void TestGuiTray::configurationNewerThanTheBootIsPending()
{
    test::FixtureCopy tree(test::fixture(QStringLiteral("seed")));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"), 300);
    const TrayContent content = contentOf(tree.root());
    QCOMPARE(toString(content.status), QStringLiteral("restart-pending"));
    QVERIFY(content.devices.at(0).text.endsWith(QLatin1String(": will bind at next boot")));
    QVERIFY(content.problemKey.isEmpty());
}

void TestGuiTray::eachStateHasItsOwnIcon()
{
    QList<QImage> images;
    for (const TrayStatus status : {TrayStatus::AsConfigured, TrayStatus::RestartPending,
                                    TrayStatus::NotBound, TrayStatus::NothingConfigured}) {
        TrayContent content;
        content.status = status;
        const QImage image = rendered(content.icon());
        QVERIFY2(!image.isNull() && image.pixelColor(11, 11).alpha() + image.pixelColor(3, 11).alpha() > 0,
                 qPrintable(toString(status))); // the fallback drew something (the SVG plugin is there)
        for (const QImage &other : images)
            QVERIFY(other != image);
        images.append(image);
    }
}

void TestGuiTray::driverChangeUpdatesIconAndMenu()
{
    test::FixtureCopy tree(test::fixture(QStringLiteral("seed-vfio")));
    tree.configure(boundConfig, -60);
    UdevMonitor monitor;
    TrayController tray(tree.root(), &monitor, nullptr);
    QSignalSpy notified(&tray, &TrayController::notified);
    QCOMPARE(toString(tray.content().status), toString(TrayStatus::AsConfigured));
    const qint64 okIcon = tray.icon()->icon().cacheKey();

    tree.rebind(audio, QStringLiteral("snd_hda_intel")); // the kernel gave it to another driver
    emit monitor.changed();
    QCOMPARE(toString(tray.content().status), toString(TrayStatus::NotBound));
    QVERIFY(tray.icon()->icon().cacheKey() != okIcon);
    QVERIFY(
        tray.icon()->toolTip().contains(QLatin1String("not bound: driver snd_hda_intel claimed it first")));
    QVERIFY(menuTexts(tray).filter(QStringLiteral("not bound: driver snd_hda_intel")).size() == 1);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(2).toString(), audio);

    emit monitor.changed(); // the same state again: no second notification
    QCOMPARE(notified.size(), 1);

    tree.rebind(audio, QStringLiteral("vfio-pci"));
    emit monitor.changed();
    QCOMPARE(toString(tray.content().status), toString(TrayStatus::AsConfigured));
    QCOMPARE(menuTexts(tray).filter(QStringLiteral("bound to vfio-pci")).size(), 2);
}

void TestGuiTray::helperSignalUpdatesIconAndMenu()
{
    test::FixtureCopy tree(test::fixture(QStringLiteral("seed")));
    test::FakeHelper helper;
    TrayController tray(tree.root(), nullptr, &helper);
    QCOMPARE(toString(tray.content().status), toString(TrayStatus::NothingConfigured));
    QVERIFY(menuTexts(tray).filter(QStringLiteral("03:00.0")).isEmpty());

    tree.configure(QStringLiteral("options vfio-pci ids=8086:10d3\n"), 120); // what an Apply writes
    emit helper.finished(QStringLiteral("t1"), true, QStringLiteral("applied"));
    QCOMPARE(toString(tray.content().status), toString(TrayStatus::RestartPending));
    QCOMPARE(menuTexts(tray).filter(QStringLiteral("will bind at next boot")).size(), 2); // both twin NICs
    QVERIFY(tray.icon()->toolTip().startsWith(QLatin1String("VFIO passthrough: restart to finish")));
}

void TestGuiTray::configurationFileChangeUpdatesWithoutHelper()
{
    test::FixtureCopy tree(test::fixture(QStringLiteral("seed")));
    tree.configure(QStringLiteral("# nothing yet\n"), -60);
    TrayController tray(tree.root(), nullptr, nullptr);
    QCOMPARE(toString(tray.content().status), toString(TrayStatus::NothingConfigured));
    tree.configure(QStringLiteral("options vfio-pci ids=8086:10d3\n"), 120);
    QTRY_COMPARE_WITH_TIMEOUT(toString(tray.content().status), toString(TrayStatus::RestartPending), 5000);
}

void TestGuiTray::menuActionsAskForTheWindow()
{
    TrayController tray(test::fixture(QStringLiteral("seed-vfio")), nullptr, nullptr);
    QSignalSpy open(&tray, &TrayController::openWindowRequested);
    QSignalSpy assistant(&tray, &TrayController::openAssistantRequested);
    QSignalSpy undo(&tray, &TrayController::undoRequested);
    QSignalSpy quit(&tray, &TrayController::quitRequested);
    const QStringList texts = menuTexts(tray);
    for (const QString &expected : {QStringLiteral("Open VFIO Isolator"), QStringLiteral("First-time setup…"),
                                    QStringLiteral("Undo the last change…"), QStringLiteral("Quit")})
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(u'|')));
    for (QAction *action : tray.menu()->actions()) {
        if (action->text().startsWith(QLatin1String("02:00.1")))
            action->trigger();
        if (action->text() == QStringLiteral("First-time setup…") ||
            action->text().startsWith(QLatin1String("Undo")) || action->text() == QLatin1String("Quit"))
            action->trigger();
    }
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), audio);
    QCOMPARE(assistant.size(), 1);
    QCOMPARE(undo.size(), 1);
    QCOMPARE(quit.size(), 1);
}

void TestGuiTray::autostartEntryIsWrittenAndRemoved()
{
    QVERIFY(Autostart::setEnabled(false));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(Autostart::setEnabled(true));
    QFile entry(Autostart::entryPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QByteArray text = entry.readAll();
    QVERIFY(text.contains("Exec=vfio-isolator --tray\n"));
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(Autostart::setEnabled(false));
    QVERIFY(!QFile::exists(Autostart::entryPath()));
}

QTEST_MAIN(TestGuiTray)
#include "tst_gui_tray.moc"
