// SPDX-License-Identifier: GPL-3.0-or-later
// The helper fails closed (issue 11): whenever polkit does not say a clear "yes" (a rule that wants an
// administrator's password while no authentication agent runs, our action not installed, polkitd not
// running), every changing method (Apply, Revert, SetKernelCommandLine) is refused with NotAuthorized and the
// system is left byte for byte as it was. Addresses in short or relative forms sent straight over D-Bus,
// past the CLI's completion, are refused before polkit is asked. Runs the real dbus-daemon and polkitd
// (HelperTestBed); needs root.
#include "HelperTestBed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

using namespace helpertest;

namespace {
const QString notAuthorized = QStringLiteral("io.github.vfio_isolator.Error.NotAuthorized");
const QString invalidArgument = QStringLiteral("io.github.vfio_isolator.Error.InvalidArgument");
const QByteArray defaults = "GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\nGRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\n"
                            "GRUB_CMDLINE_LINUX=\"\"\n";
// Every change for the allowed user needs an administrator's password: with no agent, nobody can give it.
const QByteArray authAdminRule =
    "polkit.addRule(function(action, subject) {\n"
    "    if (action.id.indexOf(\"io.github.vfio_isolator.\") == 0) return polkit.Result.AUTH_ADMIN;\n"
    "});\n";
// The details reach polkitd: the allowed user may give 0000:04:00.0 and nothing else.
const QByteArray addressRule =
    "polkit.addRule(function(action, subject) {\n"
    "    if (action.id == \"io.github.vfio_isolator.apply\" && action.lookup(\"change\") == \"apply\")\n"
    "        return action.lookup(\"addresses\") == \"0000:04:00.0\" ? "
    "polkit.Result.YES : polkit.Result.NO;\n"
    "});\n";
} // namespace

class HelperFailClosed : public QObject
{
    Q_OBJECT

    HelperTestBed m_bed;
    QString m_root;
    QString m_dbusCall;

    // Everything but the stand-in tools' own logs (tool*); the helper's records under var/ included: a
    // refusal writes no record either.
    QStringList everything() const { return treeListing(m_root, {QStringLiteral("tool")}); }

    Run call(const QStringList &arguments)
    {
        return HelperTestBed::finish(m_bed.startAs(m_bed.allowed(), m_dbusCall, arguments));
    }

    // Apply, Revert and SetKernelCommandLine as the allowed user, straight over D-Bus and through the CLI:
    // each refused with NotAuthorized, nothing written.
    void everyChangeIsRefused(const char *why)
    {
        const QStringList before = everything();
        const QList<QStringList> calls{
            {QStringLiteral("Apply"), QStringLiteral("0000:04:00.0")},
            {QStringLiteral("Revert")},
            {QStringLiteral("SetKernelCommandLine"), QStringLiteral("iommu=pt"), QStringLiteral("-")}};
        for (const QStringList &arguments : calls) {
            const Run run = call(arguments);
            QVERIFY2(run.exitCode == 1 && run.out.startsWith(QStringLiteral("error: ") + notAuthorized),
                     qPrintable(QStringLiteral("%1, %2: %3%4")
                                    .arg(QLatin1String(why), arguments.first(), run.out, run.err)));
        }
        const Run apply = m_bed.cli(m_bed.allowed(), {QStringLiteral("apply"), QStringLiteral("--yes"),
                                                      QStringLiteral("0000:04:00.0")});
        QVERIFY2(apply.exitCode != 0, qPrintable(apply.out));
        QVERIFY2(everything() == before, qPrintable(difference(before, everything())));
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP(
                "The fail-closed test needs root (it starts polkitd and the helper as root, and the clients "
                "as plain users); CI runs it as root.");
        m_bed.checkPrerequisites();
        if (QTest::currentTestFailed())
            return;
        m_bed.copyFixture(QStringLiteral("seed"));
        if (QTest::currentTestFailed())
            return;
        m_root = m_bed.root();
        QVERIFY(m_bed.makeDebianWithGrub(defaults));
        QVERIFY(m_bed.installFakeUpdateInitramfs());
        m_dbusCall = m_bed.installProgram(QStringLiteral(VFIO_DBUS_CALL_PATH));
        QVERIFY(!m_dbusCall.isEmpty());
        m_bed.startServices();
        if (QTest::currentTestFailed())
            return;
        // Something to revert, applied while polkit says yes.
        const Run apply = m_bed.cli(m_bed.allowed(), {QStringLiteral("apply"), QStringLiteral("--yes"),
                                                      QStringLiteral("0000:03:00.0")});
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.err + apply.out));
    }

    void theStandardRuleLetsTheAllowedUserThrough()
    {
        // The cases below are refusals only because of what they change: the same call passes otherwise.
        const Run preview = call({QStringLiteral("Preview"), QStringLiteral("0000:04:00.0")});
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.out + preview.err));
    }

    void shortAndRelativeAddressesAreRefusedOverDbus_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("bus:device.function") << QStringLiteral("02:00.0");
        QTest::newRow("short bus") << QStringLiteral("1:0.0");
        QTest::newRow("no function") << QStringLiteral("0000:02:00");
        QTest::newRow("relative path") << QStringLiteral("../0000:02:00.0");
    }

    void shortAndRelativeAddressesAreRefusedOverDbus()
    {
        QFETCH(QString, address);
        const QStringList before = everything();
        for (const QString &method : {QStringLiteral("Apply"), QStringLiteral("Preview")}) {
            const Run run = call({method, address});
            QVERIFY2(run.exitCode == 1 && run.out.startsWith(QStringLiteral("error: ") + invalidArgument),
                     qPrintable(method + QStringLiteral(": ") + run.out + run.err));
        }
        QVERIFY2(everything() == before, qPrintable(difference(before, everything())));
    }

    void rulesDecideOnTheDetails()
    {
        QVERIFY(m_bed.replaceRule(addressRule));
        const QStringList before = everything();
        const Run other = call({QStringLiteral("Apply"), QStringLiteral("0000:02:00.0")});
        QVERIFY2(other.exitCode == 1 && other.out.startsWith(QStringLiteral("error: ") + notAuthorized),
                 qPrintable(other.out + other.err));
        QVERIFY2(everything() == before, qPrintable(difference(before, everything())));
        const Run named = m_bed.cli(m_bed.allowed(), {QStringLiteral("apply"), QStringLiteral("--yes"),
                                                      QStringLiteral("0000:04:00.0")});
        QVERIFY2(named.exitCode == 0, qPrintable(named.out + named.err));
        const QByteArray log = readFile(m_bed.folder() + QStringLiteral("/vfio-isolator-helper.log"));
        QVERIFY2(log.contains(" apply ") && log.contains("(0000:04:00.0): files"), log.constData());
        QVERIFY(m_bed.restoreStandardPolkit());
    }

    void anAdministratorsPasswordWithNoAgentIsARefusal()
    {
        QVERIFY(m_bed.replaceRule(authAdminRule));
        everyChangeIsRefused("AUTH_ADMIN without an agent");
        QVERIFY(m_bed.restoreStandardPolkit());
    }

    void anActionPolkitDoesNotKnowIsARefusal()
    {
        QVERIFY(m_bed.removeAction());
        everyChangeIsRefused("action not installed");
        QVERIFY(m_bed.restoreStandardPolkit());
    }

    void noPolkitdIsARefusal()
    {
        m_bed.stopPolkit();
        everyChangeIsRefused("polkitd stopped");
    }

    // Read last: by now the log holds the first Apply and the refusals of every case above.
    void everyChangeAndRefusalIsLogged()
    {
        const QString log =
            QString::fromUtf8(readFile(m_bed.folder() + QStringLiteral("/vfio-isolator-helper.log")));
        const QString uid = QString::number(m_bed.allowed().uid);
        QVERIFY2(log.contains(QStringLiteral("audit: changed uid=%1 apply ").arg(uid)), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("files /etc/modprobe.d/vfio.conf")));
        QVERIFY(log.contains(QStringLiteral("commands /usr/sbin/update-initramfs -u -k all")));
        for (const QString &asked : {QStringLiteral("Apply(0000:04:00.0)"), QStringLiteral("Revert()"),
                                     QStringLiteral("SetKernelCommandLine(iommu=pt; )")})
            QVERIFY2(
                log.contains(QStringLiteral("audit: refused uid=%1 %2: %3").arg(uid, asked, notAuthorized)),
                qPrintable(asked + QStringLiteral("\n") + log));
        QVERIFY(
            log.contains(QStringLiteral("audit: refused uid=%1 Apply(1:0.0): %2").arg(uid, invalidArgument)));
    }

    void cleanupTestCase() { m_bed.stop(); }
};

QTEST_GUILESS_MAIN(HelperFailClosed)
#include "helper_fail_closed.moc"
