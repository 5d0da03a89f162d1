// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel command line through the helper, end to end (HelperTestBed: private system bus, the real
// polkitd, the helper as root on a copy of the `noiommu` fixture, clients as the plain test users). The
// system is a Debian-style GRUB with /etc/default/grub.d and a stand-in update-grub that records what
// grub.d holds when it runs. The CLI works the words out from the same copy (--root): intel_iommu=on is
// missing and intel_iommu=off, also in /etc/default/grub, must go.
#include "HelperTestBed.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

using namespace helpertest;

namespace {

const QString dropIn = QStringLiteral("/etc/default/grub.d/vfio-isolator.cfg");
const QString defaults = QStringLiteral("/etc/default/grub");
const QByteArray originalDefaults = "# If you change this file, run 'update-grub' afterwards.\n"
                                    "GRUB_DEFAULT=0\n"
                                    "GRUB_TIMEOUT=5\n"
                                    "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet intel_iommu=off\"\n"
                                    "GRUB_CMDLINE_LINUX=\"\"\n";

} // namespace

class HelperCmdlineIntegrationTest : public QObject
{
    Q_OBJECT

    HelperTestBed m_bed;
    QString m_root;
    QString m_dbusCall;     // helper_dbus_call, runnable by the test users
    QStringList m_original; // the configuration before any change
    QByteArray m_enabledDropIn;

    // Everything but the helper's records (var/) and the stand-in's own files (tool*).
    QStringList configuration() const
    {
        return treeListing(m_root, {QStringLiteral("var"), QStringLiteral("tool")});
    }
    QByteArray toolLog() const { return m_bed.file(QStringLiteral("/tool.log")); }

    Run enable(const User &user)
    {
        return m_bed.cli(user, {QStringLiteral("enable-iommu"), QStringLiteral("--yes"),
                                QStringLiteral("--root"), m_root});
    }
    Run call(const User &user, const QString &method, const QString &add = {}, const QString &remove = {})
    {
        QStringList arguments{method};
        if (!add.isNull())
            arguments << add << remove;
        return HelperTestBed::finish(m_bed.startAs(user, m_dbusCall, arguments));
    }
    // The helper's State, read as the denied user (it needs no authorisation).
    QJsonObject state()
    {
        const Run run = call(m_bed.denied(), QStringLiteral("State"));
        return QJsonDocument::fromJson(run.out.mid(run.out.indexOf(QLatin1Char('{'))).toUtf8()).object();
    }
    // A transaction started straight over D-Bus runs on after the reply: wait for its end.
    bool waitUntilIdle()
    {
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            const QJsonObject now = state();
            if (!now.value(QStringLiteral("busy")).toBool() &&
                now[QStringLiteral("lastTransaction")][QStringLiteral("state")].toString() !=
                    QLatin1String("running"))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("The helper integration test needs root (it starts polkitd and the helper as root, and the "
                  "clients as plain users); CI runs it as root.");
        m_bed.checkPrerequisites();
        if (QTest::currentTestFailed())
            return;
        m_bed.copyFixture(QStringLiteral("noiommu"));
        if (QTest::currentTestFailed())
            return;
        m_root = m_bed.root();
        QVERIFY(m_bed.makeDebianWithGrub(originalDefaults));
        m_original = configuration();
        m_dbusCall = m_bed.installProgram(QStringLiteral(VFIO_DBUS_CALL_PATH));
        QVERIFY(!m_dbusCall.isEmpty());
        m_bed.startServices();
    }

    void previewShowsTheDiffsAndWritesNothing()
    {
        const Run preview =
            m_bed.cli(m_bed.denied(), {QStringLiteral("preview-iommu"), QStringLiteral("--root"), m_root});
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err + preview.out));
        QVERIFY2(preview.out.contains(QStringLiteral("add intel_iommu=on; remove intel_iommu=off")),
                 qPrintable(preview.out));
        QVERIFY2(preview.out.contains(QStringLiteral("New file ") + dropIn), qPrintable(preview.out));
        QVERIFY(preview.out.contains(
            QStringLiteral("    GRUB_CMDLINE_LINUX_DEFAULT=\"$GRUB_CMDLINE_LINUX_DEFAULT intel_iommu=on\"")));
        QVERIFY(preview.out.contains(QStringLiteral("Changed file ") + defaults));
        QVERIFY(preview.out.contains(
            QStringLiteral("    - GRUB_CMDLINE_LINUX_DEFAULT=\"quiet intel_iommu=off\"")));
        QVERIFY(preview.out.contains(QStringLiteral("    + GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"")));
        QVERIFY(preview.out.contains(QStringLiteral("      GRUB_TIMEOUT=5"))); // unchanged lines are kept
        QVERIFY(preview.out.contains(QStringLiteral("Then runs:\n    /usr/sbin/update-grub")));
        QVERIFY2(configuration() == m_original, qPrintable(difference(m_original, configuration())));
        QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/var/lib/vfio-isolator")));
        QCOMPARE(toolLog(), QByteArray("<missing>"));
    }

    void deniedUserChangesNothing()
    {
        const QStringList before = treeListing(m_root);
        const Run denied = enable(m_bed.denied());
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains(QStringLiteral("NotAuthorized")), qPrintable(denied.err));
        QVERIFY2(treeListing(m_root) == before, qPrintable(difference(before, treeListing(m_root))));
        QCOMPARE(toolLog(), QByteArray("<missing>"));
    }

    void wordsOutsideTheListAreRefusedBeforePolkit_data()
    {
        QTest::addColumn<QString>("add");
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("explains");
        QTest::newRow("init") << QStringLiteral("init=/bin/sh") << QStringLiteral("-")
                              << QStringLiteral("init=/bin/sh");
        QTest::newRow("quiet") << QStringLiteral("intel_iommu=on,quiet") << QStringLiteral("-")
                               << QStringLiteral("\"quiet\"");
        QTest::newRow("shell characters") << QStringLiteral("intel_iommu=on;reboot") << QStringLiteral("-")
                                          << QStringLiteral("intel_iommu=on;reboot");
        QTest::newRow("removing another word")
            << QStringLiteral("-") << QStringLiteral("root=/dev/vda") << QStringLiteral("root=/dev/vda");
        QTest::newRow("switching the IOMMU off") << QStringLiteral("intel_iommu=off") << QStringLiteral("-")
                                                 << QStringLiteral("contradicts itself");
    }

    void wordsOutsideTheListAreRefusedBeforePolkit()
    {
        QFETCH(QString, add);
        QFETCH(QString, remove);
        QFETCH(QString, explains);
        const QStringList before = treeListing(m_root);
        // The denied user gets InvalidArgument, not NotAuthorized: the words are judged before polkit.
        for (const User &user : {m_bed.denied(), m_bed.allowed()}) {
            const Run set = call(user, QStringLiteral("SetKernelCommandLine"), add, remove);
            QCOMPARE(set.exitCode, 1);
            QVERIFY2(set.out.contains(QStringLiteral("io.github.vfio_isolator.Error.InvalidArgument")),
                     qPrintable(set.out + set.err));
            QVERIFY2(set.out.contains(explains), qPrintable(set.out));
            QVERIFY2(set.out.contains(QStringLiteral("Nothing was changed")), qPrintable(set.out));
        }
        const Run preview = call(m_bed.denied(), QStringLiteral("PreviewKernelCommandLine"), add, remove);
        QVERIFY2(preview.out.contains(QStringLiteral("InvalidArgument")), qPrintable(preview.out));
        QVERIFY2(treeListing(m_root) == before, qPrintable(difference(before, treeListing(m_root))));
        QCOMPARE(toolLog(), QByteArray("<missing>"));
    }

    void failingToolRestoresTheOldFiles()
    {
        QVERIFY(writeFile(m_root + QStringLiteral("/tool-fails"), "", readablePermissions()));
        const Run failed = enable(m_bed.allowed());
        QVERIFY(QFile::remove(m_root + QStringLiteral("/tool-fails")));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("vfio-isolator.cfg: Syntax error")),
                 qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QStringLiteral("previous configuration is in place")),
                 qPrintable(failed.err));
        // The stand-in ran with the drop-in in place, and afterwards every file is as before.
        QVERIFY2(toolLog().contains("50-user.cfg\nvfio-isolator.cfg\n--"), toolLog().constData());
        QVERIFY2(configuration() == m_original, qPrintable(difference(m_original, configuration())));
        QCOMPARE(state()[QStringLiteral("lastTransaction")][QStringLiteral("state")].toString(),
                 QStringLiteral("rolled-back"));
        QVERIFY(QFile::remove(m_root + QStringLiteral("/tool.log")));
    }

    void enableWritesTheDropInAndRunsTheTool()
    {
        const Run enabled = enable(m_bed.allowed());
        QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.err + enabled.out));
        QVERIFY2(enabled.out.contains(QStringLiteral("Updating the boot configuration with update-grub")),
                 qPrintable(enabled.out));
        QVERIFY2(enabled.out.contains(QStringLiteral("Restart to finish")), qPrintable(enabled.out));
        m_enabledDropIn = m_bed.file(dropIn);
        QVERIFY2(m_enabledDropIn.endsWith(
                     "GRUB_CMDLINE_LINUX_DEFAULT=\"$GRUB_CMDLINE_LINUX_DEFAULT intel_iommu=on\"\n"),
                 m_enabledDropIn.constData());
        QCOMPARE(m_bed.file(defaults), QByteArray(originalDefaults).replace(" intel_iommu=off", ""));
        // 0644, as a new file gets (the owner, group and other bits; QFileInfo adds the caller's own).
        QCOMPARE(QFileInfo(m_root + dropIn).permissions() & QFileDevice::Permissions(0x7077),
                 readablePermissions());
        QCOMPARE(toolLog(), QByteArray("update-grub \n50-user.cfg\nvfio-isolator.cfg\n--\n"));
        const QJsonObject last = state()[QStringLiteral("lastTransaction")].toObject();
        QCOMPARE(last[QStringLiteral("kind")].toString(), QStringLiteral("cmdline"));
        QCOMPARE(last[QStringLiteral("state")].toString(), QStringLiteral("complete"));
    }

    void secondEnableChangesNothing()
    {
        const QStringList before = configuration();
        const Run again = enable(m_bed.allowed());
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QVERIFY2(again.out.contains(QStringLiteral("Nothing to change")), qPrintable(again.out));
        QVERIFY2(configuration() == before, qPrintable(difference(before, configuration())));
        QCOMPARE(toolLog(),
                 QByteArray("update-grub \n50-user.cfg\nvfio-isolator.cfg\n--\n")); // not run again
    }

    void aChangeAddingNoWordDeletesTheDropIn()
    {
        // Straight over D-Bus: nothing to add any more, so the drop-in (wholly ours) is removed.
        const Run set = call(m_bed.allowed(), QStringLiteral("SetKernelCommandLine"), QStringLiteral("-"),
                             QStringLiteral("iommu=off"));
        QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
        QVERIFY(waitUntilIdle());
        QCOMPARE(state()[QStringLiteral("lastTransaction")][QStringLiteral("state")].toString(),
                 QStringLiteral("complete"));
        QVERIFY(!QFileInfo::exists(m_root + dropIn));
        QVERIFY2(toolLog().endsWith("--\nupdate-grub \n50-user.cfg\n--\n"), toolLog().constData());
    }

    void revertUndoesEachChangeInTurn()
    {
        // First the drop-in's removal: it is back, byte for byte, and the tool ran on it.
        const Run first = m_bed.cli(m_bed.allowed(), {QStringLiteral("revert"), QStringLiteral("--yes")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QCOMPARE(m_bed.file(dropIn), m_enabledDropIn);
        QVERIFY2(toolLog().endsWith("--\nupdate-grub \n50-user.cfg\nvfio-isolator.cfg\n--\n"),
                 toolLog().constData());
        // Then enable-iommu: the original tree, and the tool ran without the drop-in.
        const Run second = m_bed.cli(m_bed.allowed(), {QStringLiteral("revert"), QStringLiteral("--yes")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
        QVERIFY2(configuration() == m_original, qPrintable(difference(m_original, configuration())));
        QVERIFY2(toolLog().endsWith("--\nupdate-grub \n50-user.cfg\n--\n"), toolLog().constData());
        QCOMPARE(toolLog().count("update-grub"), 4);

        const Run nothing = m_bed.cli(m_bed.allowed(), {QStringLiteral("revert"), QStringLiteral("--yes")});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.err.contains(QStringLiteral("Nothing to revert")), qPrintable(nothing.err));
    }

    void cleanupTestCase() { m_bed.stop(); }
};

QTEST_GUILESS_MAIN(HelperCmdlineIntegrationTest)
#include "helper_cmdline_integration.moc"
