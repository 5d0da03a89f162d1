// SPDX-License-Identifier: GPL-3.0-or-later
// The safety boot entry: the normal entry plus vfio_isolator=off. For GRUB a grub.d script (checked with
// sh -n and run with GRUB's library and sample variables), for the loader-entry boot loaders a copy of the
// default entry; and the removal of both.
#include "BootTestTree.h"

#include "boot/GrubSafetyScript.h"
#include "boot/KernelCommandLineBackend.h"
#include "boot/LoaderEntries.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using vfio::test::applyFiles;
using vfio::test::changedLines;
using vfio::test::changesNothing;
using vfio::test::readFile;
using vfio::test::writeFile;
using vfio::test::writeRecordingTool;

namespace {

const QString realGrubLibrary = QStringLiteral("/usr/share/grub/grub-mkconfig_lib");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// GRUB's own library, with the two functions that ask grub-probe about real disks replaced.
void writeStandInLibrary(const QString &directory, const QString &root)
{
    writeFile(
        directory, QStringLiteral("grub-mkconfig_lib"),
        ". '" + realGrubLibrary.toUtf8() +
            "'\n"
            "prepare_grub_to_access_device () { echo \"search --no-floppy --fs-uuid --set=root for-$1\"; }\n"
            "make_system_path_relative_to_its_root () { echo \"${1#" +
            root.toUtf8() + "}\"; }\n");
}

// The safety script for ROOT/boot, run the way grub-mkconfig runs it, with sample GRUB_* variables.
Run runSafetyScript(const QString &root, const QString &distributor,
                    const QString &cmdlineDefault = QStringLiteral("quiet intel_iommu=on"))
{
    writeStandInLibrary(root + QStringLiteral("/lib"), root);
    writeFile(root, QStringLiteral("42_vfio_isolator_safe"),
              grubSafetyScript(root + QStringLiteral("/boot")).toUtf8());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("pkgdatadir"), root + QStringLiteral("/lib"));
    environment.insert(QStringLiteral("GRUB_DISTRIBUTOR"), distributor);
    environment.insert(QStringLiteral("GRUB_DEVICE"), QStringLiteral("/dev/sda2"));
    environment.insert(QStringLiteral("GRUB_DEVICE_UUID"), QStringLiteral("no-such-uuid"));
    environment.insert(QStringLiteral("GRUB_DEVICE_BOOT"), QStringLiteral("/dev/sda1"));
    environment.insert(QStringLiteral("GRUB_CMDLINE_LINUX"), QStringLiteral("console=ttyS0"));
    environment.insert(QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT"), cmdlineDefault);
    return run(QStringLiteral("/bin/sh"), {root + QStringLiteral("/42_vfio_isolator_safe")}, environment);
}

BootLoader loader(BootLoaderKind kind)
{
    return BootLoader{kind, QString(), QStringLiteral("test")};
}

} // namespace

class BootSafetyTest : public QObject
{
    Q_OBJECT

private slots:
    void grubScriptIsPlannedExecutableAndRemoved()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        const Result<CommandLinePlan> plan = safetyEntryPlan(root, loader(BootLoaderKind::GrubDropIn));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->files.size(), 1);
        const FileChange &script = plan->files.first();
        QCOMPARE(script.path, QStringLiteral("/etc/grub.d/42_vfio_isolator_safe"));
        QCOMPARE(script.mode, std::optional<int>(0755));
        QVERIFY(!script.remove);
        QCOMPARE(script.newContent, grubSafetyScript());
        QCOMPARE(plan->commands.size(), 1);
        QCOMPARE(plan->commands.first().program, QStringLiteral("/usr/sbin/update-grub"));

        applyFiles(plan);
        QVERIFY(changesNothing(safetyEntryPlan(root, loader(BootLoaderKind::GrubDefaults))));
        const Result<CommandLinePlan> removal =
            safetyEntryRemovalPlan(root, loader(BootLoaderKind::GrubDropIn));
        QVERIFY2(removal.ok(), qPrintable(removal.error()));
        QCOMPARE(removal->files.size(), 1);
        QVERIFY(removal->files.first().remove);
        QCOMPARE(removal->files.first().path, script.path);
        QCOMPARE(removal->commands.size(), 1);
        applyFiles(removal);
        QVERIFY(!QFile::exists(script.hostPath));
        QVERIFY(changesNothing(safetyEntryRemovalPlan(root, loader(BootLoaderKind::GrubDropIn))));
    }

    void grubScriptIsValidShell()
    {
        const Run check =
            run(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), grubSafetyScript()});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(grubSafetyScript().startsWith(QLatin1String("#! /bin/sh\n")));
    }

    void grubScriptEmitsTheNewestKernelWithTheSafetyWord()
    {
        if (!QFile::exists(realGrubLibrary))
            QFAIL("GRUB's grub-mkconfig_lib is not installed: scripts/setup.sh installs grub2-common");
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("boot/vmlinuz-6.1.0-9-amd64"), "old");
        writeFile(root, QStringLiteral("boot/vmlinuz-6.1.0-18-amd64"), "new");
        writeFile(root, QStringLiteral("boot/vmlinuz-6.1.0-18-amd64.dpkg-tmp"), "garbage");
        writeFile(root, QStringLiteral("boot/initrd.img-6.1.0-18-amd64"), "initrd");
        const Run script = runSafetyScript(root, QStringLiteral("Debian"));
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));
        const QStringList lines = script.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).startsWith(
                     QStringLiteral("menuentry 'Debian GNU/Linux — without VFIO passthrough' ")),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).endsWith(QLatin1String("'vfio-isolator-safe-6.1.0-18-amd64' {")));
        QCOMPARE(lines.at(1), QStringLiteral("\tsearch --no-floppy --fs-uuid --set=root for-/dev/sda1"));
        QCOMPARE(lines.at(2),
                 QStringLiteral("\tlinux\t/boot/vmlinuz-6.1.0-18-amd64 root=/dev/sda2 ro console=ttyS0 quiet "
                                "intel_iommu=on vfio_isolator=off"));
        QCOMPARE(lines.at(3), QStringLiteral("\tinitrd\t/boot/initrd.img-6.1.0-18-amd64"));
        QCOMPARE(lines.at(4), QStringLiteral("}"));

        // GRUB's own parser accepts the entry.
        const QString checker = QStandardPaths::findExecutable(QStringLiteral("grub-script-check"));
        QVERIFY2(!checker.isEmpty(),
                 "grub-script-check is not installed: scripts/setup.sh installs grub2-common");
        writeFile(root, QStringLiteral("out.cfg"), script.out.toUtf8());
        const Run check = run(checker, {root + QStringLiteral("/out.cfg")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
    }

    void grubScriptLeavesOutVfioPciIds()
    {
        // With vfio-pci built in (Ubuntu's kernels), the IDs are on the command line, where vfio_isolator=off
        // cannot reach them: the safety entry must not carry them. Other words (even with a '*') stay.
        if (!QFile::exists(realGrubLibrary))
            QFAIL("GRUB's grub-mkconfig_lib is not installed: scripts/setup.sh installs grub2-common");
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("boot/vmlinuz-6.5.0-14-generic"), "kernel");
        writeFile(dir.path(), QStringLiteral("boot/initrd.img-6.5.0-14-generic"), "initrd");
        const Run script =
            runSafetyScript(dir.path(), QStringLiteral("Ubuntu"),
                            QStringLiteral("quiet  vfio-pci.ids=10de:1b80,10de:10f0 intel_iommu=on "
                                           "vfio_pci.ids=1002:67df dyndbg=file*.c splash"));
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));
        const QStringList lines = script.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(2),
                 QStringLiteral("\tlinux\t/boot/vmlinuz-6.5.0-14-generic root=/dev/sda2 ro console=ttyS0 "
                                "quiet intel_iommu=on dyndbg=file*.c splash vfio_isolator=off"));
    }

    void grubScriptNamesUbuntuLikeTenLinuxAndNeedsNoInitrd()
    {
        if (!QFile::exists(realGrubLibrary))
            QFAIL("GRUB's grub-mkconfig_lib is not installed: scripts/setup.sh installs grub2-common");
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("boot/vmlinuz-6.5.0-14-generic"), "kernel");
        const Run script = runSafetyScript(dir.path(), QStringLiteral("Ubuntu"));
        QVERIFY2(script.exitCode == 0, qPrintable(script.err));
        const QStringList lines = script.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("menuentry 'Ubuntu — without VFIO passthrough' ")),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(2).endsWith(QLatin1String(" vfio_isolator=off")));
        QVERIFY(!script.out.contains(QLatin1String("initrd")));

        // No kernel at all: no entry, and no failure that would stop grub-mkconfig.
        QTemporaryDir empty;
        QDir().mkpath(empty.path() + QStringLiteral("/boot"));
        const Run none = runSafetyScript(empty.path(), QStringLiteral("Debian"));
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
    }

    void loaderEntryCopyOfTheNewestEntry()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QByteArray newest = "title   Debian GNU/Linux\n"
                                  "version 6.1.0-18-amd64\n"
                                  "options root=UUID=2f1c ro intel_iommu=on\n"
                                  "linux   /vmlinuz-6.1.0-18-amd64\n";
        writeFile(root, QStringLiteral("boot/efi/loader/entries/debian-6.1.0-9-amd64.conf"),
                  "title Old\noptions ro\n");
        writeFile(root, QStringLiteral("boot/efi/loader/entries/debian-6.1.0-18-amd64.conf"), newest);
        writeFile(root, QStringLiteral("boot/efi/loader/entries/debian-6.1.0-9-amd64-vfio-safe.conf"),
                  "title stale\n");
        const Result<CommandLinePlan> plan =
            safetyEntryPlan(root, loader(BootLoaderKind::SystemdBootEntries));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->commands.isEmpty());
        QCOMPARE(plan->files.size(), 2);
        const FileChange &copy = plan->files.at(0);
        QCOMPARE(copy.path, QStringLiteral("/boot/efi/loader/entries/debian-6.1.0-18-amd64-vfio-safe.conf"));
        QCOMPARE(changedLines(QString::fromUtf8(newest), copy.newContent),
                 (QStringList{QStringLiteral("title Debian GNU/Linux — without VFIO passthrough"),
                              QStringLiteral("options root=UUID=2f1c ro intel_iommu=on vfio_isolator=off")}));
        // The older kernel's copy goes.
        QCOMPARE(plan->files.at(1).path,
                 QStringLiteral("/boot/efi/loader/entries/debian-6.1.0-9-amd64-vfio-safe.conf"));
        QVERIFY(plan->files.at(1).remove);
        applyFiles(plan);
        QVERIFY(changesNothing(safetyEntryPlan(root, loader(BootLoaderKind::SystemdBootEntries))));
        QCOMPARE(readFile(root, QStringLiteral("boot/efi/loader/entries/debian-6.1.0-18-amd64.conf")),
                 QString::fromUtf8(newest));

        const Result<CommandLinePlan> removal =
            safetyEntryRemovalPlan(root, loader(BootLoaderKind::SystemdBootEntries));
        QVERIFY2(removal.ok(), qPrintable(removal.error()));
        QCOMPARE(removal->files.size(), 1);
        QCOMPARE(removal->files.first().path, copy.path);
        QVERIFY(removal->files.first().remove);
    }

    void loaderEntryCopyLeavesOutVfioPciIds()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QByteArray entry = "title Pop!_OS\n"
                                 "options root=UUID=2f1c ro vfio-pci.ids=10de:1b80,10de:10f0 quiet\n"
                                 "options vfio_pci.ids=1002:67df splash\n"
                                 "linux /vmlinuz\n";
        writeFile(root, QStringLiteral("boot/efi/loader/entries/Pop_OS-current.conf"), entry);
        const Result<CommandLinePlan> plan =
            safetyEntryPlan(root, loader(BootLoaderKind::SystemdBootEntries));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->files.size(), 1);
        const QString safe = plan->files.first().newContent;
        QCOMPARE(loaderentries::options(safe),
                 QStringLiteral("root=UUID=2f1c ro quiet splash vfio_isolator=off"));
        QVERIFY(!safe.contains(QLatin1String("ids=")));
        QVERIFY(safe.contains(QLatin1String("linux /vmlinuz\n")));
    }

    void loaderConfDefaultIsTheOneCopied()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("boot/loader/loader.conf"), "timeout 3\ndefault fedora-6.5.5\n");
        writeFile(root, QStringLiteral("boot/loader/entries/fedora-6.5.5.conf"),
                  "title Fedora 6.5.5\noptions ro\n");
        writeFile(root, QStringLiteral("boot/loader/entries/fedora-6.5.6.conf"),
                  "title Fedora 6.5.6\noptions ro\n");
        const Result<CommandLinePlan> plan = safetyEntryPlan(root, loader(BootLoaderKind::GrubBls));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->files.size(), 1);
        QCOMPARE(plan->files.first().path,
                 QStringLiteral("/boot/loader/entries/fedora-6.5.5-vfio-safe.conf"));
        QCOMPARE(
            plan->files.first().newContent,
            QStringLiteral("title Fedora 6.5.5 — without VFIO passthrough\noptions ro vfio_isolator=off\n"));
    }

    void unknownBootLoaderIsRefused()
    {
        QTemporaryDir dir;
        const Result<CommandLinePlan> plan = safetyEntryPlan(dir.path(), loader(BootLoaderKind::Unknown));
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().contains(QLatin1String("vfio_isolator=off")));
        QVERIFY(changesNothing(plan));
        QTemporaryDir empty;
        QVERIFY(!safetyEntryPlan(empty.path(), loader(BootLoaderKind::SystemdBootEntries)).ok());
    }
};

QTEST_GUILESS_MAIN(BootSafetyTest)
#include "tst_boot_safety.moc"
