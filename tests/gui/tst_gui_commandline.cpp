// SPDX-License-Identifier: GPL-3.0-or-later
// `vfio-isolator`'s command line: --help and --version answer without a display, a start without one says so
// in one line (not Qt's abort), --help lists what a person uses and not the developer modes (which still
// work), and --tick ticks as a click does, so a group the host needs is not ticked without the confirmations.
// The built program is run with QProcess (VFIO_GUI_PATH); tickAtStart is driven in-process.
#include "DeviceTreeModel.h"
#include "GuiCommandLine.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;

namespace {

struct Run
{
    int exitCode = -1; // -1: it did not finish within a minute, or crashed (Qt's abort)
    QString out;
    QString err;
};

// The environment of a console: no X11, no Wayland, no platform chosen; settings in a folder of the test's.
QProcessEnvironment console(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    return environment;
}

Run runGui(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VFIO_GUI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// A display name nothing listens on.
QString unreachableDisplay()
{
    for (int number = 4242; number < 4262; ++number) {
        if (!QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)))
            return QStringLiteral(":%1").arg(number);
    }
    return {};
}

struct Confirmations
{
    int asked = 0;
    bool answer = false;
};

std::unique_ptr<MainWindow> seedWindow(Confirmations &confirmations)
{
    auto window =
        std::make_unique<MainWindow>(MainWindow::Source{test::fixture(QStringLiteral("seed")), false},
                                     std::make_unique<test::FakeHelper>());
    window->setConfirmer([&confirmations](const QString &, const QString &) {
        ++confirmations.asked;
        return confirmations.answer;
    });
    window->show();
    return window;
}

bool ticked(const MainWindow &window, const char *address)
{
    return window.model()->selection().checked().contains(*PciAddress::parse(QString::fromLatin1(address)));
}

} // namespace

class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpWithoutADisplay();
    void versionWithoutADisplay();
    void helpWhenTheDisplayCannotBeReached();
    void startWithoutADisplaySaysSoInOneLine();
    void startWhenTheDisplayCannotBeReached();
    void mistakesWithoutADisplay();
    void developerModesStillWork();
    void tickOfAHostCriticalGroupAsksFirst();
    void tickOfAHostCriticalGroupAfterTwoYes();
    void tickOfAnOrdinaryDeviceAndAnUnknownOne();
};

void TestGuiCommandLine::helpWithoutADisplay()
{
    const QTemporaryDir home;
    QProcessEnvironment offscreen = console(home);
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // On a console, and where a window could open: the same help.
    for (const QProcessEnvironment &environment : {console(home), offscreen}) {
        for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run run = runGui({help}, environment);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith(QStringLiteral("Usage: vfio-isolator [options]\n")),
                     qPrintable(run.out));
            for (const char *listed : {"--root <DIR>", "--sample", "--tick <ADDRESS>", "--select <ADDRESS>",
                                       "--tray", "--first-time-setup", "--version"})
                QVERIFY2(run.out.contains(QLatin1String(listed)), listed);
            // The developer modes are for docs/images and bench/gui, not for a person.
            for (const char *developer : {"--screenshot", "--review-screenshot", "--exit-after-first-paint"})
                QVERIFY2(!run.out.contains(QLatin1String(developer)), developer);
            QVERIFY2(!run.out.contains(QStringLiteral("host-critical devices included")),
                     qPrintable(run.out));
        }
    }
    const Run run = runGui({QStringLiteral("--help")}, console(home));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestGuiCommandLine::versionWithoutADisplay()
{
    const QTemporaryDir home;
    for (const QString &version : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Run run = runGui({version}, console(home));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("vfio-isolator ")), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
}

void TestGuiCommandLine::helpWhenTheDisplayCannotBeReached()
{
    // As under sudo, or after the session ended: DISPLAY is set but nothing answers there.
    const QString display = unreachableDisplay();
    if (display.isEmpty())
        QSKIP("no free display number");
    const QTemporaryDir home;
    QProcessEnvironment environment = console(home);
    environment.insert(QStringLiteral("DISPLAY"), display);
    const Run run = runGui({QStringLiteral("--help")}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: vfio-isolator")), qPrintable(run.out + run.err));
}

void TestGuiCommandLine::startWithoutADisplaySaysSoInOneLine()
{
    const QTemporaryDir home;
    for (const QStringList &arguments :
         {QStringList{}, QStringList{QStringLiteral("--root"), test::fixture(QStringLiteral("seed"))},
          QStringList{QStringLiteral("--tray")}}) {
        const Run run = runGui(arguments, console(home));
        QCOMPARE(run.exitCode, 1); // not Qt's abort (-1 here)
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QStringLiteral("no display")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("desktop session")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("vfio-isolator-cli")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Reinstalling")), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }
}

void TestGuiCommandLine::startWhenTheDisplayCannotBeReached()
{
    const QString display = unreachableDisplay();
    if (display.isEmpty())
        QSKIP("no free display number");
    const QTemporaryDir home;
    QProcessEnvironment environment = console(home);
    environment.insert(QStringLiteral("DISPLAY"), display);
    const Run run = runGui({QStringLiteral("--root"), test::fixture(QStringLiteral("seed"))}, environment);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(QStringLiteral("the display %1 cannot be reached").arg(display)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("vfio-isolator-cli")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("Reinstalling")), qPrintable(run.err));
}

void TestGuiCommandLine::mistakesWithoutADisplay()
{
    // The command line is read first: its mistakes are named as with a display.
    const QTemporaryDir home;
    const Run unknown = runGui({QStringLiteral("--bogus")}, console(home));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("Unknown option 'bogus'")), qPrintable(unknown.err));
    const Run root = runGui({QStringLiteral("--root"), QStringLiteral("/nonexistent/r")}, console(home));
    QCOMPARE(root.exitCode, 2);
    QVERIFY2(root.err.contains(QStringLiteral("--root /nonexistent/r: no such folder")),
             qPrintable(root.err));
}

void TestGuiCommandLine::developerModesStillWork()
{
    // Hidden from --help, still read: bench/gui's --exit-after-first-paint and docs/images' --screenshot.
    const QTemporaryDir home;
    QProcessEnvironment environment = console(home);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString seed = test::fixture(QStringLiteral("seed"));
    const Run paint =
        runGui({QStringLiteral("--root"), seed, QStringLiteral("--exit-after-first-paint")}, environment);
    QCOMPARE(paint.exitCode, 0);
    QVERIFY2(paint.out.startsWith(QStringLiteral("first-paint ")), qPrintable(paint.out + paint.err));
    const QString picture = home.filePath(QStringLiteral("window.png"));
    const Run shot = runGui({QStringLiteral("--root"), seed, QStringLiteral("--tick"),
                             QStringLiteral("0000:03:00.0"), QStringLiteral("--screenshot"), picture},
                            environment);
    QCOMPARE(shot.exitCode, 0);
    QVERIFY2(QFileInfo(picture).size() > 0, qPrintable(shot.err));
}

void TestGuiCommandLine::tickOfAHostCriticalGroupAsksFirst()
{
    // 02:00.0 is seed's boot GPU: as a click, the person is asked; "no" leaves the group unticked.
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    tickAtStart(*window->model(), {QStringLiteral("0000:02:00.0")});
    QTRY_COMPARE(confirmations.asked, 1);
    QTest::qWait(50);
    QCOMPARE(confirmations.asked, 1);
    QVERIFY(!ticked(*window, "0000:02:00.0"));
    QVERIFY(!ticked(*window, "0000:02:00.1"));
    QVERIFY2(window->bannerText().contains(QStringLiteral("Not ticked")), qPrintable(window->bannerText()));
}

void TestGuiCommandLine::tickOfAHostCriticalGroupAfterTwoYes()
{
    Confirmations confirmations;
    confirmations.answer = true;
    auto window = seedWindow(confirmations);
    tickAtStart(*window->model(), {QStringLiteral("0000:02:00.0")});
    QTRY_COMPARE(confirmations.asked, 2);
    QTRY_VERIFY(ticked(*window, "0000:02:00.0"));
    QVERIFY(ticked(*window, "0000:02:00.1")); // its group
}

void TestGuiCommandLine::tickOfAnOrdinaryDeviceAndAnUnknownOne()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    tickAtStart(*window->model(),
                {QStringLiteral("bogus"), QStringLiteral("0000:0a:00.0"), QStringLiteral("0000:03:00.0")});
    QVERIFY(ticked(*window, "0000:03:00.0"));
    QCOMPARE(window->model()->selection().checked().size(), 1);
    QTest::qWait(50);
    QCOMPARE(confirmations.asked, 0);
}

QTEST_MAIN(TestGuiCommandLine)
#include "tst_gui_commandline.moc"
