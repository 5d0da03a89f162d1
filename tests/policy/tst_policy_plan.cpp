// SPDX-License-Identifier: GPL-3.0-or-later
// makePlan, the single entry point the helper calls: validation, bindings, files and commands per system.
#include "PolicyTestTree.h"

#include "policy/ApplyPlan.h"
#include "policy/ManagedBlock.h"
#include "policy/VfioConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using vfio::test::address;
using vfio::test::writeFile;

namespace {

const QString release61 = QStringLiteral("6.1.0-50-amd64");

// A system root of the given distribution with the fixtures' kernel modules.
void makeSystem(const QString &root, const QString &distro,
                const QStringList &modules = test::kernel61Modules(), const QStringList &builtin = {},
                const QString &release = release61)
{
    test::writeKernel(root, release, modules, builtin);
    if (distro == QStringLiteral("debian")) {
        writeFile(root, QStringLiteral("usr/sbin/update-initramfs"), "#!/bin/sh\n");
        writeFile(root, QStringLiteral("etc/os-release"),
                  "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");
        writeFile(root, QStringLiteral("etc/initramfs-tools/modules"), "# List of modules\n");
    } else if (distro == QStringLiteral("arch")) {
        writeFile(root, QStringLiteral("usr/bin/mkinitcpio"), "#!/bin/bash\n");
        writeFile(root, QStringLiteral("etc/os-release"), "PRETTY_NAME=\"Arch Linux\"\nID=arch\n");
        QDir().mkpath(root + QStringLiteral("/etc/mkinitcpio.conf.d"));
    }
}

const FileChange *fileAt(const ApplyPlan &plan, const QString &path)
{
    for (const FileChange &file : plan.files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

// Writes a plan's files, as the helper would.
void apply(const ApplyPlan &plan)
{
    for (const FileChange &file : plan.files) {
        QDir().mkpath(QFileInfo(file.hostPath).absolutePath());
        QFile out(file.hostPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(file.newContent.toUtf8());
    }
}

QStringList moduleLines(const QString &text)
{
    QStringList result;
    for (const QString &line : ManagedBlock::inside(text)) {
        if (!line.startsWith(QLatin1Char('#')))
            result.append(line);
    }
    return result;
}

} // namespace

class PolicyPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_seed = test::scanFixture(QStringLiteral("seed"));
        QCOMPARE(m_seed.kernelRelease, release61);
    }

    void gpuAndAudioOnDebian()
    {
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("debian"));
        const ApplyPlan plan =
            makePlan(m_seed, {address("0000:02:00.1"), address("0000:02:00.0")}, dir.path());
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.backend, QStringLiteral("initramfs-tools"));
        QCOMPARE(plan.kernelRelease, release61);
        QCOMPARE(plan.devices, (QList<PciAddress>{address("0000:02:00.0"), address("0000:02:00.1")}));
        QCOMPARE(plan.bindings.size(), 2);
        QCOMPARE(plan.files.size(), 2);

        const FileChange *conf = fileAt(plan, QStringLiteral("/etc/modprobe.d/vfio.conf"));
        QVERIFY(conf);
        QVERIFY(!conf->oldContent);
        QCOMPARE(conf->hostPath, dir.path() + QStringLiteral("/etc/modprobe.d/vfio.conf"));
        QVERIFY(conf->newContent.contains(QStringLiteral("\noptions vfio-pci ids=1234:1111,8086:293e\n")));
        QVERIFY(conf->newContent.contains(QStringLiteral("\nsoftdep bochs pre: vfio-pci\n")));
        QVERIFY(conf->newContent.contains(QStringLiteral("\nsoftdep snd_hda_intel pre: vfio-pci\n")));

        const FileChange *modules = fileAt(plan, QStringLiteral("/etc/initramfs-tools/modules"));
        QVERIFY(modules);
        QCOMPARE(moduleLines(modules->newContent),
                 (QStringList{QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"),
                              QStringLiteral("vfio_virqfd"), QStringLiteral("vfio_pci")}));
        QVERIFY(modules->newContent.startsWith(QStringLiteral("# List of modules\n")));

        QCOMPARE(plan.commands.size(), 1);
        QCOMPARE(plan.commands.first().displayText(), QStringLiteral("/usr/sbin/update-initramfs -u -k all"));

        // 02:00.0 is the seed machine's boot GPU: allowed, but said loudly.
        QCOMPARE(plan.hostCritical.size(), 1);
        QCOMPARE(plan.hostCritical.first().address, address("0000:02:00.0"));
        QVERIFY(plan.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("boot GPU")));

        // Planning again after applying: nothing left to change, nothing to run.
        apply(plan);
        const ApplyPlan again = makePlan(m_seed, plan.devices, dir.path());
        QVERIFY(again.ok());
        QVERIFY(again.files.isEmpty());
        QVERIFY(again.commands.isEmpty());
        const ConfiguredState state =
            VfioConfig::parse(test::readFile(dir.path(), QStringLiteral("etc/modprobe.d/vfio.conf")));
        QVERIFY(state.binds(*m_seed.find(address("0000:02:00.0"))));
        QVERIFY(!state.binds(*m_seed.find(address("0000:03:00.0"))));
    }

    void newerKernelHasNoVfioVirqfd()
    {
        QTemporaryDir dir;
        Topology topology = m_seed;
        topology.kernelRelease = QStringLiteral("6.6.13-amd64");
        makeSystem(dir.path(), QStringLiteral("debian"), test::kernel66Modules(), {}, topology.kernelRelease);
        const ApplyPlan plan =
            makePlan(topology, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path());
        QVERIFY(plan.ok());
        QCOMPARE(moduleLines(fileAt(plan, QStringLiteral("/etc/initramfs-tools/modules"))->newContent),
                 (QStringList{QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"),
                              QStringLiteral("vfio_pci")}));
    }

    void identicalNicOnArchIsBoundByAddress()
    {
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("arch"));
        const ApplyPlan plan = makePlan(m_seed, {address("0000:04:00.0")}, dir.path());
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.backend, QStringLiteral("mkinitcpio"));
        QCOMPARE(plan.bindings.size(), 1);
        QVERIFY(plan.bindings.first().method == BindMethod::ByAddress);
        const QString conf = fileAt(plan, QStringLiteral("/etc/modprobe.d/vfio.conf"))->newContent;
        QVERIFY(!conf.contains(QStringLiteral("options vfio-pci ids=")));
        QVERIFY(conf.contains(QStringLiteral("install vfio-pci ")));
        QVERIFY(conf.contains(QStringLiteral("for d in 0000:04:00.0;")));
        QVERIFY(conf.contains(QStringLiteral("\nsoftdep e1000e pre: vfio-pci\n")));
        const FileChange *dropIn = fileAt(plan, QStringLiteral("/etc/mkinitcpio.conf.d/vfio-isolator.conf"));
        QVERIFY(dropIn);
        QVERIFY(dropIn->newContent.contains(
            QStringLiteral("MODULES+=(vfio vfio_iommu_type1 vfio_virqfd vfio_pci)")));
        QVERIFY(dropIn->newContent.contains(QStringLiteral("FILES+=(/etc/modprobe.d/vfio.conf)")));
        QCOMPARE(plan.commands.first().displayText(), QStringLiteral("/usr/bin/mkinitcpio -P"));
        QVERIFY(plan.warnings.isEmpty());
    }

    void invalidSelectionsAreRefusedWithNothingToWrite_data()
    {
        QTest::addColumn<QList<PciAddress>>("selection");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("incomplete group") << QList<PciAddress>{address("0000:02:00.0")} << "02:00.1";
        QTest::newRow("root port") << QList<PciAddress>{address("0000:00:1c.0")} << "root port";
        QTest::newRow("unknown") << QList<PciAddress>{address("0000:0a:00.0")} << "0000:0a:00.0";
    }

    void invalidSelectionsAreRefusedWithNothingToWrite()
    {
        QFETCH(QList<PciAddress>, selection);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("debian"));
        const ApplyPlan plan = makePlan(m_seed, selection, dir.path());
        QVERIFY(!plan.ok());
        QVERIFY2(plan.errors.join(QLatin1Char('\n')).contains(mentions),
                 qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QVERIFY(plan.files.isEmpty());
        QVERIFY(plan.commands.isEmpty());
    }

    void unknownDistributionIsRefused()
    {
        QTemporaryDir dir;
        test::writeKernel(dir.path(), release61, test::kernel61Modules());
        writeFile(dir.path(), QStringLiteral("etc/os-release"), "PRETTY_NAME=\"Exotic Linux\"\nID=exotic\n");
        const ApplyPlan plan =
            makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path());
        QVERIFY(!plan.ok());
        QVERIFY(plan.errors.first().contains(
            QStringLiteral("No supported initramfs generator was found on Exotic Linux")));
        QVERIFY(plan.files.isEmpty());
    }

    // A snapshot's review (PlanOptions::fallbackBackend): no generator under the root is planned for the one
    // its os-release names, or the fallback, with a notice; the helper and the CLI pass no fallback and are
    // still refused (above).
    void snapshotWithoutGeneratorIsPlannedForAnAssumedOne()
    {
        PlanOptions snapshot;
        snapshot.fallbackBackend = QStringLiteral("initramfs-tools");
        {
            QTemporaryDir dir;
            test::writeKernel(dir.path(), release61, test::kernel61Modules());
            const ApplyPlan refused =
                makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path());
            QVERIFY(!refused.ok());
            QVERIFY(refused.notices.isEmpty());

            const ApplyPlan plan =
                makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path(), snapshot);
            QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
            QCOMPARE(plan.backend, QStringLiteral("initramfs-tools"));
            QVERIFY(fileAt(plan, VfioConfig::path()));
            QVERIFY(fileAt(plan, QStringLiteral("/etc/initramfs-tools/modules")));
            QCOMPARE(plan.commands.size(), 1);
            QCOMPARE(plan.commands.first().displayText(),
                     QStringLiteral("/usr/sbin/update-initramfs -u -k all"));
            QCOMPARE(plan.notices.size(), 1);
            QVERIFY2(plan.notices.first().contains(
                         QStringLiteral("No initramfs generator was found in this snapshot")),
                     qPrintable(plan.notices.first()));
            QVERIFY(plan.notices.first().contains(QStringLiteral("as on a Debian or Ubuntu system")));
            QVERIFY(plan.notices.first().contains(
                QStringLiteral("then run /usr/sbin/update-initramfs -u -k all")));
        }
        {
            // The snapshot's os-release names Arch: planned for mkinitcpio, "as on Arch Linux".
            QTemporaryDir dir;
            test::writeKernel(dir.path(), release61, test::kernel61Modules());
            writeFile(dir.path(), QStringLiteral("etc/os-release"), "PRETTY_NAME=\"Arch Linux\"\nID=arch\n");
            const ApplyPlan plan =
                makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path(), snapshot);
            QVERIFY(plan.ok());
            QCOMPARE(plan.backend, QStringLiteral("mkinitcpio"));
            QVERIFY(plan.notices.first().contains(
                QStringLiteral("as on Arch Linux, which builds its initramfs with "
                               "mkinitcpio")));
        }
        {
            // A root with its generator has no notice, fallback or not.
            QTemporaryDir dir;
            makeSystem(dir.path(), QStringLiteral("debian"));
            const ApplyPlan plan =
                makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path(), snapshot);
            QVERIFY(plan.ok());
            QVERIFY(plan.notices.isEmpty());
        }
    }

    // The review and the CLI's preview carry the window's caution: the root disk's controller is unknown
    // (no mount table, no block devices under this root) and a storage controller is chosen.
    void storageControllerOfAnUnknownRootDiskIsCautioned()
    {
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("debian"));
        const ApplyPlan disk = makePlan(m_seed, {address("0000:00:01.0")}, dir.path());
        QVERIFY2(disk.ok(), qPrintable(disk.errors.join(QLatin1Char('\n'))));
        QVERIFY2(disk.warnings.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("cannot tell which controller holds")),
                 qPrintable(disk.warnings.join(QLatin1Char('\n'))));
        const ApplyPlan nic = makePlan(m_seed, {address("0000:03:00.0")}, dir.path());
        QVERIFY(
            !nic.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("cannot tell which controller")));
    }

    // What vfio.conf gives vfio-pci now and once the plan is written, for the review's kept / added /
    // removed.
    void configuredDevicesBeforeAndAfter()
    {
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("debian"));
        const QList<PciAddress> gpu{address("0000:02:00.0"), address("0000:02:00.1")};
        const ApplyPlan first = makePlan(m_seed, gpu, dir.path());
        QVERIFY(first.ok());
        QVERIFY(first.configuredBefore.isEmpty());
        QCOMPARE(first.configuredAfter, gpu);
        apply(first);

        const ApplyPlan swap = makePlan(m_seed, {address("0000:03:00.0")}, dir.path());
        QVERIFY(swap.ok());
        QCOMPARE(swap.configuredBefore, gpu);
        QCOMPARE(swap.configuredAfter, QList<PciAddress>{address("0000:03:00.0")});

        // A hand-written line outside the block keeps its devices, whatever is ticked.
        writeFile(dir.path(), QStringLiteral("etc/modprobe.d/vfio.conf"),
                  "options vfio-pci ids=1234:1111,8086:293e\n");
        const ApplyPlan none = makePlan(m_seed, {}, dir.path());
        QVERIFY(none.ok());
        QCOMPARE(none.configuredBefore, gpu);
        QCOMPARE(none.configuredAfter, gpu);

        // A refused plan writes nothing: after is before.
        const ApplyPlan refused = makePlan(m_seed, {address("0000:02:00.0")}, dir.path());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.configuredAfter, refused.configuredBefore);
    }

    void missingKernelModulesAreRefused()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("usr/sbin/update-initramfs"), "");
        const ApplyPlan plan =
            makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path());
        QVERIFY(!plan.ok());
        QVERIFY2(plan.errors.first().contains(QStringLiteral("lib/modules/6.1.0-50-amd64")),
                 qPrintable(plan.errors.first()));
    }

    void kernelWithoutVfioPciIsRefused()
    {
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("debian"), {QStringLiteral("bochs")});
        const ApplyPlan plan =
            makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path());
        QVERIFY(!plan.ok());
        QVERIFY(plan.errors.first().contains(QStringLiteral("no vfio-pci")));
    }

    void builtinVfioPciNeedsTheKernelCommandLine()
    {
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("debian"),
                   {QStringLiteral("bochs"), QStringLiteral("snd_hda_intel")},
                   {QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"), QStringLiteral("vfio_pci")});
        const ApplyPlan plan =
            makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path());
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.kernelCommandLine, QStringLiteral("vfio-pci.ids=1234:1111,8086:293e"));
        QVERIFY(plan.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("kernel command line")));
        // No initramfs change for vfio-pci: the modules file is untouched.
        QVERIFY(!fileAt(plan, QStringLiteral("/etc/initramfs-tools/modules")));
        QVERIFY(!fileAt(plan, QStringLiteral("/etc/modprobe.d/vfio.conf"))
                     ->newContent.contains(QStringLiteral("\noptions ")));

        // Binding by address: the hook sits on the claiming driver (e1000e), and vfio.conf goes into the
        // initramfs because of it.
        const ApplyPlan byAddress = makePlan(m_seed, {address("0000:04:00.0")}, dir.path());
        QVERIFY2(byAddress.ok(), qPrintable(byAddress.errors.join(QLatin1Char('\n'))));
        QVERIFY(byAddress.kernelCommandLine.isEmpty());
        const QString conf = fileAt(byAddress, QStringLiteral("/etc/modprobe.d/vfio.conf"))->newContent;
        QVERIFY2(
            conf.contains(QStringLiteral("\ninstall e1000e read -r c < /proc/cmdline; case \" $c \" in *\" "
                                         "vfio_isolator=off \"*) ;; *) set -- /sys/class/iommu/*;")),
            qPrintable(conf));
        QVERIFY(conf.contains(QStringLiteral("echo $d > /sys/bus/pci/drivers_probe")));
        QVERIFY(!conf.contains(QStringLiteral("install vfio-pci")));
        QCOMPARE(VfioConfig::parse(conf).addresses, QList<PciAddress>{address("0000:04:00.0")});
    }

    void emptySelectionUndoesOurConfigurationAndKeepsTheUsers()
    {
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("debian"));
        const QByteArray handWritten = "# mine\nblacklist nouveau\n";
        writeFile(dir.path(), QStringLiteral("etc/modprobe.d/vfio.conf"), handWritten);
        apply(makePlan(m_seed, {address("0000:02:00.0"), address("0000:02:00.1")}, dir.path()));
        QVERIFY(test::readFile(dir.path(), QStringLiteral("etc/modprobe.d/vfio.conf"))
                    .startsWith(QString::fromUtf8(handWritten)));

        const ApplyPlan none = makePlan(m_seed, {}, dir.path());
        QVERIFY(none.ok());
        QCOMPARE(none.files.size(), 2);
        QCOMPARE(fileAt(none, QStringLiteral("/etc/modprobe.d/vfio.conf"))->newContent,
                 QString::fromUtf8(handWritten));
        QCOMPARE(fileAt(none, QStringLiteral("/etc/initramfs-tools/modules"))->newContent,
                 QStringLiteral("# List of modules\n"));
        QCOMPARE(none.commands.size(), 1);

        // On a clean system an empty selection has nothing to do.
        QTemporaryDir clean;
        makeSystem(clean.path(), QStringLiteral("debian"));
        const ApplyPlan nothing = makePlan(m_seed, {}, clean.path());
        QVERIFY(nothing.ok());
        QVERIFY(nothing.files.isEmpty());
        QVERIFY(nothing.commands.isEmpty());
    }

    void otherModprobeFilesBindingVfioAreReported()
    {
        QTemporaryDir dir;
        makeSystem(dir.path(), QStringLiteral("debian"));
        writeFile(dir.path(), QStringLiteral("etc/modprobe.d/gpu-passthrough.conf"),
                  "options vfio-pci ids=10de:1b80\n");
        const ApplyPlan plan =
            makePlan(m_seed, {address("0000:01:01.0"), address("0000:01:02.0")}, dir.path());
        QVERIFY(plan.ok());
        QVERIFY(plan.warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("/etc/modprobe.d/gpu-passthrough.conf")));
    }

    void forcedBackend()
    {
        QTemporaryDir dir;
        test::writeKernel(dir.path(), release61, test::kernel61Modules());
        const ApplyPlan plan = makePlan(m_seed, {address("0000:01:01.0"), address("0000:01:02.0")},
                                        dir.path(), PlanOptions{QStringLiteral("dracut")});
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QVERIFY(fileAt(plan, QStringLiteral("/etc/dracut.conf.d/vfio-isolator.conf")));
        QCOMPARE(plan.commands.first().program, QStringLiteral("/usr/bin/dracut"));
        const ApplyPlan bad = makePlan(m_seed, {}, dir.path(), PlanOptions{QStringLiteral("grub")});
        QVERIFY(!bad.ok());
        QVERIFY(bad.errors.first().contains(QStringLiteral("grub")));
    }

private:
    Topology m_seed;
};

QTEST_GUILESS_MAIN(PolicyPlanTest)
#include "tst_policy_plan.moc"
