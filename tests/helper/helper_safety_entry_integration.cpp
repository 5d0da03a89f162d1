// SPDX-License-Identifier: GPL-3.0-or-later
// The safety boot entry through the helper, end to end (HelperTestBed: private system bus, the real
// polkitd, the helper as root on a copy of `seed` made a Debian with initramfs-tools and GRUB; the tools are
// recording stand-ins): Apply writes the GRUB script of the entry without VFIO passthrough (executable) and
// rebuilds the menu after the initramfs; Revert takes it away again and rebuilds the menu, leaving the system
// byte for byte as it was.
#include "HelperTestBed.h"

#include <QFileInfo>
#include <QTest>

#include <unistd.h>

using namespace helpertest;

namespace {
const QString script = QStringLiteral("/etc/grub.d/42_vfio_isolator_safe");
} // namespace

class HelperSafetyEntryIntegrationTest : public QObject
{
    Q_OBJECT

    HelperTestBed m_bed;
    QString m_root;
    QStringList m_original;

    QStringList configuration() const
    {
        return treeListing(m_root, {QStringLiteral("var"), QStringLiteral("tool")});
    }
    QByteArray toolLog() const { return m_bed.file(QStringLiteral("/tool.log")); }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("The helper integration test needs root (it starts polkitd and the helper as root, and the "
                  "clients as plain users); CI runs it as root.");
        m_bed.checkPrerequisites();
        if (QTest::currentTestFailed())
            return;
        m_bed.copyFixture(QStringLiteral("seed"));
        if (QTest::currentTestFailed())
            return;
        m_root = m_bed.root();
        QVERIFY(m_bed.makeDebianWithGrub("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\n"));
        QVERIFY(m_bed.installFakeUpdateInitramfs());
        m_original = configuration();
        m_bed.startServices();
    }

    void applyWritesTheSafetyEntryAndRebuildsTheMenu()
    {
        const Run apply = m_bed.cli(
            m_bed.allowed(), {QStringLiteral("apply"), QStringLiteral("03:00.0"), QStringLiteral("--yes")});
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.err + apply.out));
        const QByteArray entry = m_bed.file(script);
        QVERIFY2(entry.contains("vfio_isolator=off"), entry.constData());
        const QFileInfo info(m_root + script);
        QVERIFY(info.isExecutable());
        QCOMPARE(info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(info.ownerId(), 0u);
        QVERIFY(m_bed.file(QStringLiteral("/etc/modprobe.d/vfio.conf")).contains("vfio_isolator=off"));
        QCOMPARE(toolLog().count("update-grub"), 1);
    }

    void revertTakesItAwayAndRebuildsTheMenu()
    {
        const Run revert = m_bed.cli(m_bed.allowed(), {QStringLiteral("revert"), QStringLiteral("--yes")});
        QVERIFY2(revert.exitCode == 0, qPrintable(revert.err + revert.out));
        QCOMPARE(m_bed.file(script), QByteArray("<missing>"));
        QVERIFY2(configuration() == m_original, qPrintable(difference(m_original, configuration())));
        QCOMPARE(toolLog().count("update-grub"), 2);
    }

    void cleanupTestCase() { m_bed.stop(); }
};

QTEST_GUILESS_MAIN(HelperSafetyEntryIntegrationTest)
#include "helper_safety_entry_integration.moc"
