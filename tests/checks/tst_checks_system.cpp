// SPDX-License-Identifier: GPL-3.0-or-later
// checkSystem() on the real-kernel fixtures and on generated trees: which findings ask for what, and that the
// kernel parameters follow the kernel's rules (the last word wins, AMD-Vi needs no word, Intel's only where
// this kernel's configuration does not turn VT-d on by itself).

#include "PolicyTestTree.h"
#include "SysfsTreeBuilder.h"
#include "TreeCopy.h"

#include "checks/SystemCheck.h"
#include "topology/TopologyScanner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using namespace vfio::test;

// The finding whose stable word (what scripts read) is `id` of `check` as `var`, or the test fails here.
// `check` must be a named SystemCheck that outlives `var` (a pointer into its findings).
#define FIND(var, check, id)                                                                                 \
    const Finding *var = findByWord(check, id);                                                              \
    QVERIFY2(var, qPrintable(id))

Q_DECLARE_METATYPE(vfio::FindingState)

namespace {

const Finding *findByWord(const SystemCheck &check, const QString &word)
{
    for (const Finding &finding : check.findings) {
        if (toString(finding.id) == word)
            return &finding;
    }
    return nullptr;
}

const QString release = QStringLiteral("6.1.0-50-amd64"); // the fixtures' kernel

SystemCheck checkOf(const QString &root)
{
    return checkSystem(root, TopologyScanner(root).scan());
}

// A fixture copied below `target` (sys/ and proc/ with their links as they are, the large lib/ linked to the
// original), so a test can add files to it.
bool copyFixture(const QString &name, const QString &target)
{
    QString error;
    // No folder is named "-": no link is flattened.
    const int copied = copyTreeFlatteningLinks(fixtureRoot(name), target, QStringLiteral("-"),
                                               {QStringLiteral("lib")}, &error);
    if (copied < 0)
        qWarning("%s", qPrintable(error));
    return copied >= 0;
}

// A machine written from scratch: one network card without an IOMMU group, the fixtures' kernel modules,
// the given command line, firmware table ("DMAR", "IVRS" or none) and processor.
bool writeMachine(const QString &root, const QString &commandLine, const QString &firmwareTable,
                  const QByteArray &cpuinfo)
{
    SysfsTreeBuilder builder(root);
    SysfsTreeBuilder::Device nic;
    nic.address = address("0000:00:19.0");
    nic.driver = QStringLiteral("e1000e");
    if (!builder.writeKernel(release, commandLine) || !builder.addDevice(nic))
        return false;
    if (!firmwareTable.isEmpty() && !builder.addFirmwareTable(firmwareTable))
        return false;
    writeKernel(root, release, kernel61Modules());
    writeFile(root, QStringLiteral("proc/cpuinfo"), cpuinfo);
    return true;
}

QByteArray cpuinfoWith(const QByteArray &vendor, const QByteArray &flags)
{
    return "processor\t: 0\nvendor_id\t: " + vendor + "\nflags\t\t: fpu vme de pse " + flags +
           " sse sse2\n\nprocessor\t: 1\nvendor_id\t: " + vendor + "\nflags\t\t: fpu vme de pse " + flags +
           " sse sse2\n";
}

// Every word any finding proposes to add, and every sentence, for "never asks for X" checks.
QStringList everythingSaid(const SystemCheck &check)
{
    QStringList said;
    for (const Finding &finding : check.findings)
        said << finding.message << finding.fix.description << finding.fix.commandLine.add
             << finding.fix.commandLine.remove;
    return said;
}

bool mentions(const QStringList &texts, const QString &word)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &text) { return text.contains(word); });
}

} // namespace

class ChecksSystem : public QObject
{
    Q_OBJECT

private slots:
    void stateNamesRoundTrip();
    void everyFindingInOrder();
    void noiommuAsksToRemoveTheOffWord();
    void noiommuWithKernelConfig_data();
    void noiommuWithKernelConfig();
    void seedNeedsNothing();
    void passthroughIsOfferedNeverDefault();
    void amdOnlyRemoves();
    void amdWithoutOffWordNeedsNoParameter();
    void noFirmwareTableIsBlockedWithoutFix();
    void cpuVirtualisation_data();
    void cpuVirtualisation();
    void vfioModules_data();
    void vfioModules();
    void secureBoot_data();
    void secureBoot();
    void initramfsTool();
    void bootLoaderFinding();
    void bootGpu();
};

void ChecksSystem::stateNamesRoundTrip()
{
    const QList<std::pair<FindingState, QString>> names{
        {FindingState::Ok, QStringLiteral("ok")},
        {FindingState::NeedsAction, QStringLiteral("needs-action")},
        {FindingState::Blocked, QStringLiteral("blocked")},
        {FindingState::Information, QStringLiteral("information")}};
    for (const auto &[state, name] : names) {
        QCOMPARE(toString(state), name);
        QVERIFY(findingStateFromString(name) == state);
    }
    QVERIFY(!findingStateFromString(QStringLiteral("OK")).has_value());
    QVERIFY(!findingStateFromString(QString()).has_value());
}

void ChecksSystem::everyFindingInOrder()
{
    const SystemCheck check = checkOf(fixtureRoot(QStringLiteral("seed")));
    QStringList ids;
    for (const Finding &finding : check.findings) {
        ids.append(toString(finding.id));
        QVERIFY2(!finding.message.isEmpty(), qPrintable(toString(finding.id)));
        QCOMPARE(finding.fix.isEmpty(), finding.fix.description.isEmpty());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("cpu-virtualization"), QStringLiteral("firmware-iommu"),
                               QStringLiteral("iommu-active"), QStringLiteral("kernel-parameters"),
                               QStringLiteral("iommu-passthrough"), QStringLiteral("vfio-modules"),
                               QStringLiteral("initramfs-tool"), QStringLiteral("boot-loader"),
                               QStringLiteral("secure-boot"), QStringLiteral("boot-gpu")}));
}

void ChecksSystem::noiommuAsksToRemoveTheOffWord()
{
    // proc/cmdline ends in "intel_iommu=on intel_iommu=off": the last word wins, so the IOMMU is off.
    const SystemCheck check = checkOf(fixtureRoot(QStringLiteral("noiommu")));
    QVERIFY(check.needsAction());
    FIND(firmware, check, QStringLiteral("firmware-iommu"));
    QCOMPARE(toString(firmware->state), toString(FindingState::Ok));
    QVERIFY(firmware->message.contains(QStringLiteral("DMAR")));
    FIND(active, check, QStringLiteral("iommu-active"));
    QCOMPARE(toString(active->state), toString(FindingState::NeedsAction));
    FIND(parameters, check, QStringLiteral("kernel-parameters"));
    QCOMPARE(toString(parameters->state), toString(FindingState::NeedsAction));
    QCOMPARE(parameters->fix.commandLine.remove, QStringList{QStringLiteral("intel_iommu=off")});
    // There is no boot/config-6.1.0-50-amd64 in the fixture: whether VT-d is on by default is unknown.
    QCOMPARE(parameters->fix.commandLine.add, QStringList{QStringLiteral("intel_iommu=on")});
    QVERIFY2(parameters->message.contains(QStringLiteral("the later word wins")),
             qPrintable(parameters->message));
    // intel_iommu=on is on the line already: the fix removes the off word and says the on word stays,
    // rather than asking to add what is there.
    QCOMPARE(parameters->fix.description,
             QStringLiteral("Remove intel_iommu=off from the kernel command line (intel_iommu=on is already "
                            "there and stays), then restart."));
    QVERIFY2(parameters->message.contains(QStringLiteral("already on the line")),
             qPrintable(parameters->message));
    // The union asks exactly that; iommu=pt stays an offer.
    QCOMPARE(check.commandLineFix(),
             (CommandLineChange{{QStringLiteral("intel_iommu=on")}, {QStringLiteral("intel_iommu=off")}}));
    QVERIFY(!mentions(everythingSaid(check), QStringLiteral("amd_iommu")));
    // The fixture has no boot loader files: the change must be made by hand.
    FIND(loader, check, QStringLiteral("boot-loader"));
    QCOMPARE(toString(loader->state), toString(FindingState::NeedsAction));
    QVERIFY(loader->message.contains(QStringLiteral("by hand")));
}

void ChecksSystem::noiommuWithKernelConfig_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("expectedAdd");
    const QStringList on{QStringLiteral("intel_iommu=on")};
    QTest::newRow("default on") << QByteArray("CONFIG_INTEL_IOMMU=y\nCONFIG_INTEL_IOMMU_DEFAULT_ON=y\n")
                                << QStringList{};
    QTest::newRow("not set") << QByteArray(
                                    "CONFIG_INTEL_IOMMU=y\n# CONFIG_INTEL_IOMMU_DEFAULT_ON is not set\n")
                             << on;
    QTest::newRow("not listed") << QByteArray("CONFIG_INTEL_IOMMU=y\n") << on;
    QTest::newRow("a module is not on") << QByteArray("CONFIG_INTEL_IOMMU_DEFAULT_ON=n\n") << on;
}

void ChecksSystem::noiommuWithKernelConfig()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, expectedAdd);
    QTemporaryDir dir;
    QVERIFY(copyFixture(QStringLiteral("noiommu"), dir.path()));
    writeFile(dir.path(), QStringLiteral("boot/config-") + release, config);
    const SystemCheck check = checkOf(dir.path());
    FIND(parameters, check, QStringLiteral("kernel-parameters"));
    QCOMPARE(toString(parameters->state), toString(FindingState::NeedsAction));
    QCOMPARE(parameters->fix.commandLine.add, expectedAdd);
    QCOMPARE(parameters->fix.commandLine.remove, QStringList{QStringLiteral("intel_iommu=off")});
    QCOMPARE(parameters->message.contains(QStringLiteral("/boot/config-6.1.0-50-amd64 does not set")),
             !expectedAdd.isEmpty());
}

void ChecksSystem::seedNeedsNothing()
{
    const SystemCheck check = checkOf(fixtureRoot(QStringLiteral("seed")));
    QVERIFY(!check.needsAction());
    QVERIFY(check.commandLineFix().isEmpty());
    for (const Finding &finding : check.findings) {
        QVERIFY2(finding.state == FindingState::Ok || finding.state == FindingState::Information,
                 qPrintable(toString(finding.id)));
    }
    FIND(active, check, QStringLiteral("iommu-active"));
    QCOMPARE(toString(active->state), toString(FindingState::Ok));
    FIND(parameters, check, QStringLiteral("kernel-parameters"));
    QCOMPARE(toString(parameters->state), toString(FindingState::Ok));
    QVERIFY(parameters->fix.isEmpty());
    FIND(modules, check, QStringLiteral("vfio-modules"));
    QCOMPARE(toString(modules->state), toString(FindingState::Ok));
    FIND(cpu, check, QStringLiteral("cpu-virtualization"));
    QCOMPARE(toString(cpu->state), toString(FindingState::Ok));
    QVERIFY(cpu->message.contains(QStringLiteral("AMD-V"))); // the fixtures' emulated CPU has svm
}

void ChecksSystem::passthroughIsOfferedNeverDefault()
{
    const SystemCheck seed = checkOf(fixtureRoot(QStringLiteral("seed")));
    FIND(offer, seed, QStringLiteral("iommu-passthrough"));
    QCOMPARE(toString(offer->state), toString(FindingState::Information));
    QCOMPARE(offer->fix.commandLine.add, QStringList{QStringLiteral("iommu=pt")});
    QVERIFY(!seed.commandLineFix().add.contains(QStringLiteral("iommu=pt")));
    const SystemCheck noiommu = checkOf(fixtureRoot(QStringLiteral("noiommu")));
    QVERIFY(!noiommu.commandLineFix().add.contains(QStringLiteral("iommu=pt")));

    // `switch` boots with iommu=pt already: nothing is offered.
    const SystemCheck withPt = checkOf(fixtureRoot(QStringLiteral("switch")));
    FIND(set, withPt, QStringLiteral("iommu-passthrough"));
    QCOMPARE(toString(set->state), toString(FindingState::Information));
    QVERIFY(set->fix.isEmpty());
    QVERIFY(set->message.contains(QStringLiteral("iommu=pt is set")));
}

void ChecksSystem::amdOnlyRemoves()
{
    // AMD-Vi (IVRS), no groups, amd_iommu=off; an Intel CPU string must not make it "Intel", and a kernel
    // configuration without CONFIG_INTEL_IOMMU_DEFAULT_ON must not bring in intel_iommu=on.
    QTemporaryDir dir;
    QVERIFY(writeMachine(dir.path(), QStringLiteral("root=/dev/nvme0n1p2 amd_iommu=off quiet"),
                         QStringLiteral("IVRS"), cpuinfoWith("GenuineIntel", "vmx")));
    writeFile(dir.path(), QStringLiteral("boot/config-") + release, "CONFIG_AMD_IOMMU=y\n");
    const SystemCheck check = checkOf(dir.path());
    FIND(active, check, QStringLiteral("iommu-active"));
    QCOMPARE(toString(active->state), toString(FindingState::NeedsAction));
    FIND(firmware, check, QStringLiteral("firmware-iommu"));
    QVERIFY(firmware->message.contains(QStringLiteral("AMD-Vi")));
    FIND(parameters, check, QStringLiteral("kernel-parameters"));
    QCOMPARE(toString(parameters->state), toString(FindingState::NeedsAction));
    QCOMPARE(parameters->fix.commandLine.remove, QStringList{QStringLiteral("amd_iommu=off")});
    QVERIFY(parameters->fix.commandLine.add.isEmpty());
    QCOMPARE(check.commandLineFix(), (CommandLineChange{{}, {QStringLiteral("amd_iommu=off")}}));
    QVERIFY(!mentions(everythingSaid(check), QStringLiteral("amd_iommu=on")));
    QVERIFY(!mentions(everythingSaid(check), QStringLiteral("intel_iommu")));
}

void ChecksSystem::amdWithoutOffWordNeedsNoParameter()
{
    QTemporaryDir dir;
    QVERIFY(writeMachine(dir.path(), QStringLiteral("root=/dev/nvme0n1p2 quiet"), QStringLiteral("IVRS"),
                         cpuinfoWith("AuthenticAMD", "svm")));
    const SystemCheck check = checkOf(dir.path());
    FIND(parameters, check, QStringLiteral("kernel-parameters"));
    QCOMPARE(toString(parameters->state), toString(FindingState::Ok));
    QVERIFY(parameters->fix.isEmpty());
    QVERIFY(parameters->message.contains(QStringLiteral("AMD-Vi on by itself")));
    QVERIFY(check.commandLineFix().isEmpty());
    QVERIFY(check.needsAction()); // the IOMMU is still off: something else is wrong, but no parameter helps
}

void ChecksSystem::noFirmwareTableIsBlockedWithoutFix()
{
    QTemporaryDir dir;
    QVERIFY(writeMachine(dir.path(), QStringLiteral("root=/dev/sda1 quiet"), QString(),
                         cpuinfoWith("GenuineIntel", "vmx")));
    const SystemCheck check = checkOf(dir.path());
    QVERIFY(check.needsAction());
    FIND(firmware, check, QStringLiteral("firmware-iommu"));
    QCOMPARE(toString(firmware->state), toString(FindingState::Blocked));
    QVERIFY(firmware->fix.isEmpty());
    QVERIFY(firmware->message.contains(QStringLiteral("firmware setup")));
    QVERIFY(firmware->message.contains(QStringLiteral("VT-d")));
    FIND(active, check, QStringLiteral("iommu-active"));
    QCOMPARE(toString(active->state), toString(FindingState::Blocked));
    FIND(parameters, check, QStringLiteral("kernel-parameters"));
    QVERIFY(parameters->fix.isEmpty()); // whose IOMMU it is is unknown: no word is guessed
    QVERIFY(check.commandLineFix().isEmpty());
    FIND(offer, check, QStringLiteral("iommu-passthrough"));
    QVERIFY(offer->fix.isEmpty()); // no IOMMU, no speed option to offer

    // An iommu=off on such a machine is still named for removal.
    QTemporaryDir off;
    QVERIFY(writeMachine(off.path(), QStringLiteral("root=/dev/sda1 iommu=off"), QString(),
                         cpuinfoWith("GenuineIntel", "vmx")));
    QCOMPARE(checkOf(off.path()).commandLineFix(), (CommandLineChange{{}, {QStringLiteral("iommu=off")}}));
}

void ChecksSystem::cpuVirtualisation_data()
{
    QTest::addColumn<QByteArray>("cpuinfo"); // empty: no proc/cpuinfo
    QTest::addColumn<FindingState>("expected");
    QTest::addColumn<QString>("said");
    QTest::newRow("vmx") << cpuinfoWith("GenuineIntel", "vmx") << FindingState::Ok << QStringLiteral("VT-x");
    QTest::newRow("svm") << cpuinfoWith("AuthenticAMD", "svm") << FindingState::Ok << QStringLiteral("AMD-V");
    QTest::newRow("neither") << cpuinfoWith("GenuineIntel", "ssse3") << FindingState::Blocked
                             << QStringLiteral("firmware setup");
    QTest::newRow("a flag that only contains vmx")
        << cpuinfoWith("GenuineIntel", "vmx_ept") << FindingState::Blocked << QStringLiteral("no vmx or svm");
    QTest::newRow("unreadable") << QByteArray() << FindingState::Information
                                << QStringLiteral("could not be read");
}

void ChecksSystem::cpuVirtualisation()
{
    QFETCH(QByteArray, cpuinfo);
    QFETCH(FindingState, expected);
    QFETCH(QString, said);
    QTemporaryDir dir;
    QVERIFY(writeMachine(dir.path(), QStringLiteral("quiet"), QStringLiteral("DMAR"), cpuinfo));
    if (cpuinfo.isEmpty())
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("proc/cpuinfo"))));
    const SystemCheck check = checkOf(dir.path());
    FIND(cpu, check, QStringLiteral("cpu-virtualization"));
    QCOMPARE(toString(cpu->state), toString(expected));
    QVERIFY2(cpu->message.contains(said), qPrintable(cpu->message));
    QVERIFY(cpu->fix.isEmpty());
}

void ChecksSystem::vfioModules_data()
{
    QTest::addColumn<QStringList>("modules");
    QTest::addColumn<QStringList>("builtin");
    QTest::addColumn<FindingState>("expected");
    QTest::addColumn<QString>("said");
    QStringList withoutPci = kernel61Modules();
    withoutPci.removeAll(QStringLiteral("vfio_pci"));
    QStringList withoutType1 = kernel61Modules();
    withoutType1.removeAll(QStringLiteral("vfio_iommu_type1"));
    QTest::newRow("modules") << kernel61Modules() << QStringList{} << FindingState::Ok
                             << QStringLiteral("(vfio, vfio_iommu_type1, vfio_pci).");
    QTest::newRow("vfio-pci built in")
        << withoutPci << QStringList{QStringLiteral("vfio_pci")} << FindingState::Ok
        << QStringLiteral("built into the kernel itself: vfio_pci.");
    QTest::newRow("vfio_iommu_type1 missing") << withoutType1 << QStringList{} << FindingState::Blocked
                                              << QStringLiteral("lacks vfio_iommu_type1,");
    QTest::newRow("vfio-pci missing")
        << withoutPci << QStringList{} << FindingState::Blocked << QStringLiteral("lacks vfio_pci,");
}

void ChecksSystem::vfioModules()
{
    QFETCH(QStringList, modules);
    QFETCH(QStringList, builtin);
    QFETCH(FindingState, expected);
    QFETCH(QString, said);
    QTemporaryDir dir;
    QVERIFY(
        writeMachine(dir.path(), QStringLiteral("quiet"), QStringLiteral("DMAR"), cpuinfoWith("x", "vmx")));
    writeKernel(dir.path(), release, modules, builtin);
    const SystemCheck check = checkOf(dir.path());
    FIND(finding, check, QStringLiteral("vfio-modules"));
    QCOMPARE(toString(finding->state), toString(expected));
    QVERIFY2(finding->message.contains(said), qPrintable(finding->message));
    QVERIFY(finding->fix.isEmpty());

    // Without lib/modules the question cannot be answered: said so, with the reason.
    QVERIFY(QDir(dir.filePath(QStringLiteral("lib"))).removeRecursively());
    const SystemCheck unknown = checkOf(dir.path());
    FIND(unread, unknown, QStringLiteral("vfio-modules"));
    QCOMPARE(toString(unread->state), toString(FindingState::Information));
    QVERIFY2(unread->message.contains(QStringLiteral("modules.dep")), qPrintable(unread->message));
}

void ChecksSystem::secureBoot_data()
{
    QTest::addColumn<bool>("efi");
    QTest::addColumn<QByteArray>("variable"); // empty: none
    QTest::addColumn<QString>("said");
    const QByteArray attributes("\x06\x00\x00\x00", 4);
    QTest::newRow("on") << true << attributes + '\x01' << QStringLiteral("Secure Boot is on.");
    QTest::newRow("off") << true << attributes + '\x00' << QStringLiteral("Secure Boot is off.");
    QTest::newRow("too short") << true << QByteArray("\x06\x00\x00", 3)
                               << QStringLiteral("unexpected form (3 bytes");
    QTest::newRow("odd value") << true << attributes + '\x07' << QStringLiteral("unexpected form");
    QTest::newRow("efi without the variable") << true << QByteArray() << QStringLiteral("is not shown");
    QTest::newRow("no efi") << false << QByteArray() << QStringLiteral("No EFI variables");
}

void ChecksSystem::secureBoot()
{
    QFETCH(bool, efi);
    QFETCH(QByteArray, variable);
    QFETCH(QString, said);
    QTemporaryDir dir;
    QVERIFY(copyFixture(QStringLiteral("seed"), dir.path()));
    if (efi)
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sys/firmware/efi/efivars")));
    if (!variable.isEmpty())
        writeFile(dir.path(),
                  QStringLiteral("sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c"),
                  variable);
    const SystemCheck check = checkOf(dir.path());
    FIND(secure, check, QStringLiteral("secure-boot"));
    QCOMPARE(toString(secure->state), toString(FindingState::Information));
    QVERIFY2(secure->message.contains(said), qPrintable(secure->message));
    QVERIFY(secure->message.contains(QStringLiteral("vfio-pci")));
    QVERIFY(secure->fix.isEmpty());
    QVERIFY(!check.needsAction()); // Secure Boot never stands in the way
}

void ChecksSystem::initramfsTool()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(QStringLiteral("seed"), dir.path()));
    const SystemCheck withoutUsr = checkOf(dir.path());
    FIND(noUsr, withoutUsr, QStringLiteral("initramfs-tool"));
    QCOMPARE(toString(noUsr->state), toString(FindingState::Information));
    QVERIFY(noUsr->message.contains(QStringLiteral("no /usr")));

    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("usr/bin")));
    const SystemCheck missing = checkOf(dir.path());
    FIND(none, missing, QStringLiteral("initramfs-tool"));
    QCOMPARE(toString(none->state), toString(FindingState::NeedsAction));
    QVERIFY2(none->message.contains(QStringLiteral("initramfs-tools, mkinitcpio, dracut and booster")),
             qPrintable(none->message));
    QVERIFY(missing.needsAction());

    writeFile(dir.path(), QStringLiteral("usr/sbin/update-initramfs"), "#!/bin/sh\n");
    const SystemCheck withTool = checkOf(dir.path());
    FIND(found, withTool, QStringLiteral("initramfs-tool"));
    QCOMPARE(toString(found->state), toString(FindingState::Ok));
    QVERIFY2(found->message.contains(QStringLiteral("initramfs-tools (/usr/sbin/update-initramfs)")),
             qPrintable(found->message));
}

void ChecksSystem::bootLoaderFinding()
{
    // Unknown without a needed change: a note. Known: OK, naming what it was recognised by.
    const SystemCheck seed = checkOf(fixtureRoot(QStringLiteral("seed")));
    FIND(unknown, seed, QStringLiteral("boot-loader"));
    QCOMPARE(toString(unknown->state), toString(FindingState::Information));
    QVERIFY(unknown->message.contains(QStringLiteral("/etc/default/grub")));

    QTemporaryDir dir;
    QVERIFY(copyFixture(QStringLiteral("noiommu"), dir.path()));
    writeFile(dir.path(), QStringLiteral("etc/default/grub"), "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\n");
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("etc/default/grub.d")));
    const SystemCheck check = checkOf(dir.path());
    FIND(grub, check, QStringLiteral("boot-loader"));
    QCOMPARE(toString(grub->state), toString(FindingState::Ok));
    QVERIFY2(grub->message.contains(QStringLiteral("GRUB, configured through /etc/default/grub.d")),
             qPrintable(grub->message));
    QVERIFY(grub->fix.isEmpty()); // the change itself is the kernel-parameters finding's
}

void ChecksSystem::bootGpu()
{
    const SystemCheck seed = checkOf(fixtureRoot(QStringLiteral("seed")));
    FIND(gpu, seed, QStringLiteral("boot-gpu"));
    QCOMPARE(toString(gpu->state), toString(FindingState::Information));
    QVERIFY2(gpu->message.contains(QStringLiteral("The screen you see now comes from 02:00.0 VGA compatible "
                                                  "controller: Device [1234:1111]")),
             qPrintable(gpu->message));
    QVERIFY(gpu->message.contains(QStringLiteral("without a display")));

    QTemporaryDir dir;
    QVERIFY(
        writeMachine(dir.path(), QStringLiteral("quiet"), QStringLiteral("DMAR"), cpuinfoWith("x", "vmx")));
    const SystemCheck withoutBootGpu = checkOf(dir.path());
    FIND(none, withoutBootGpu, QStringLiteral("boot-gpu"));
    QVERIFY(none->message.contains(QStringLiteral("No graphics device")));
}

QTEST_GUILESS_MAIN(ChecksSystem)
#include "tst_checks_system.moc"
