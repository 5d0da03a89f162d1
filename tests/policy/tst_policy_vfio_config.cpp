// SPDX-License-Identifier: GPL-3.0-or-later
// /etc/modprobe.d/vfio.conf: rendering (IDs, softdeps, bind-by-address hook), merging with hand-written
// lines, built-in vfio-pci, and parsing back.
#include "PolicyTestTree.h"

#include "policy/KernelModuleIndex.h"
#include "policy/ManagedBlock.h"
#include "policy/SelectionRules.h"
#include "policy/VfioConfig.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using vfio::test::address;

namespace {

// The directives of our block: no comments, no markers.
QStringList directives(const QString &text)
{
    QStringList result;
    for (const QString &line : ManagedBlock::inside(text)) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
            result.append(line);
    }
    return result;
}

// The hook command of an `install MODULE ...` line, made to run against a fake root: its /sys, a
// /proc/cmdline holding `commandLine`, and `echo` for modprobe (so its arguments are the output).
QString hookAgainst(const QString &line, const QString &module, const QString &fakeRoot,
                    const QByteArray &commandLine)
{
    QString command = line.mid(QStringLiteral("install %1 ").arg(module).size());
    command.replace(QStringLiteral("/sys/"), fakeRoot + QStringLiteral("/sys/"));
    command.replace(QStringLiteral("/proc/cmdline"), fakeRoot + QStringLiteral("/proc/cmdline"));
    command.replace(QStringLiteral("/sbin/modprobe"), QStringLiteral("echo"));
    test::writeFile(fakeRoot, QStringLiteral("proc/cmdline"), commandLine);
    return command;
}

// Every shell an initramfs may have here: dash as /bin/sh, bash, busybox ash when installed.
QList<QStringList> initramfsShells()
{
    QList<QStringList> shells{{QStringLiteral("/bin/sh")}, {QStringLiteral("/bin/bash")}};
    const QString busybox = QStandardPaths::findExecutable(QStringLiteral("busybox"));
    if (!busybox.isEmpty())
        shells.append({busybox, QStringLiteral("sh")});
    return shells;
}

struct HookRun
{
    int exitCode = -1;
    QByteArray output;
};

HookRun runHook(const QStringList &interpreter, const QString &command)
{
    QProcess run;
    run.start(interpreter.first(), interpreter.mid(1) + QStringList{QStringLiteral("-c"), command});
    if (!run.waitForFinished(10000))
        return {};
    return {run.exitCode(), run.readAllStandardOutput().trimmed()};
}

const QByteArray normalBoot =
    "BOOT_IMAGE=/boot/vmlinuz-6.1.0-50-amd64 root=/dev/vda1 ro intel_iommu=on quiet\n";
const QByteArray safetyBoot =
    "BOOT_IMAGE=/boot/vmlinuz-6.1.0-50-amd64 root=/dev/vda1 ro intel_iommu=on quiet vfio_isolator=off\n";

} // namespace

class PolicyVfioConfigTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_seed = test::scanFixture(QStringLiteral("seed"));
        const Result<KernelModuleIndex> loaded =
            KernelModuleIndex::load(test::fixtureRoot(QStringLiteral("seed")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_kernel = *loaded;
        QCOMPARE(m_kernel.release(), QStringLiteral("6.1.0-50-amd64"));
    }

    void fixtureKernelHasVfioVirqfdAsModule()
    {
        QVERIFY(m_kernel.isModule(QStringLiteral("vfio-pci")));
        QVERIFY(!m_kernel.vfioPciBuiltin());
        QCOMPARE(m_kernel.vfioInitramfsModules(),
                 (QStringList{QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"),
                              QStringLiteral("vfio_virqfd"), QStringLiteral("vfio_pci")}));
    }

    void claimingModulesMapDriverNamesToModules()
    {
        // virtio-pci (driver) is module virtio_pci: from the fixture's drivers/virtio-pci/module link.
        QCOMPARE(m_kernel.moduleForDriver(QStringLiteral("virtio-pci")), QStringLiteral("virtio_pci"));
        QCOMPARE(VfioConfig::claimingModules(*m_seed.find(address("0000:00:01.0")), m_kernel),
                 QStringList{QStringLiteral("virtio_pci")});
        QCOMPARE(VfioConfig::claimingModules(*m_seed.find(address("0000:02:00.0")), m_kernel),
                 QStringList{QStringLiteral("bochs")});
        QCOMPARE(VfioConfig::claimingModules(*m_seed.find(address("0000:03:00.0")), m_kernel),
                 QStringList{QStringLiteral("e1000e")});

        // Without sysfs links: the driver counts when the kernel has a module of that (normalised) name.
        const KernelModuleIndex bare(QStringLiteral("6.9"),
                                     {QStringLiteral("snd-hda-intel"), QStringLiteral("nvidia")}, {});
        PciDevice device;
        device.driver = QStringLiteral("snd_hda_intel");
        QCOMPARE(VfioConfig::claimingModules(device, bare), QStringList{QStringLiteral("snd_hda_intel")});
        device.driver = QStringLiteral("pcieport"); // built in, no module: nothing to hold back
        QVERIFY(VfioConfig::claimingModules(device, bare).isEmpty());
        device.driver = QStringLiteral("vfio-pci");
        device.modules = {QStringLiteral("nvidia"), QStringLiteral("vfio_pci")};
        QCOMPARE(VfioConfig::claimingModules(device, bare), QStringList{QStringLiteral("nvidia")});
    }

    void moduleIndexAnswersThroughLibkmod()
    {
        // A generated kernel, indexed by the real depmod: loadable, built in, and neither.
        QTemporaryDir dir;
        test::writeKernel(
            dir.path(), QStringLiteral("6.9.0-test"),
            {QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"), QStringLiteral("xhci_pci")},
            {QStringLiteral("vfio_pci")});
        const Result<KernelModuleIndex> kernel = KernelModuleIndex::load(dir.path());
        QVERIFY2(kernel.ok(), qPrintable(kernel.error()));
        QCOMPARE(kernel->release(), QStringLiteral("6.9.0-test")); // from proc/sys/kernel/osrelease
        QVERIFY(kernel->isModule(QStringLiteral("vfio-iommu-type1")));
        QVERIFY(!kernel->isBuiltin(QStringLiteral("vfio_iommu_type1")));
        QVERIFY(kernel->isBuiltin(QStringLiteral("vfio-pci")));
        QVERIFY(!kernel->isModule(QStringLiteral("vfio_pci")));
        QVERIFY(kernel->vfioPciBuiltin());
        QVERIFY(!kernel->exists(QStringLiteral("nvidia")));
        QCOMPARE(kernel->vfioInitramfsModules(),
                 (QStringList{QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1")}));

        // A snapshot that kept links as files: drivers/<driver>/module is read by the one link reader.
        test::writeFile(dir.path(), QStringLiteral("sys/bus/pci/drivers/xhci_hcd/module"),
                        "../../../../module/xhci_pci");
        const Result<KernelModuleIndex> flattened = KernelModuleIndex::load(dir.path());
        QVERIFY2(flattened.ok(), qPrintable(flattened.error()));
        QCOMPARE(flattened->moduleForDriver(QStringLiteral("xhci_hcd")), QStringLiteral("xhci_pci"));
    }

    void moduleIndexWithoutDepmodsIndexesFails()
    {
        // libkmod reads the indexes depmod writes (modules.dep.bin, ...), not the text modules.dep: a tree
        // that has only the text files cannot be read, and the sentence says how to rebuild them.
        QTemporaryDir dir;
        test::writeFile(dir.path(), QStringLiteral("lib/modules/6.9.0-test/modules.dep"),
                        "kernel/drivers/vfio/pci/vfio-pci.ko.zst:\n");
        const Result<KernelModuleIndex> kernel =
            KernelModuleIndex::load(dir.path(), QStringLiteral("6.9.0-test"));
        QVERIFY(!kernel.ok());
        QVERIFY2(kernel.error().contains(QStringLiteral("lib/modules/6.9.0-test/modules.dep")),
                 qPrintable(kernel.error()));
        QVERIFY2(kernel.error().contains(QStringLiteral("running depmod 6.9.0-test rebuilds it")),
                 qPrintable(kernel.error()));

        // No release at all: said with the file it would come from.
        const Result<KernelModuleIndex> unknown = KernelModuleIndex::load(dir.path());
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("proc/sys/kernel/osrelease is missing")),
                 qPrintable(unknown.error()));
    }

    void gpuAndAudioByIdWithSoftdeps()
    {
        const SelectionRules rules(m_seed);
        const auto bindings = rules.bindings({address("0000:02:00.0"), address("0000:02:00.1")});
        const RenderedConfig config = VfioConfig::render(m_seed, bindings, m_kernel, QString());
        QCOMPARE(directives(config.text),
                 (QStringList{QStringLiteral("options vfio-pci ids=1234:1111,8086:293e"),
                              QStringLiteral("install vfio-pci read -r c < /proc/cmdline; case \" $c \" in "
                                             "*\" vfio_isolator=off \"*) exit 0;; esac; exec /sbin/modprobe "
                                             "--ignore-install vfio-pci $CMDLINE_OPTS"),
                              QStringLiteral("softdep bochs pre: vfio-pci"),
                              QStringLiteral("softdep snd_hda_intel pre: vfio-pci")}));
        QVERIFY(config.text.startsWith(ManagedBlock::beginMarker()));
        QVERIFY(config.text.contains(QStringLiteral("Managed by VFIO Isolator")));
        QVERIFY(config.text.contains(QStringLiteral("To undo")));
        QVERIFY(config.text.trimmed().endsWith(ManagedBlock::endMarker()));
        QCOMPARE(config.ids, (QStringList{QStringLiteral("1234:1111"), QStringLiteral("8086:293e")}));
        QVERIFY(config.warnings.isEmpty());
        QVERIFY(config.kernelCommandLine.isEmpty());
        QVERIFY(VfioConfig::parse(config.text).addresses.isEmpty());
    }

    void safetyParameterKeepsVfioPciUnloadedWhenBindingById()
    {
        const SelectionRules rules(m_seed);
        const RenderedConfig config = VfioConfig::render(
            m_seed, rules.bindings({address("0000:02:00.0"), address("0000:02:00.1")}), m_kernel, QString());
        const QString install = directives(config.text).at(1);
        QVERIFY2(install.startsWith(QStringLiteral("install vfio-pci ")), qPrintable(install));
        QVERIFY(config.text.contains(QStringLiteral("vfio_isolator=off on the kernel command line")));
        QTemporaryDir fake;
        for (const QStringList &interpreter : initramfsShells()) {
            // A normal boot: the hook loads vfio-pci (modprobe is `echo` here).
            HookRun run = runHook(interpreter,
                                  hookAgainst(install, QStringLiteral("vfio-pci"), fake.path(), normalBoot));
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.output, QByteArray("--ignore-install vfio-pci"));
            // The safety boot: success without loading anything, so the softdeps' modprobe carries on.
            run = runHook(interpreter,
                          hookAgainst(install, QStringLiteral("vfio-pci"), fake.path(), safetyBoot));
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.output, QByteArray());
            // The word alone, as the first word, and a word that only contains it.
            run = runHook(interpreter, hookAgainst(install, QStringLiteral("vfio-pci"), fake.path(),
                                                   "vfio_isolator=off\n"));
            QCOMPARE(run.output, QByteArray());
            run = runHook(interpreter, hookAgainst(install, QStringLiteral("vfio-pci"), fake.path(),
                                                   "ro xvfio_isolator=off vfio_isolator=offx\n"));
            QCOMPARE(run.output, QByteArray("--ignore-install vfio-pci"));
        }
    }

    void identicalNicIsBoundByAddressAndItsIdStaysOut()
    {
        const SelectionRules rules(m_seed);
        const QList<PciAddress> selection{address("0000:02:00.0"), address("0000:02:00.1"),
                                          address("0000:04:00.0")};
        const RenderedConfig config =
            VfioConfig::render(m_seed, rules.bindings(selection), m_kernel, QString());
        const QStringList lines = directives(config.text);
        QCOMPARE(lines.at(0), QStringLiteral("options vfio-pci ids=1234:1111,8086:293e"));
        QVERIFY(!config.text.contains(QStringLiteral("10d3,")) &&
                !config.ids.contains(QStringLiteral("8086:10d3")));
        const QString install = lines.at(1);
        QVERIFY2(install.startsWith(QStringLiteral("install vfio-pci ")), qPrintable(install));
        QVERIFY(install.contains(QStringLiteral("0000:04:00.0")));
        QVERIFY(!install.contains(QStringLiteral("0000:03:00.0")));
        QVERIFY(install.contains(QStringLiteral("driver_override")));
        QVERIFY(install.contains(QStringLiteral("--ignore-install vfio-pci $CMDLINE_OPTS")));
        QVERIFY(lines.contains(QStringLiteral("softdep e1000e pre: vfio-pci")));

        // modprobe hands the command to /bin/sh: it must at least parse.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"),
                                                install.mid(QStringLiteral("install vfio-pci ").size())});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);

        // The by-address part is the same as before the safety check came in front of it.
        QVERIFY2(
            install.startsWith(QStringLiteral(
                "install vfio-pci read -r c < /proc/cmdline; case \" $c \" in *\" vfio_isolator=off \"*) "
                "exit 0;; esac; set -- /sys/class/iommu/*; if [ -e \"$1\" ]; then for d in 0000:04:00.0; "
                "do [ -e /sys/bus/pci/devices/$d/driver_override ] && echo vfio-pci > "
                "/sys/bus/pci/devices/$d/driver_override; done; fi; exec /sbin/modprobe")),
            qPrintable(install));

        // Run it against a fake /sys with every shell an initramfs may have here (dash as /bin/sh, bash,
        // busybox ash when installed): only the chosen card gets driver_override, then vfio-pci is loaded.
        QTemporaryDir fake;
        const QString command = hookAgainst(install, QStringLiteral("vfio-pci"), fake.path(), normalBoot);
        const QString safetyCommand =
            hookAgainst(install, QStringLiteral("vfio-pci"), fake.path(), safetyBoot);
        QCOMPARE(safetyCommand, command); // the same command; the fake /proc/cmdline decides
        for (const QStringList &interpreter : initramfsShells()) {
            const QString overrideOf03 = QStringLiteral("sys/bus/pci/devices/0000:03:00.0/driver_override");
            const QString overrideOf04 = QStringLiteral("sys/bus/pci/devices/0000:04:00.0/driver_override");
            test::writeFile(fake.path(), overrideOf03, "(null)\n");
            test::writeFile(fake.path(), overrideOf04, "(null)\n");
            test::writeFile(fake.path(), QStringLiteral("sys/class/iommu/dmar0/uevent"), "");
            // The safety boot: no driver_override, no vfio-pci, success.
            test::writeFile(fake.path(), QStringLiteral("proc/cmdline"), safetyBoot);
            HookRun safety = runHook(interpreter, command);
            QCOMPARE(safety.exitCode, 0);
            QCOMPARE(safety.output, QByteArray());
            QCOMPARE(test::readFile(fake.path(), overrideOf04), QStringLiteral("(null)\n"));
            QCOMPARE(test::readFile(fake.path(), overrideOf03), QStringLiteral("(null)\n"));

            test::writeFile(fake.path(), QStringLiteral("proc/cmdline"), normalBoot);
            HookRun run = runHook(interpreter, command);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.output, QByteArray("--ignore-install vfio-pci"));
            QCOMPARE(test::readFile(fake.path(), overrideOf04), QStringLiteral("vfio-pci\n"));
            QCOMPARE(test::readFile(fake.path(), overrideOf03), QStringLiteral("(null)\n"));

            // With the IOMMU off nothing is overridden, so the card keeps working on the host.
            QVERIFY(QDir(fake.path() + QStringLiteral("/sys/class/iommu")).removeRecursively());
            test::writeFile(fake.path(), overrideOf04, "(null)\n");
            run = runHook(interpreter, command);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(test::readFile(fake.path(), overrideOf04), QStringLiteral("(null)\n"));
        }

        const ConfiguredState state = VfioConfig::parse(config.text);
        QCOMPARE(state.addresses, QList<PciAddress>{address("0000:04:00.0")});
        QVERIFY(state.binds(*m_seed.find(address("0000:04:00.0"))));
        QVERIFY(!state.binds(*m_seed.find(address("0000:03:00.0"))));
        QVERIFY(state.binds(*m_seed.find(address("0000:02:00.1"))));
    }

    void realModprobeRunsTheHookBeforeTheClaimingDriver()
    {
        // kmod itself (dry run against the fixture's module index) reads our file: loading e1000e first runs
        // the install hook for vfio-pci (softdep), and loading bochs first loads vfio-pci with the IDs.
        const QString modprobe = QStandardPaths::findExecutable(
            QStringLiteral("modprobe"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        QVERIFY2(!modprobe.isEmpty(), "kmod's modprobe is needed (scripts/setup.sh installs kmod)");
        const SelectionRules rules(m_seed);
        QTemporaryDir config;
        test::writeFile(
            config.path(), QStringLiteral("vfio.conf"),
            VfioConfig::render(m_seed, rules.bindings({address("0000:04:00.0")}), m_kernel, QString())
                .text.toUtf8());
        const auto dryRun = [&](const QString &module, const QStringList &flags = {}) {
            QProcess run;
            run.start(modprobe, flags + QStringList{QStringLiteral("-n"), QStringLiteral("-v"),
                                                    QStringLiteral("-C"), config.path(), QStringLiteral("-d"),
                                                    test::fixtureRoot(QStringLiteral("seed")),
                                                    QStringLiteral("-S"), m_kernel.release(), module});
            run.waitForFinished(10000);
            return QString::fromUtf8(run.readAllStandardOutput());
        };
        const QString e1000e = dryRun(QStringLiteral("e1000e"));
        const qsizetype hook = e1000e.indexOf(QStringLiteral("install read -r c < /proc/cmdline; case"));
        const qsizetype driver = e1000e.indexOf(QStringLiteral("e1000e.ko"));
        QVERIFY2(hook >= 0 && driver > hook, qPrintable(e1000e));
        QVERIFY(e1000e.indexOf(QStringLiteral("esac; set -- /sys/class/iommu/*;")) > hook);
        QVERIFY(e1000e.contains(QStringLiteral("for d in 0000:04:00.0;")));

        test::writeFile(config.path(), QStringLiteral("vfio.conf"),
                        VfioConfig::render(m_seed,
                                           rules.bindings({address("0000:02:00.0"), address("0000:02:00.1")}),
                                           m_kernel, QString())
                            .text.toUtf8());
        // Binding by ID also goes through the hook (which checks for the safety parameter) before bochs...
        const QString bochs = dryRun(QStringLiteral("bochs"));
        const qsizetype idHook = bochs.indexOf(QStringLiteral("install read -r c < /proc/cmdline; case"));
        QVERIFY2(idHook >= 0 && bochs.indexOf(QStringLiteral("bochs.ko")) > idHook, qPrintable(bochs));
        QVERIFY2(bochs.contains(QStringLiteral("exec /sbin/modprobe --ignore-install vfio-pci")),
                 qPrintable(bochs));
        // ... and the hook's own modprobe loads vfio-pci with the IDs.
        const QString vfio = dryRun(QStringLiteral("vfio-pci"), {QStringLiteral("--ignore-install")});
        QVERIFY2(vfio.contains(QStringLiteral("vfio-pci.ko ids=1234:1111,8086:293e")), qPrintable(vfio));
    }

    void handWrittenLinesAreKeptAndConflictsReported()
    {
        const QString existing = QStringLiteral("# my GTX 1080 from last year\n"
                                                "options vfio-pci ids=10de:1b80 disable_vga=1\n"
                                                "blacklist nouveau\n");
        const SelectionRules rules(m_seed);
        const auto bindings = rules.bindings({address("0000:02:00.0"), address("0000:02:00.1")});
        const RenderedConfig config = VfioConfig::render(m_seed, bindings, m_kernel, existing);
        QVERIFY2(config.text.startsWith(existing + QStringLiteral("\n") + ManagedBlock::beginMarker()),
                 qPrintable(config.text));
        QCOMPARE(config.warnings.size(), 1);
        QVERIFY(config.warnings.first().contains(QStringLiteral("options vfio-pci ids=10de:1b80")));
        QVERIFY(config.warnings.first().contains(QStringLiteral("last one wins")));

        // Applying again replaces our block instead of adding a second one.
        const RenderedConfig again = VfioConfig::render(m_seed, bindings, m_kernel, config.text);
        QCOMPARE(again.text, config.text);
        QCOMPARE(again.text.count(ManagedBlock::beginMarker()), 1);

        // A different selection replaces the block; the user's lines stay.
        const auto nic = rules.bindings({address("0000:03:00.0"), address("0000:04:00.0")});
        const RenderedConfig changed = VfioConfig::render(m_seed, nic, m_kernel, config.text);
        QVERIFY(changed.text.startsWith(existing));
        QCOMPARE(directives(changed.text).first(), QStringLiteral("options vfio-pci ids=8086:10d3"));

        // Nothing selected: our block goes, the user's file is back as it was.
        const RenderedConfig none = VfioConfig::render(m_seed, {}, m_kernel, config.text);
        QCOMPARE(none.text, existing);
        QVERIFY(none.warnings.isEmpty());

        const ConfiguredState state = VfioConfig::parse(config.text);
        QVERIFY(state.managed);
        QCOMPARE(state.ids, (QStringList{QStringLiteral("10de:1b80"), QStringLiteral("1234:1111"),
                                         QStringLiteral("8086:293e")}));
        QCOMPARE(state.handWrittenIdLines,
                 QStringList{QStringLiteral("options vfio-pci ids=10de:1b80 disable_vga=1")});
        QCOMPARE(state.softdepModules,
                 (QStringList{QStringLiteral("bochs"), QStringLiteral("snd_hda_intel")}));
    }

    void handWrittenIdsThatTakeTheTwinAreCalledOut()
    {
        const QString existing = QStringLiteral("options vfio_pci ids=8086:10d3\n");
        const SelectionRules rules(m_seed);
        const RenderedConfig config =
            VfioConfig::render(m_seed, rules.bindings({address("0000:04:00.0")}), m_kernel, existing);
        QCOMPARE(config.warnings.size(), 2);
        QVERIFY2(config.warnings.at(1).contains(QStringLiteral("03:00.0")),
                 qPrintable(config.warnings.at(1)));
    }

    void handWrittenVfioPciInstallLineIsCalledOutForIdBindingsToo()
    {
        // modprobe runs one install command per module: a hand-written one would skip the safety check.
        const SelectionRules rules(m_seed);
        const RenderedConfig config = VfioConfig::render(
            m_seed, rules.bindings({address("0000:02:00.0"), address("0000:02:00.1")}), m_kernel,
            QStringLiteral("install vfio-pci /sbin/modprobe --ignore-install vfio-pci\n"));
        QCOMPARE(config.warnings.size(), 1);
        QVERIFY2(config.warnings.first().contains(QStringLiteral("install vfio-pci")),
                 qPrintable(config.warnings.first()));
        QVERIFY(config.warnings.first().contains(QStringLiteral("vfio_isolator=off")));
        // Nothing selected: no block of ours, so nothing to warn about.
        QVERIFY(VfioConfig::render(m_seed, {}, m_kernel, QStringLiteral("install vfio-pci /bin/true\n"))
                    .warnings.isEmpty());
    }

    void parsesAGuideStyleHandWrittenFile()
    {
        const ConfiguredState state =
            VfioConfig::parse(QStringLiteral("options vfio-pci ids=1002:67DF,1002:aaf0:ffffffff:ffffffff\n"
                                             "softdep amdgpu pre: vfio-pci\n"
                                             "softdep snd_hda_intel pre: vfio_pci\n"
                                             "softdep drm pre: foo post: vfio-pci\n"
                                             "# options vfio-pci ids=dead:beef\n"));
        QVERIFY(!state.managed);
        QCOMPARE(state.ids, (QStringList{QStringLiteral("1002:67df"), QStringLiteral("1002:aaf0")}));
        QCOMPARE(state.softdepModules,
                 (QStringList{QStringLiteral("amdgpu"), QStringLiteral("snd_hda_intel")}));
        QCOMPARE(state.handWrittenIdLines.size(), 1);
        QVERIFY(state.bindsId(QStringLiteral("1002:67DF")));
        QVERIFY(!state.bindsId(QStringLiteral("dead:beef")));
    }

    void builtinVfioPciPutsIdsOnTheKernelCommandLine()
    {
        const KernelModuleIndex builtin(
            QStringLiteral("6.8.0-generic"), {QStringLiteral("bochs"), QStringLiteral("snd_hda_intel")},
            {QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"), QStringLiteral("vfio_pci")});
        QVERIFY(builtin.vfioPciBuiltin());
        QVERIFY(builtin.vfioInitramfsModules().isEmpty());
        const SelectionRules rules(m_seed);
        const RenderedConfig config = VfioConfig::render(
            m_seed, rules.bindings({address("0000:02:00.0"), address("0000:02:00.1")}), builtin, QString());
        QCOMPARE(config.kernelCommandLine, QStringLiteral("vfio-pci.ids=1234:1111,8086:293e"));
        QVERIFY(directives(config.text).isEmpty());
        QVERIFY(config.text.contains(QStringLiteral("built into kernel 6.8.0-generic")));
        QVERIFY(config.text.contains(QStringLiteral("vfio-pci.ids=1234:1111,8086:293e")));
    }

    void builtinVfioPciBindsByAddressThroughTheClaimingDriver()
    {
        const KernelModuleIndex builtin(QStringLiteral("6.8.0-generic"), {QStringLiteral("e1000e")},
                                        {QStringLiteral("vfio"), QStringLiteral("vfio_pci")});
        const SelectionRules rules(m_seed);
        const RenderedConfig config =
            VfioConfig::render(m_seed, rules.bindings({address("0000:04:00.0")}), builtin, QString());
        QVERIFY(config.kernelCommandLine.isEmpty());
        const QStringList lines = directives(config.text);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("install e1000e ")), qPrintable(lines.first()));
        QVERIFY(lines.first().endsWith(
            QStringLiteral("exec /sbin/modprobe --ignore-install e1000e $CMDLINE_OPTS")));
        QVERIFY2(
            lines.first().startsWith(QStringLiteral(
                "install e1000e read -r c < /proc/cmdline; case \" $c \" in *\" vfio_isolator=off \"*) ;; "
                "*) set -- /sys/class/iommu/*;")),
            qPrintable(lines.first()));

        // Against a fake /sys: the chosen card is overridden and re-probed, then e1000e loads for the other.
        QTemporaryDir fake;
        const QString overrideOf04 = QStringLiteral("sys/bus/pci/devices/0000:04:00.0/driver_override");
        test::writeFile(fake.path(), overrideOf04, "(null)\n");
        test::writeFile(fake.path(), QStringLiteral("sys/bus/pci/devices/0000:03:00.0/driver_override"),
                        "(null)\n");
        test::writeFile(fake.path(), QStringLiteral("sys/bus/pci/drivers_probe"), "");
        test::writeFile(fake.path(), QStringLiteral("sys/class/iommu/dmar0/uevent"), "");
        const QString command = hookAgainst(lines.first(), QStringLiteral("e1000e"), fake.path(), safetyBoot);
        // The safety boot: e1000e loads for both cards, nothing is overridden or re-probed.
        for (const QStringList &interpreter : initramfsShells()) {
            const HookRun safety = runHook(interpreter, command);
            QCOMPARE(safety.exitCode, 0);
            QCOMPARE(safety.output, QByteArray("--ignore-install e1000e"));
            QCOMPARE(test::readFile(fake.path(), overrideOf04), QStringLiteral("(null)\n"));
            QCOMPARE(test::readFile(fake.path(), QStringLiteral("sys/bus/pci/drivers_probe")), QString());
        }
        test::writeFile(fake.path(), QStringLiteral("proc/cmdline"), normalBoot);
        const HookRun run = runHook({QStringLiteral("/bin/sh")}, command);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.output, QByteArray("--ignore-install e1000e"));
        QCOMPARE(test::readFile(fake.path(), overrideOf04), QStringLiteral("vfio-pci\n"));
        QCOMPARE(test::readFile(fake.path(), QStringLiteral("sys/bus/pci/drivers_probe")),
                 QStringLiteral("0000:04:00.0\n"));
        QCOMPARE(
            test::readFile(fake.path(), QStringLiteral("sys/bus/pci/devices/0000:03:00.0/driver_override")),
            QStringLiteral("(null)\n"));

        QCOMPARE(VfioConfig::parse(config.text).addresses, QList<PciAddress>{address("0000:04:00.0")});
        // A hand-written install line for that driver would fight the hook.
        const RenderedConfig conflict =
            VfioConfig::render(m_seed, rules.bindings({address("0000:04:00.0")}), builtin,
                               QStringLiteral("install e1000e /bin/true\n"));
        QCOMPARE(conflict.warnings.size(), 1);
        QVERIFY(conflict.warnings.first().contains(QStringLiteral("install e1000e")));
    }

    void builtinClaimingDriverIsAWarningNotASoftdep()
    {
        const KernelModuleIndex index(QStringLiteral("6.9"), {QStringLiteral("vfio_pci")},
                                      {QStringLiteral("e1000e")});
        const SelectionRules rules(m_seed);
        const RenderedConfig config = VfioConfig::render(
            m_seed, rules.bindings({address("0000:03:00.0"), address("0000:04:00.0")}), index, QString());
        QVERIFY(config.softdeps.isEmpty());
        QCOMPARE(config.warnings.size(), 2); // one per card
        QVERIFY(config.warnings.first().contains(QStringLiteral("built into kernel 6.9")));
    }

    void managedBlockSurvivesDamage()
    {
        // A block whose end marker was deleted is replaced as a whole, not duplicated.
        const QString damaged =
            QStringLiteral("keep me\n") + ManagedBlock::beginMarker() + QStringLiteral("\nold\n");
        const QString merged = ManagedBlock::merge(damaged, QStringLiteral("new\n"));
        QCOMPARE(merged, QStringLiteral("keep me\n") + ManagedBlock::beginMarker() +
                             QStringLiteral("\nnew\n") + ManagedBlock::endMarker() + QStringLiteral("\n"));
        QCOMPARE(ManagedBlock::merge(QString(), QString()), QString());
        QCOMPARE(ManagedBlock::outside(merged), QStringList{QStringLiteral("keep me")});
    }

private:
    Topology m_seed;
    KernelModuleIndex m_kernel;
};

QTEST_GUILESS_MAIN(PolicyVfioConfigTest)
#include "tst_policy_vfio_config.moc"
