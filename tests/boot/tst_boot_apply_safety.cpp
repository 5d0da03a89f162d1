// SPDX-License-Identifier: GPL-3.0-or-later
// Apply carries the boot entry without VFIO passthrough: the whole plan the helper previews and applies
// (makeHelperPlan) on a copy of `seed` with Debian's GRUB added: the script (0755) and update-grub with a
// configuration, its removal with none, and a warning with the way back by hand where the boot loader is
// unknown.
#include "BootTestTree.h"
#include "TreeCopy.h"

#include "boot/GrubSafetyScript.h"
#include "plan/HelperPlan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vfio;

namespace {

const QStringList gpuGroup{QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")};
const QStringList nic{QStringLiteral("0000:03:00.0")};

// seed with what Debian's initramfs-tools and GRUB put there (the tools are recording stand-ins).
bool makeDebianRoot(const QString &root, bool withGrub)
{
    QString error;
    if (test::copyTreeFlatteningLinks(test::fixtureRoot(QStringLiteral("seed")), root, QStringLiteral("none"),
                                      {QStringLiteral("lib")}, &error) < 0)
        return false;
    test::writeRecordingTool(root, QStringLiteral("usr/sbin/update-initramfs"));
    test::writeFile(root, QStringLiteral("etc/os-release"),
                    "PRETTY_NAME=\"Debian GNU/Linux 12\"\nID=debian\n");
    if (withGrub) {
        test::writeFile(root, QStringLiteral("etc/default/grub"), "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\n");
        test::writeFile(root, QStringLiteral("etc/default/grub.d/50-user.cfg"), "GRUB_TIMEOUT=3\n");
        test::writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
    }
    return true;
}

const HelperPlan::File *fileAt(const HelperPlan &plan, const QString &path)
{
    for (const HelperPlan::File &file : plan.files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

} // namespace

class TestBootApplySafety : public QObject
{
    Q_OBJECT

private slots:
    void applyAddsTheSafetyEntryAndRegeneratesGrub()
    {
        QTemporaryDir dir;
        QVERIFY(makeDebianRoot(dir.path(), true));
        const HelperPlan plan = makeHelperPlan(dir.path(), nic);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(u'\n')));
        const HelperPlan::File *script = fileAt(plan, grubSafetyScriptPath());
        QVERIFY(script);
        QCOMPARE(script->mode, std::optional<int>(0755));
        QVERIFY(!script->oldContent);
        QVERIFY(script->newContent.contains(QLatin1String("vfio_isolator=off")));
        QVERIFY(fileAt(plan, QStringLiteral("/etc/modprobe.d/vfio.conf")));
        // The initramfs first, then the boot menu that the safety entry joins.
        QCOMPARE(plan.commands.size(), 2);
        QCOMPARE(plan.commands.at(0).first(), QStringLiteral("/usr/sbin/update-initramfs"));
        QCOMPARE(plan.commands.at(1), QStringList{QStringLiteral("/usr/sbin/update-grub")});
    }

    void anInstalledEntryIsNotWrittenAgain()
    {
        QTemporaryDir dir;
        QVERIFY(makeDebianRoot(dir.path(), true));
        test::writeFile(dir.path(), grubSafetyScriptPath().mid(1), grubSafetyScript().toUtf8());
        const HelperPlan plan = makeHelperPlan(dir.path(), nic);
        QVERIFY(plan.ok());
        QVERIFY(!fileAt(plan, grubSafetyScriptPath()));
        QCOMPARE(plan.commands.size(), 1); // update-grub need not run for an unchanged menu
    }

    void nothingConfiguredRemovesTheEntry()
    {
        QTemporaryDir dir;
        QVERIFY(makeDebianRoot(dir.path(), true));
        test::writeFile(dir.path(), grubSafetyScriptPath().mid(1), grubSafetyScript().toUtf8());
        const HelperPlan plan = makeHelperPlan(dir.path(), {});
        QVERIFY(plan.ok());
        const HelperPlan::File *script = fileAt(plan, grubSafetyScriptPath());
        QVERIFY(script);
        QVERIFY(script->remove);
        QVERIFY(plan.commands.contains(QStringList{QStringLiteral("/usr/sbin/update-grub")}));
    }

    void unknownBootLoaderWarnsWithTheWayBack()
    {
        QTemporaryDir dir;
        QVERIFY(makeDebianRoot(dir.path(), false));
        const HelperPlan plan = makeHelperPlan(dir.path(), nic);
        QVERIFY(plan.ok()); // the configuration itself is still right
        QVERIFY(!fileAt(plan, grubSafetyScriptPath()));
        const QStringList about = plan.warnings.filter(QStringLiteral("without VFIO passthrough"));
        QCOMPARE(about.size(), 1);
        QVERIFY2(about.first().contains(QLatin1String("add vfio_isolator=off")), qPrintable(about.first()));
        QCOMPARE(plan.commands.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBootApplySafety)
#include "tst_boot_apply_safety.moc"
