// SPDX-License-Identifier: GPL-3.0-or-later
// Initramfs backends: the files each writes (merged with what is there) and the command each runs, and the
// detection of which one a system uses.
#include "PolicyTestTree.h"

#include "policy/InitramfsBackend.h"
#include "policy/ManagedBlock.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using vfio::test::writeFile;

namespace {

const QStringList vfioModules{QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"),
                              QStringLiteral("vfio_pci")};

InitramfsRequest request(const QString &root, QStringList modules = vfioModules)
{
    InitramfsRequest result;
    result.root = root;
    result.modules = std::move(modules);
    if (!result.modules.isEmpty())
        result.files = {QStringLiteral("/etc/modprobe.d/vfio.conf")};
    return result;
}

// mkinitcpio and dracut source their configuration with bash: ours must be valid shell.
bool bashAccepts(const QString &text)
{
    QProcess bash;
    bash.start(QStringLiteral("/bin/bash"), {QStringLiteral("-n"), QStringLiteral("-c"), text});
    return bash.waitForFinished(10000) && bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0;
}

QString bodyOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : ManagedBlock::inside(text)) {
        if (!line.startsWith(QLatin1Char('#')))
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class PolicyBackendsTest : public QObject
{
    Q_OBJECT

private slots:
    void initramfsToolsAppendsManagedLinesAndKeepsTheUsersOnes()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("usr/sbin/update-initramfs"), "#!/bin/sh\n");
        const QByteArray original = "# List of modules that you want to include in your initramfs.\n"
                                    "# Syntax:  module_name [args ...]\n"
                                    "dm_crypt\n";
        writeFile(root, QStringLiteral("etc/initramfs-tools/modules"), original);
        const auto backend = makeInitramfsToolsBackend();
        QCOMPARE(backend->name(), QStringLiteral("initramfs-tools"));
        QStringList warnings;
        const QList<FileChange> files = backend->files(request(root), &warnings);
        QCOMPARE(files.size(), 1);
        const FileChange &file = files.first();
        QCOMPARE(file.path, QStringLiteral("/etc/initramfs-tools/modules"));
        QCOMPARE(file.hostPath, root + QStringLiteral("/etc/initramfs-tools/modules"));
        QCOMPARE(file.oldContent, std::optional<QString>(QString::fromUtf8(original)));
        QVERIFY(file.newContent.startsWith(QString::fromUtf8(original)));
        QCOMPARE(bodyOf(file.newContent), QStringLiteral("vfio\nvfio_iommu_type1\nvfio_pci"));
        QVERIFY(!file.reason.isEmpty());
        QVERIFY(warnings.isEmpty());

        const QList<CommandStep> commands = backend->commands(request(root));
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.first().program, QStringLiteral("/usr/sbin/update-initramfs"));
        QCOMPARE(commands.first().hostProgram, root + QStringLiteral("/usr/sbin/update-initramfs"));
        QCOMPARE(commands.first().arguments,
                 (QStringList{QStringLiteral("-u"), QStringLiteral("-k"), QStringLiteral("all")}));
        QCOMPARE(commands.first().displayText(), QStringLiteral("/usr/sbin/update-initramfs -u -k all"));

        // Undo (nothing selected) gives the user's file back byte for byte.
        writeFile(root, QStringLiteral("etc/initramfs-tools/modules"), file.newContent.toUtf8());
        const QList<FileChange> undo = backend->files(request(root, {}), &warnings);
        QCOMPARE(undo.first().newContent, QString::fromUtf8(original));
    }

    void initramfsToolsFoundInSbin()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("sbin/update-initramfs"), "#!/bin/sh\n");
        const auto backend = makeInitramfsToolsBackend();
        QCOMPARE(backend->findTool(dir.path()), QStringLiteral("/sbin/update-initramfs"));
        QCOMPARE(backend->commands(request(dir.path())).first().program,
                 QStringLiteral("/sbin/update-initramfs"));
        // No file yet: it is created.
        const FileChange file = backend->files(request(dir.path()), nullptr).first();
        QVERIFY(!file.oldContent);
        QVERIFY(file.changes());
    }

    void mkinitcpioWritesADropIn()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("usr/bin/mkinitcpio"), "#!/bin/bash\n");
        const auto backend = makeMkinitcpioBackend();
        QStringList warnings;
        FileChange file = backend->files(request(root), &warnings).first();
        QCOMPARE(file.path, QStringLiteral("/etc/mkinitcpio.conf.d/vfio-isolator.conf"));
        QVERIFY(!file.oldContent);
        QCOMPARE(bodyOf(file.newContent), QStringLiteral("MODULES+=(vfio vfio_iommu_type1 vfio_pci)\n"
                                                         "FILES+=(/etc/modprobe.d/vfio.conf)"));
        QVERIFY(bashAccepts(file.newContent));
        QCOMPARE(warnings.size(), 1); // the drop-in folder did not exist: older mkinitcpio ignores it
        QVERIFY(warnings.first().contains(QStringLiteral("version 36")));

        // An existing drop-in folder and a hand-written line in our file: no warning, the line stays.
        writeFile(root, QStringLiteral("etc/mkinitcpio.conf.d/vfio-isolator.conf"), "MODULES+=(kvmfr)\n");
        warnings.clear();
        file = backend->files(request(root), &warnings).first();
        QVERIFY(warnings.isEmpty());
        QVERIFY(file.newContent.startsWith(QStringLiteral("MODULES+=(kvmfr)\n")));
        QVERIFY(bashAccepts(file.newContent));

        const CommandStep command = backend->commands(request(root)).first();
        QCOMPARE(command.program, QStringLiteral("/usr/bin/mkinitcpio"));
        QCOMPARE(command.arguments, QStringList{QStringLiteral("-P")});
    }

    void dracutWritesForceDriversAndInstallItems()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("usr/bin/dracut"), "#!/bin/bash\n");
        const auto backend = makeDracutBackend();
        const FileChange file = backend->files(request(root), nullptr).first();
        QCOMPARE(file.path, QStringLiteral("/etc/dracut.conf.d/vfio-isolator.conf"));
        QCOMPARE(bodyOf(file.newContent),
                 QStringLiteral("force_drivers+=\" vfio vfio_iommu_type1 vfio_pci \"\n"
                                "install_items+=\" /etc/modprobe.d/vfio.conf \""));
        QVERIFY(bashAccepts(file.newContent));
        const CommandStep command = backend->commands(request(root)).first();
        QCOMPARE(command.program, QStringLiteral("/usr/bin/dracut"));
        QCOMPARE(command.arguments, (QStringList{QStringLiteral("-f"), QStringLiteral("--regenerate-all")}));
    }

    void filesWithoutModulesStillGoIn()
    {
        // Built-in vfio-pci with a device bound by address: no module to add, but vfio.conf must be inside.
        QTemporaryDir dir;
        InitramfsRequest onlyFiles = request(dir.path(), {});
        onlyFiles.files = {QStringLiteral("/etc/modprobe.d/vfio.conf")};
        QCOMPARE(bodyOf(makeDracutBackend()->files(onlyFiles, nullptr).first().newContent),
                 QStringLiteral("install_items+=\" /etc/modprobe.d/vfio.conf \""));
        QCOMPARE(bodyOf(makeMkinitcpioBackend()->files(onlyFiles, nullptr).first().newContent),
                 QStringLiteral("FILES+=(/etc/modprobe.d/vfio.conf)"));
    }

    void boosterMergesTheUsersModulesForceLoad()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("usr/bin/booster"), "");
        writeFile(root, QStringLiteral("usr/lib/booster/regenerate_images"), "#!/bin/bash\n");
        const QByteArray original = "compression: zstd\nmodules_force_load: amdgpu,nvme\nstrip: true\n";
        writeFile(root, QStringLiteral("etc/booster.yaml"), original);
        const auto backend = makeBoosterBackend();
        QStringList warnings;
        const FileChange file = backend->files(request(root), &warnings).first();
        QCOMPARE(file.path, QStringLiteral("/etc/booster.yaml"));
        QCOMPARE(bodyOf(file.newContent),
                 QStringLiteral("modules_force_load: amdgpu,nvme,vfio,vfio_iommu_type1,vfio_pci"));
        // The key appears once, uncommented: valid YAML.
        int keys = 0;
        for (const QString &line : file.newContent.split(QLatin1Char('\n')))
            keys += line.startsWith(QStringLiteral("modules_force_load:")) ? 1 : 0;
        QCOMPARE(keys, 1);
        QVERIFY(file.newContent.contains(
            QStringLiteral("# moved into the VFIO Isolator block: modules_force_load: amdgpu,nvme")));
        QVERIFY(file.newContent.startsWith(QStringLiteral("compression: zstd\n")));
        QCOMPARE(warnings.size(), 2);
        // Booster's own loading of vfio_pci skips vfio.conf's hook, so the safety boot cannot stop it.
        QVERIFY2(warnings.first().contains(QStringLiteral("vfio_isolator=off")),
                 qPrintable(warnings.first()));
        QVERIFY(warnings.last().contains(QStringLiteral("modules_force_load: amdgpu,nvme")));

        // Applying again is stable; undo brings the user's line back as it was.
        writeFile(root, QStringLiteral("etc/booster.yaml"), file.newContent.toUtf8());
        QCOMPARE(backend->files(request(root), nullptr).first().newContent, file.newContent);
        QCOMPARE(backend->files(request(root, {}), nullptr).first().newContent, QString::fromUtf8(original));

        const CommandStep command = backend->commands(request(root)).first();
        QCOMPARE(command.program, QStringLiteral("/usr/lib/booster/regenerate_images"));
        QVERIFY(command.arguments.isEmpty());
    }

    void boosterLeavesVfioPciToModprobeWhenAddressesAreBound()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("usr/bin/booster"), "");
        InitramfsRequest withHook = request(root);
        withHook.addressHook = true;
        QStringList warnings;
        const FileChange file = makeBoosterBackend()->files(withHook, &warnings).first();
        QCOMPARE(bodyOf(file.newContent), QStringLiteral("modules_force_load: vfio,vfio_iommu_type1"));
        QCOMPARE(warnings.size(), 2); // the hook, and the missing regenerate_images script
        QVERIFY(warnings.first().contains(QStringLiteral("without modprobe")));
        QVERIFY(warnings.last().contains(QStringLiteral("regenerate_images is missing")));
    }

    void detectsEachGenerator_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("expected");
        QTest::newRow("initramfs-tools") << "usr/sbin/update-initramfs"
                                         << "initramfs-tools";
        QTest::newRow("mkinitcpio") << "usr/bin/mkinitcpio"
                                    << "mkinitcpio";
        QTest::newRow("dracut") << "usr/bin/dracut"
                                << "dracut";
        QTest::newRow("dracut in sbin") << "usr/sbin/dracut"
                                        << "dracut";
        QTest::newRow("booster") << "usr/bin/booster"
                                 << "booster";
    }

    void detectsEachGenerator()
    {
        QFETCH(QString, tool);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeFile(dir.path(), tool, "");
        const BackendDetection detection = detectInitramfsBackend(dir.path());
        QVERIFY2(detection.backend.ok(), qPrintable(detection.backend.error()));
        QCOMPARE(detection.backend.value()->name(), expected);
        QVERIFY(detection.backend.error().isEmpty());
    }

    void osReleaseBreaksTies_data()
    {
        QTest::addColumn<QByteArray>("osRelease");
        QTest::addColumn<QString>("expected");
        QTest::newRow("debian") << QByteArray("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n")
                                << "initramfs-tools";
        QTest::newRow("ubuntu via ID_LIKE")
            << QByteArray("ID=pop\nID_LIKE=\"ubuntu debian\"\n") << "initramfs-tools";
        QTest::newRow("fedora") << QByteArray("ID=fedora\n") << "dracut";
        QTest::newRow("arch") << QByteArray("ID=arch\n") << "mkinitcpio";
        QTest::newRow("endeavouros") << QByteArray("ID=endeavouros\nID_LIKE=arch\n") << "mkinitcpio";
    }

    void osReleaseBreaksTies()
    {
        QFETCH(QByteArray, osRelease);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        for (const char *tool : {"usr/sbin/update-initramfs", "usr/bin/dracut", "usr/bin/mkinitcpio"})
            writeFile(dir.path(), QString::fromLatin1(tool), "");
        writeFile(dir.path(), QStringLiteral("etc/os-release"), osRelease);
        const BackendDetection detection = detectInitramfsBackend(dir.path());
        QVERIFY(detection.backend.ok());
        QCOMPARE(detection.backend.value()->name(), expected);
        QVERIFY(detection.notes.first().contains(QStringLiteral("Several initramfs generators")));
    }

    void unknownDistributionIsAClearError()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("etc/os-release"),
                  "PRETTY_NAME=\"Exotic Linux 1\"\nID=exotic\n");
        const BackendDetection detection = detectInitramfsBackend(dir.path());
        QVERIFY(!detection.backend.ok());
        QCOMPARE(detection.osName, QStringLiteral("Exotic Linux 1"));
        QVERIFY2(detection.backend.error().contains(
                     QStringLiteral("No supported initramfs generator was found on Exotic Linux 1")),
                 qPrintable(detection.backend.error()));
        QVERIFY(detection.backend.error().contains(QStringLiteral("/usr/sbin/update-initramfs")));
        QVERIFY(detection.backend.error().contains(QStringLiteral("by hand"))); // the way out
        QVERIFY(!makeInitramfsBackend(QStringLiteral("grub")));
    }
};

QTEST_GUILESS_MAIN(PolicyBackendsTest)
#include "tst_policy_backends.moc"
