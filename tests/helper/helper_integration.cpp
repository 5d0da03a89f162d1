// SPDX-License-Identifier: GPL-3.0-or-later
// The helper end to end, as on a real system: a private `dbus-daemon` with a system-bus configuration that
// includes the project's bus policy, the real polkitd with our .policy and a test rule, the helper as root on
// a copy of the `seed` fixture (--root), and the CLI run as the plain users vfio-test-allowed /
// vfio-test-denied. Needs root (CI runs as root): polkit always allows root, so only plain users can show the
// refusals.
#include "HelperTestBed.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace helpertest;

namespace {

const QString helperName = QStringLiteral("io.github.vfio_isolator.Helper");

// Lines of a configuration file that are not comments.
QStringList directives(const QByteArray &content)
{
    QStringList result;
    for (const QString &line : QString::fromUtf8(content).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
            result << line.trimmed();
    }
    return result;
}

} // namespace

class HelperIntegrationTest : public QObject
{
    Q_OBJECT

    HelperTestBed m_bed;
    QString m_root;       // the copy of the fixture the helper works on
    QString m_helperCopy; // a copy of the helper the test users can run, for the impostor
    User m_allowed, m_denied;
    QStringList m_original; // listing of the configuration before any change
    QByteArray m_afterFirstApply;

    QProcessEnvironment environment() const { return m_bed.environment(); }
    QProcess *startAs(const User &user, const QString &program, const QStringList &arguments)
    {
        return m_bed.startAs(user, program, arguments);
    }
    static Run finish(QProcess *process, int timeoutMs = 20000)
    {
        return HelperTestBed::finish(process, timeoutMs);
    }
    Run cli(const User &user, const QStringList &arguments) { return m_bed.cli(user, arguments); }
    QByteArray file(const QString &systemPath) const { return m_bed.file(systemPath); }
    bool waitForName(const QString &name, int timeoutMs) { return m_bed.waitForName(name, timeoutMs); }

    // What must never change when a call is refused or a transaction fails: everything but the transaction
    // records and the fake tool's own files.
    QStringList configuration() const
    {
        // The fixture has no var/: everything there is the helper's transaction records.
        return treeListing(m_root, {QStringLiteral("var"), QStringLiteral("tool")});
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("The helper integration test needs root (it starts polkitd and the helper as root, and the "
                  "client as plain users); CI runs it as root.");
        m_bed.checkPrerequisites();
        if (QTest::currentTestFailed())
            return;
        m_allowed = m_bed.allowed();
        m_denied = m_bed.denied();

        // The system under test: a copy of the seed fixture, a Debian with initramfs-tools (fake tool).
        m_bed.copyFixture(QStringLiteral("seed"));
        if (QTest::currentTestFailed())
            return;
        m_root = m_bed.root();
        QVERIFY(m_bed.installFakeUpdateInitramfs());
        QVERIFY(writeFile(m_root + QStringLiteral("/etc/os-release"),
                          "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
                          "VERSION_ID=\"12\"\nID=debian\n",
                          readablePermissions()));
        // A hand-written line the helper must keep.
        QVERIFY(writeFile(m_root + QStringLiteral("/etc/initramfs-tools/modules"),
                          "# List of modules that you want to include in your initramfs.\nloop\n",
                          readablePermissions()));
        m_original = configuration();
        m_helperCopy = m_bed.installProgram(QStringLiteral(VFIO_HELPER_PATH));
        QVERIFY(!m_helperCopy.isEmpty());
        m_bed.startServices();
    }

    void onlyRootMayOwnTheName()
    {
        // The bus policy refuses the name to anybody else, so a plain user cannot pose as the helper.
        const Run impostor =
            finish(startAs(m_allowed, m_helperCopy, {QStringLiteral("--root"), m_root}), 10000);
        QCOMPARE(impostor.exitCode, 1);
        QVERIFY2(impostor.err.contains(QStringLiteral("Cannot own the bus name")), qPrintable(impostor.err));
    }

    void othersMayCallOnlyTheHelperInterface()
    {
        // dbus-send (dbus-bin, a dependency of dbus-daemon) as a plain user: the bus itself filters.
        const QString dbusSend = QStringLiteral("/usr/bin/dbus-send");
        const QStringList target{QStringLiteral("--system"), QStringLiteral("--print-reply"),
                                 QStringLiteral("--dest=") + helperName,
                                 QStringLiteral("/io/github/vfio_isolator/Helper")};
        const Run properties =
            finish(startAs(m_denied, dbusSend,
                           target + QStringList{QStringLiteral("org.freedesktop.DBus.Properties.GetAll"),
                                                QStringLiteral("string:io.github.vfio_isolator.Helper1")}));
        QVERIFY(properties.exitCode != 0);
        QVERIFY2(properties.err.contains(QStringLiteral("AccessDenied")), qPrintable(properties.err));
        const Run introspect = finish(
            startAs(m_denied, dbusSend,
                    target + QStringList{QStringLiteral("org.freedesktop.DBus.Introspectable.Introspect")}));
        QVERIFY2(introspect.exitCode == 0, qPrintable(introspect.err));
        QVERIFY(introspect.out.contains(QStringLiteral("io.github.vfio_isolator.Helper1")));
        const Run state =
            finish(startAs(m_denied, dbusSend,
                           target + QStringList{QStringLiteral("io.github.vfio_isolator.Helper1.State")}));
        QVERIFY2(state.exitCode == 0, qPrintable(state.err));
    }

    void previewNeedsNoAuthorisationAndWritesNothing()
    {
        const Run preview = cli(m_denied, {QStringLiteral("preview"), QStringLiteral("--json"),
                                           QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        const QJsonObject plan = QJsonDocument::fromJson(preview.out.toUtf8()).object();
        QVERIFY(plan.value(QStringLiteral("ok")).toBool());
        QString vfioConf;
        for (const QJsonValue &value : plan.value(QStringLiteral("files")).toArray()) {
            if (value[QStringLiteral("path")].toString() == QLatin1String("/etc/modprobe.d/vfio.conf"))
                vfioConf = value[QStringLiteral("new")].toString();
        }
        QVERIFY2(directives(vfioConf.toUtf8())
                     .contains(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e")),
                 qPrintable(vfioConf));
        QCOMPARE(plan.value(QStringLiteral("commands")).toArray().first().toArray().first().toString(),
                 QStringLiteral("/usr/sbin/update-initramfs"));
        QVERIFY2(configuration() == m_original, qPrintable(difference(m_original, configuration())));
        QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/var/lib/vfio-isolator")));
    }

    void deniedUserIsRefusedAndNothingChanges()
    {
        const QStringList before = treeListing(m_root);
        const Run apply = cli(m_denied, {QStringLiteral("apply"), QStringLiteral("--yes"),
                                         QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
        QCOMPARE(apply.exitCode, 1);
        QVERIFY2(apply.err.contains(QStringLiteral("NotAuthorized")), qPrintable(apply.err));
        const Run revert = cli(m_denied, {QStringLiteral("revert"), QStringLiteral("--yes")});
        QCOMPARE(revert.exitCode, 1);
        QVERIFY2(revert.err.contains(QStringLiteral("NotAuthorized")), qPrintable(revert.err));
        // Byte for byte, transaction folder included.
        QVERIFY2(treeListing(m_root) == before, qPrintable(difference(before, treeListing(m_root))));
        QVERIFY(!readFile(m_root + QStringLiteral("/tool.log")).contains("-u"));
    }

    void applyWithoutTerminalNeedsYes()
    {
        const QStringList before = treeListing(m_root);
        const Run apply = cli(m_allowed, {QStringLiteral("apply"), QStringLiteral("0000:02:00.0"),
                                          QStringLiteral("0000:02:00.1")});
        QCOMPARE(apply.exitCode, 2);
        QVERIFY2(apply.err.contains(QStringLiteral("--yes")), qPrintable(apply.err));
        QVERIFY2(apply.out.contains(QStringLiteral("/etc/modprobe.d/vfio.conf")),
                 qPrintable(apply.out)); // preview
        QVERIFY2(treeListing(m_root) == before, qPrintable(difference(before, treeListing(m_root))));
    }

    void badSelectionsAreRefusedWithClearErrors_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("explains");
        const QString invalidArgument = QStringLiteral("InvalidArgument");
        const QString invalidSelection = QStringLiteral("InvalidSelection");
        QTest::newRow("shell characters") << QStringList{QStringLiteral("0000:02:00.0;reboot")}
                                          << invalidArgument << QStringLiteral("not a PCI address");
        QTest::newRow("path") << QStringList{QStringLiteral("../../etc/shadow")} << invalidArgument
                              << QStringLiteral("not a PCI address");
        QTest::newRow("function 8") << QStringList{QStringLiteral("0000:02:00.8")} << invalidArgument
                                    << QStringLiteral("not a PCI address");
        QTest::newRow("space") << QStringList{QStringLiteral(" 0000:02:00.0")} << invalidArgument
                               << QStringLiteral("not a PCI address");
        QTest::newRow("incomplete group")
            << QStringList{QStringLiteral("0000:02:00.0")} << invalidSelection << QStringLiteral("02:00.1");
        QTest::newRow("root port") << QStringList{QStringLiteral("0000:00:1c.0")} << invalidSelection
                                   << QStringLiteral("root port");
        QTest::newRow("bridge with its group")
            << QStringList{QStringLiteral("0000:00:05.0"), QStringLiteral("0000:01:01.0"),
                           QStringLiteral("0000:01:02.0")}
            << invalidSelection << QStringLiteral("bridge");
        QTest::newRow("unknown address") << QStringList{QStringLiteral("0000:0a:00.0")} << invalidSelection
                                         << QStringLiteral("0000:0a:00.0");
    }

    void badSelectionsAreRefusedWithClearErrors()
    {
        QFETCH(QStringList, addresses);
        QFETCH(QString, error);
        QFETCH(QString, explains);
        const QStringList before = treeListing(m_root);
        // As the allowed user: authorisation passes, so the refusal comes from validation.
        const Run apply =
            cli(m_allowed, QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + addresses);
        const Run preview = cli(m_allowed, QStringList{QStringLiteral("preview")} + addresses);
        if (error == QLatin1String("InvalidArgument")) {
            // Not an address at all: the CLI says so itself, before the bus (bad usage) ...
            QCOMPARE(apply.exitCode, 2);
            QVERIFY2(apply.err.contains(explains), qPrintable(apply.err));
            QCOMPARE(preview.exitCode, 2);
            // ... and the helper, which never trusts a client, refuses the same call sent as any program can.
            const Run raw = finish(startAs(
                m_allowed, QStringLiteral("/usr/bin/dbus-send"),
                {QStringLiteral("--system"), QStringLiteral("--print-reply"),
                 QStringLiteral("--dest=") + helperName, QStringLiteral("/io/github/vfio_isolator/Helper"),
                 QStringLiteral("io.github.vfio_isolator.Helper1.Apply"),
                 QStringLiteral("array:string:") + addresses.join(QLatin1Char(','))}));
            QVERIFY(raw.exitCode != 0);
            QVERIFY2(raw.err.contains(error), qPrintable(raw.err));
            QVERIFY2(raw.err.contains(explains), qPrintable(raw.err));
        } else {
            QCOMPARE(apply.exitCode, 1);
            QVERIFY2(apply.err.contains(error), qPrintable(apply.err));
            QVERIFY2(apply.err.contains(explains), qPrintable(apply.err));
            QCOMPARE(preview.exitCode, 1);
        }
        QVERIFY2(treeListing(m_root) == before, qPrintable(difference(before, treeListing(m_root))));
    }

    void failingToolLeavesThePreviousFiles()
    {
        QVERIFY(writeFile(m_root + QStringLiteral("/tool-fails"), "", QFileDevice::ReadOwner));
        const Run apply = cli(m_allowed, {QStringLiteral("apply"), QStringLiteral("--yes"),
                                          QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
        QVERIFY(QFile::remove(m_root + QStringLiteral("/tool-fails")));
        QCOMPARE(apply.exitCode, 1);
        // The tool's own error line reaches the user, with the reassurance.
        QVERIFY2(apply.err.contains(QStringLiteral("E: mkinitramfs failure zstd -q -9 -T0 28")),
                 qPrintable(apply.err));
        QVERIFY2(apply.err.contains(QStringLiteral("previous configuration is in place")),
                 qPrintable(apply.err));
        QVERIFY(
            apply.out.contains(QStringLiteral("Writing /etc/modprobe.d/vfio.conf"))); // it did get that far
        QVERIFY2(configuration() == m_original, qPrintable(difference(m_original, configuration())));
        QCOMPARE(file(QStringLiteral("/etc/modprobe.d/vfio.conf")), QByteArray("<missing>"));
    }

    void allowedUserGetsTheExpectedFiles()
    {
        const Run apply = cli(m_allowed, {QStringLiteral("apply"), QStringLiteral("--yes"),
                                          QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.err + apply.out));
        QVERIFY2(apply.out.contains(QStringLiteral("Restart to finish")), qPrintable(apply.out));
        QVERIFY(apply.out.contains(QStringLiteral("update-initramfs: Generating")));

        m_afterFirstApply = file(QStringLiteral("/etc/modprobe.d/vfio.conf"));
        const QStringList vfio = directives(m_afterFirstApply);
        QVERIFY2(vfio.contains(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e")),
                 qPrintable(vfio.join(QLatin1Char('\n'))));
        QVERIFY(vfio.contains(QStringLiteral("softdep bochs pre: vfio-pci")));
        QVERIFY(vfio.contains(QStringLiteral("softdep snd_hda_intel pre: vfio-pci")));
        QVERIFY(m_afterFirstApply.contains("VFIO Isolator")); // the "managed by" header
        const QStringList modules = directives(file(QStringLiteral("/etc/initramfs-tools/modules")));
        QVERIFY(modules.contains(QStringLiteral("loop"))); // the user's line is kept
        QVERIFY(modules.contains(QStringLiteral("vfio_pci")));
        QVERIFY(modules.contains(QStringLiteral("vfio_iommu_type1")));
        QCOMPARE(readFile(m_root + QStringLiteral("/tool.log")).trimmed().split('\n').last(),
                 QByteArray("-u -k all"));

        const Run status = cli(m_denied, {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject state = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(state.value(QStringLiteral("ids")).toArray(),
                 (QJsonArray{QStringLiteral("1234:1111"), QStringLiteral("8086:293e")}));
        QCOMPARE(state.value(QStringLiteral("configured")).toArray().size(), 2);
        QCOMPARE(state.value(QStringLiteral("lastTransaction"))[QStringLiteral("state")].toString(),
                 QStringLiteral("complete"));
    }

    void identicalNicGoesByAddressAndASecondApplyIsBusy()
    {
        QVERIFY(writeFile(m_root + QStringLiteral("/tool-slow"), "", QFileDevice::ReadOwner));
        const QStringList selection{QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1"),
                                    QStringLiteral("0000:03:00.0")};
        QProcess *first = startAs(m_allowed, m_bed.cli(),
                                  QStringList{QStringLiteral("apply"), QStringLiteral("--yes")} + selection);
        QDeadlineTimer deadline(15000);
        while (!QFileInfo::exists(m_root + QStringLiteral("/tool-running")) && !deadline.hasExpired())
            QTest::qWait(20);
        QVERIFY2(QFileInfo::exists(m_root + QStringLiteral("/tool-running")),
                 "the first apply never ran the tool");

        const Run second = cli(m_allowed, {QStringLiteral("apply"), QStringLiteral("--yes"),
                                           QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("Busy")), qPrintable(second.err));
        const Run busyState = cli(m_denied, {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(
            QJsonDocument::fromJson(busyState.out.toUtf8()).object().value(QStringLiteral("busy")).toBool());

        const Run firstRun = finish(first);
        QVERIFY(QFile::remove(m_root + QStringLiteral("/tool-slow")));
        QVERIFY(QFile::remove(m_root + QStringLiteral("/tool-running")));
        QVERIFY2(firstRun.exitCode == 0, qPrintable(firstRun.err + firstRun.out));

        // 03:00.0 is bound by address; its twin 04:00.0 keeps e1000e, so 8086:10d3 stays out of ids=.
        const QStringList vfio = directives(file(QStringLiteral("/etc/modprobe.d/vfio.conf")));
        QVERIFY2(vfio.contains(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e")),
                 qPrintable(vfio.join(QLatin1Char('\n'))));
        const QString joined = vfio.join(QLatin1Char('\n'));
        QVERIFY2(!joined.contains(QStringLiteral("10d3")), qPrintable(joined));
        QVERIFY2(joined.contains(QStringLiteral("0000:03:00.0")), qPrintable(joined));
        QVERIFY2(!joined.contains(QStringLiteral("0000:04:00.0")), qPrintable(joined));

        const Run status = cli(m_denied, {QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonArray configured = QJsonDocument::fromJson(status.out.toUtf8())
                                          .object()
                                          .value(QStringLiteral("configured"))
                                          .toArray();
        QCOMPARE(configured.size(), 3);
        bool nicByAddress = false;
        for (const QJsonValue &device : configured) {
            if (device[QStringLiteral("address")].toString() == QLatin1String("0000:03:00.0"))
                nicByAddress = device[QStringLiteral("binding")].toString() == QLatin1String("address");
        }
        QVERIFY(nicByAddress);
    }

    void revertRestoresExactlyWhatTheLastApplyReplaced()
    {
        const Run first = cli(m_allowed, {QStringLiteral("revert"), QStringLiteral("--yes")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QCOMPARE(file(QStringLiteral("/etc/modprobe.d/vfio.conf")), m_afterFirstApply);

        const Run second = cli(m_allowed, {QStringLiteral("revert"), QStringLiteral("--yes")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
        QCOMPARE(file(QStringLiteral("/etc/modprobe.d/vfio.conf")), QByteArray("<missing>")); // did not exist
        QVERIFY2(configuration() == m_original, qPrintable(difference(m_original, configuration())));

        const Run nothing = cli(m_allowed, {QStringLiteral("revert"), QStringLiteral("--yes")});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.err.contains(QStringLiteral("Nothing to revert")), qPrintable(nothing.err));
        QVERIFY2(configuration() == m_original, qPrintable(difference(m_original, configuration())));
    }

    void helperExitsWhenIdle()
    {
        // Stop the long-lived helper, then start one with a one-second idle time: it must leave on its own.
        QProcess *helper = m_bed.takeHelper();
        helper->closeWriteChannel();
        QVERIFY(helper->waitForFinished(5000));
        delete helper;
        QProcess idle;
        idle.setProcessEnvironment(environment());
        QElapsedTimer clock;
        clock.start();
        idle.start(QStringLiteral(VFIO_HELPER_PATH),
                   {QStringLiteral("--root"), m_root, QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        QVERIFY(waitForName(helperName, 5000));
        const bool exited = idle.waitForFinished(8000);
        if (!exited)
            idle.kill();
        QVERIFY2(exited, "the helper did not exit when idle");
        QCOMPARE(idle.exitCode(), 0);
        QVERIFY(clock.elapsed() >= 900);
    }

    void cleanupTestCase() { m_bed.stop(); }
};

QTEST_GUILESS_MAIN(HelperIntegrationTest)
#include "helper_integration.moc"
