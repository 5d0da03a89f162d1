// SPDX-License-Identifier: GPL-3.0-or-later
// What vfio-isolator-cli says when something is wrong or asked for: every subcommand's --help names the
// program and the subcommand; PCI addresses are judged before anything reaches the system bus; a bus without
// the helper is explained with the way to install it (packaged or from this source build); with --json,
// errors are JSON on stdout too. The helper itself is tested in tests/helper.
#include "CliRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(VFIO_TEST_DATA_DIR "/") + QLatin1String(name);
}

QProcessEnvironment withSystemBus(const QString &address)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), address);
    return environment;
}

// No system bus at all: a command that reached it would fail with "no connection".
vfio::test::CliRun runWithoutBus(const QStringList &arguments)
{
    return vfio::test::runCli(arguments, withSystemBus(QStringLiteral("unix:path=/nonexistent/bus")));
}

// stdout as one JSON object, or an empty object (and a failed check) when it is not exactly that.
QJsonObject jsonOf(const vfio::test::CliRun &run)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not JSON: %s (stderr: %s)", qPrintable(run.out), qPrintable(run.err));
        return {};
    }
    return document.object();
}

// A private bus on which nobody provides the helper: it answers ServiceUnknown, as a real system bus does
// on a machine where the helper is not installed.
class BusWithoutHelper
{
public:
    BusWithoutHelper()
    {
        if (!m_dir.isValid())
            return;
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(
            QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                           "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig><type>session</type><listen>unix:path=%1</listen>"
                           "<auth>EXTERNAL</auth><policy context=\"default\">"
                           "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                           "<allow own=\"*\"/></policy></busconfig>\n")
                .arg(m_dir.filePath(QStringLiteral("bus")))
                .toUtf8());
        file.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                        QStringLiteral("--print-address")});
        if (!m_daemon.waitForStarted(10000) || !m_daemon.waitForReadyRead(10000))
            return;
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    }
    ~BusWithoutHelper()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000))
                m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
    QString address() const { return m_address; } // empty: the bus could not be started

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

} // namespace

class CliMessages : public QObject
{
    Q_OBJECT

private slots:
    void subcommandHelpNamesTheSubcommand_data();
    void subcommandHelpNamesTheSubcommand();
    void addressesAreJudgedBeforeTheBus_data();
    void addressesAreJudgedBeforeTheBus();
    void validAddressesGoOnToTheBus();
    void missingHelperSaysHowToInstallIt();
    void jsonErrorsAreJson_data();
    void jsonErrorsAreJson();
    void previewIommuJsonIsOnlyJson();
};

void CliMessages::subcommandHelpNamesTheSubcommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    for (const char *command :
         {"list", "check", "verify", "revert", "status", "preview-iommu", "enable-iommu"})
        QTest::newRow(command)
            << QString::fromLatin1(command)
            << QStringLiteral("Usage: vfio-isolator-cli %1 [options]\n").arg(QLatin1String(command));
    for (const char *command : {"preview", "apply"})
        QTest::newRow(command) << QString::fromLatin1(command)
                               << QStringLiteral("Usage: vfio-isolator-cli %1 [options] ADDRESS...\n")
                                      .arg(QLatin1String(command));
}

void CliMessages::subcommandHelpNamesTheSubcommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    // --help-all is help too: the command must not run (apply --yes ... --help-all would apply).
    for (const QString &help :
         {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--help-all")}) {
        const vfio::test::CliRun run = runWithoutBus({command, help});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral(VFIO_CLI_PATH)), qPrintable(run.out)); // not the path
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
}

void CliMessages::addressesAreJudgedBeforeTheBus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QStringList preview{QStringLiteral("preview")};
    const QStringList apply{QStringLiteral("apply"), QStringLiteral("--yes")};
    QTest::newRow("preview bogus") << preview + QStringList{QStringLiteral("bogus")}
                                   << QStringLiteral("bogus");
    QTest::newRow("apply bogus") << apply + QStringList{QStringLiteral("bogus")} << QStringLiteral("bogus");
    QTest::newRow("apply without --yes")
        << QStringList{QStringLiteral("apply"), QStringLiteral("bogus")} << QStringLiteral("bogus");
    QTest::newRow("shell characters") << preview + QStringList{QStringLiteral("0000:02:00.0;reboot")}
                                      << QStringLiteral("0000:02:00.0;reboot");
    QTest::newRow("path") << apply + QStringList{QStringLiteral("../../etc/shadow")}
                          << QStringLiteral("../../etc/shadow");
    QTest::newRow("function 8") << preview + QStringList{QStringLiteral("0000:02:00.8")}
                                << QStringLiteral("0000:02:00.8");
    QTest::newRow("space") << preview + QStringList{QStringLiteral(" 0000:02:00.0")}
                           << QStringLiteral(" 0000:02:00.0");
    QTest::newRow("one bad among good")
        << apply +
               QStringList{QStringLiteral("0000:02:00.0"), QStringLiteral("02:00.1"), QStringLiteral("02:00")}
        << QStringLiteral("02:00");
}

void CliMessages::addressesAreJudgedBeforeTheBus()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const vfio::test::CliRun run = runWithoutBus(arguments);
    QCOMPARE(run.exitCode, 2); // bad usage, not a failed call
    QVERIFY2(run.err.contains(QStringLiteral("'%1' is not a PCI address").arg(named)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("0000:01:00.0")), qPrintable(run.err)); // the form to use
    QVERIFY2(!run.err.contains(QStringLiteral("system bus")), qPrintable(run.err));  // never reached it
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void CliMessages::validAddressesGoOnToTheBus()
{
    // The short form lspci prints is completed, and upper case is fine: these reach the (missing) bus.
    const vfio::test::CliRun run =
        runWithoutBus({QStringLiteral("preview"), QStringLiteral("02:00.0"), QStringLiteral("0000:0A:00.0")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no connection to the system bus")), qPrintable(run.err));
}

void CliMessages::missingHelperSaysHowToInstallIt()
{
    const BusWithoutHelper bus;
    if (bus.address().isEmpty())
        QSKIP("dbus-daemon could not be started");
    const QProcessEnvironment environment = withSystemBus(bus.address());

    const vfio::test::CliRun status = vfio::test::runCli({QStringLiteral("status")}, environment);
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains(QStringLiteral("helper is not installed")), qPrintable(status.err));
    // Both ways out: a package, and this source build (installed where D-Bus and polkit look).
    QVERIFY2(status.err.contains(QStringLiteral("package that provides the helper")), qPrintable(status.err));
    QVERIFY2(status.err.contains(QStringLiteral("-DCMAKE_INSTALL_PREFIX=/usr")), qPrintable(status.err));
    QVERIFY2(status.err.contains(QStringLiteral("sudo cmake --install build")), qPrintable(status.err));
    QVERIFY2(!status.err.contains(QStringLiteral("vfio-isolator package")), qPrintable(status.err));

    const vfio::test::CliRun preview =
        vfio::test::runCli({QStringLiteral("preview"), QStringLiteral("02:00.0")}, environment);
    QCOMPARE(preview.exitCode, 1);
    QVERIFY2(preview.err.contains(QStringLiteral("sudo cmake --install build")), qPrintable(preview.err));

    const vfio::test::CliRun json =
        vfio::test::runCli({QStringLiteral("status"), QStringLiteral("--json")}, environment);
    QCOMPARE(json.exitCode, 1);
    const QJsonObject error = jsonOf(json);
    QCOMPARE(error.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(error.value(QStringLiteral("errorName")).toString(),
             QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"));
    QVERIFY2(error.value(QStringLiteral("error")).toString().contains(QStringLiteral("cmake --install")),
             qPrintable(json.out));
    QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
}

void CliMessages::jsonErrorsAreJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<QString>("says");
    const QString disconnected = QStringLiteral("org.freedesktop.DBus.Error.Disconnected");
    const QString invalidArgument = QStringLiteral("io.github.vfio_isolator.Error.InvalidArgument");
    const QString json = QStringLiteral("--json");
    const QString missingRoot = QStringLiteral("/nonexistent/r");
    QTest::newRow("status, no bus") << QStringList{QStringLiteral("status"), json} << 1 << disconnected
                                    << QStringLiteral("no connection to the system bus");
    QTest::newRow("preview, no bus") << QStringList{QStringLiteral("preview"), json,
                                                    QStringLiteral("02:00.0")}
                                     << 1 << disconnected
                                     << QStringLiteral("no connection to the system bus");
    QTest::newRow("preview, bad address")
        << QStringList{QStringLiteral("preview"), json, QStringLiteral("bogus")} << 2 << invalidArgument
        << QStringLiteral("'bogus' is not a PCI address");
    QTest::newRow("preview, no address")
        << QStringList{QStringLiteral("preview"), json} << 2 << invalidArgument
        << QStringLiteral("Name at least one PCI address");
    QTest::newRow("status, unknown option")
        << QStringList{QStringLiteral("status"), json, QStringLiteral("--bogus")} << 2 << invalidArgument
        << QStringLiteral("bogus");
    QTest::newRow("status, extra argument")
        << QStringList{QStringLiteral("status"), json, QStringLiteral("now")} << 2 << invalidArgument
        << QStringLiteral("Unexpected argument 'now'");
    for (const char *command : {"list", "check", "verify", "preview-iommu"})
        QTest::newRow(qPrintable(QStringLiteral("%1, missing root").arg(QLatin1String(command))))
            << QStringList{QString::fromLatin1(command), json, QStringLiteral("--root"), missingRoot} << 2
            << invalidArgument << QStringLiteral("/nonexistent/r does not exist");
    QTest::newRow("preview-iommu, no bus")
        << QStringList{QStringLiteral("preview-iommu"), json, QStringLiteral("--root"), fixture("noiommu")}
        << 1 << disconnected << QStringLiteral("no connection to the system bus");
}

void CliMessages::jsonErrorsAreJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, errorName);
    QFETCH(QString, says);
    const vfio::test::CliRun run = runWithoutBus(arguments);
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject error = jsonOf(run);
    QCOMPARE(error.keys(),
             (QStringList{QStringLiteral("error"), QStringLiteral("errorName"), QStringLiteral("ok")}));
    QCOMPARE(error.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(error.value(QStringLiteral("errorName")).toString(), errorName);
    QVERIFY2(error.value(QStringLiteral("error")).toString().contains(says), qPrintable(run.out));
}

void CliMessages::previewIommuJsonIsOnlyJson()
{
    // Nothing to change (seed has intel_iommu=on): a plan that changes nothing, as JSON.
    const vfio::test::CliRun nothing =
        runWithoutBus({QStringLiteral("preview-iommu"), QStringLiteral("--json"), QStringLiteral("--root"),
                       fixture("seed")});
    QCOMPARE(nothing.exitCode, 0);
    const QJsonObject plan = jsonOf(nothing);
    QCOMPARE(plan.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(plan.value(QStringLiteral("changesNothing")), QJsonValue(true));
    // A change: the words go to stderr, so that stdout stays one JSON object (here the bus error).
    const vfio::test::CliRun change =
        runWithoutBus({QStringLiteral("preview-iommu"), QStringLiteral("--json"), QStringLiteral("--root"),
                       fixture("noiommu")});
    QVERIFY2(change.err.startsWith(QStringLiteral("Kernel command line: add intel_iommu=on")),
             qPrintable(change.err));
    QVERIFY(!jsonOf(change).isEmpty());
}

QTEST_GUILESS_MAIN(CliMessages)
#include "tst_cli_messages.moc"
