// SPDX-License-Identifier: GPL-3.0-or-later
// The selection as the GUI keeps it (CheckedSelection over the core's rules): group completion, bridges
// refused, host-critical refusal and override, identical IDs, and restoring after a rescan.
#include "CheckedSelection.h"
#include "GuiTestSupport.h"

#include <QTest>

using namespace vfio;

namespace {
PciAddress at(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}

CheckedSelection seedSelection()
{
    const Topology topology = test::scanFixture(QStringLiteral("seed"));
    return CheckedSelection(topology,
                            HostCriticalDevices::detect(topology, test::fixture(QStringLiteral("seed"))));
}
} // namespace

class TestGuiSelection : public QObject
{
    Q_OBJECT

private slots:
    void bootGpuGroupNeedsOverride();
    void overrideTicksTheWholeGroup();
    void rootPortIsRefused();
    void groupCompletionLeavesTheBridgeOut();
    void identicalIdsAreExplained();
    void untickingOneUnticksTheGroup();
    void restoreKeepsOverridesWithoutAskingAgain();
    void rootDiskControllerGroupNeedsOverride();
    void nothingCanBeTickedWithoutIommu();
    void identicalIdTextOnlyForTickableDevices();
    void identicalIdTextFitsSeveralTwins();
    void storageControllerIsCautionedNotRefused();
};

void TestGuiSelection::bootGpuGroupNeedsOverride()
{
    CheckedSelection selection = seedSelection();
    // seed's VGA (02:00.0) has boot_vga = 1: the host's console GPU.
    QVERIFY(selection.critical().isCritical(at("0000:02:00.0")));
    const auto result = selection.tick(at("0000:02:00.0"));
    QCOMPARE(result.outcome, CheckedSelection::Outcome::NeedsOverride);
    QVERIFY2(result.message.contains(QStringLiteral("boot")), qPrintable(result.message));
    QVERIFY(selection.isEmpty());
    // Ticking the audio function of the same group asks the same question.
    QCOMPARE(selection.tick(at("0000:02:00.1")).outcome, CheckedSelection::Outcome::NeedsOverride);
    QVERIFY(selection.isEmpty());
}

void TestGuiSelection::overrideTicksTheWholeGroup()
{
    CheckedSelection selection = seedSelection();
    const auto result = selection.tick(at("0000:02:00.0"), true);
    QCOMPARE(result.outcome, CheckedSelection::Outcome::Ticked);
    QCOMPARE(selection.checked(), (QList<PciAddress>{at("0000:02:00.0"), at("0000:02:00.1")}));
    QCOMPARE(result.changed.size(), 2);
    QVERIFY2(result.message.contains(QStringLiteral("02:00.1")), qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("group 8")));
    QCOMPARE(selection.overridden(), QList<PciAddress>{at("0000:02:00.0")});
}

void TestGuiSelection::rootPortIsRefused()
{
    CheckedSelection selection = seedSelection();
    const auto result = selection.tick(at("0000:00:1c.0"));
    QCOMPARE(result.outcome, CheckedSelection::Outcome::Refused);
    QVERIFY2(result.message.contains(QStringLiteral("root port")), qPrintable(result.message));
    QVERIFY(selection.isEmpty());
    // The PCIe-to-PCI bridge too, even with the override.
    QCOMPARE(selection.tick(at("0000:00:05.0"), true).outcome, CheckedSelection::Outcome::Refused);
    QVERIFY(selection.isEmpty());
}

void TestGuiSelection::groupCompletionLeavesTheBridgeOut()
{
    CheckedSelection selection = seedSelection();
    const auto result = selection.tick(at("0000:01:01.0"));
    QCOMPARE(result.outcome, CheckedSelection::Outcome::Ticked);
    // Group 3 = 00:05.0 (bridge) + 01:01.0 + 01:02.0: both NICs, never the bridge.
    QCOMPARE(selection.checked(), (QList<PciAddress>{at("0000:01:01.0"), at("0000:01:02.0")}));
    QVERIFY(!selection.isChecked(at("0000:00:05.0")));
    QVERIFY(result.message.contains(QStringLiteral("01:02.0")));
}

void TestGuiSelection::identicalIdsAreExplained()
{
    CheckedSelection selection = seedSelection();
    // Before the tick it says what a tick would do.
    QCOMPARE(
        selection.identicalIdNote(at("0000:03:00.0")),
        QStringLiteral("If 03:00.0 (Ethernet controller) is ticked without 04:00.0 (the same ID 8086:10d3), "
                       "it is bound by its address, and the host's driver keeps 04:00.0."));
    const auto result = selection.tick(at("0000:03:00.0"));
    QCOMPARE(result.outcome, CheckedSelection::Outcome::Ticked);
    QCOMPARE(selection.checked(), QList<PciAddress>{at("0000:03:00.0")});
    QVERIFY2(result.message.contains(QStringLiteral("04:00.0")), qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("by its address")));
    QCOMPARE(
        selection.identicalIdNote(at("0000:03:00.0")),
        QStringLiteral("03:00.0 (Ethernet controller) has the same ID 8086:10d3 as 04:00.0 on the host: it "
                       "will be bound by its address, and the host's driver keeps 04:00.0."));
    // Ticking 04:00.0 too would bind both by ID: nothing to say about it now.
    QVERIFY(selection.identicalIdNote(at("0000:04:00.0")).isEmpty());
    // Once both cards are ticked nobody stays on the host with that ID: nothing to explain.
    selection.tick(at("0000:04:00.0"));
    QVERIFY(selection.identicalIdNote(at("0000:03:00.0")).isEmpty());
}

void TestGuiSelection::untickingOneUnticksTheGroup()
{
    CheckedSelection selection = seedSelection();
    selection.tick(at("0000:02:00.0"), true);
    selection.tick(at("0000:03:00.0"));
    const auto result = selection.untick(at("0000:02:00.1"));
    QCOMPARE(result.outcome, CheckedSelection::Outcome::Unticked);
    QCOMPARE(selection.checked(), QList<PciAddress>{at("0000:03:00.0")});
    QVERIFY(result.message.contains(QStringLiteral("whole or not at all")));
    QCOMPARE(selection.untick(at("0000:02:00.0")).outcome, CheckedSelection::Outcome::Unchanged);
}

void TestGuiSelection::restoreKeepsOverridesWithoutAskingAgain()
{
    CheckedSelection before = seedSelection();
    before.tick(at("0000:02:00.0"), true);
    before.tick(at("0000:01:01.0"));
    CheckedSelection after = seedSelection(); // a rescan
    const QStringList lost = after.restore(before.checked(), before.overridden());
    QVERIFY(lost.isEmpty());
    QCOMPARE(after.checked(), before.checked());
    // Without the override the boot GPU's group is not ticked again.
    CheckedSelection strict = seedSelection();
    const QStringList lostStrict = strict.restore(before.checked(), {});
    QVERIFY(lostStrict.contains(QStringLiteral("02:00.0")));
    QVERIFY(!strict.isChecked(at("0000:02:00.0")));
    QVERIFY(strict.isChecked(at("0000:01:01.0")));
}

void TestGuiSelection::rootDiskControllerGroupNeedsOverride()
{
    const Topology topology = test::scanFixture(QStringLiteral("seed"));
    HostCriticalReport report;
    HostCriticalDevice disk;
    disk.address = at("0000:00:1f.2");
    disk.role = HostCriticalDevice::Role::RootDiskController;
    disk.detail = QStringLiteral("sda");
    disk.reason = QStringLiteral("00:1f.2 controls sda, which holds /.");
    report.devices.append(disk);
    CheckedSelection selection(topology, report);
    // The SMBus controller shares group 7 with the SATA controller holding "/".
    const auto refused = selection.tick(at("0000:00:1f.3"));
    QCOMPARE(refused.outcome, CheckedSelection::Outcome::NeedsOverride);
    QVERIFY(refused.message.contains(QStringLiteral("sda")));
    QVERIFY(selection.isEmpty());
    QCOMPARE(selection.tick(at("0000:00:1f.3"), true).outcome, CheckedSelection::Outcome::Ticked);
    QVERIFY(selection.isChecked(at("0000:00:1f.2")));
}

void TestGuiSelection::nothingCanBeTickedWithoutIommu()
{
    const Topology topology = test::scanFixture(QStringLiteral("noiommu"));
    CheckedSelection selection(topology, {});
    const auto result = selection.tick(at("0000:03:00.0"));
    QCOMPARE(result.outcome, CheckedSelection::Outcome::Refused);
    QVERIFY2(result.message.contains(QStringLiteral("IOMMU")), qPrintable(result.message));
}

void TestGuiSelection::identicalIdTextOnlyForTickableDevices()
{
    // Issue 7, item 5: seed's three root ports share 1b36:000c; a root port is never bound, so nothing is
    // said about binding it by address.
    CheckedSelection selection = seedSelection();
    for (const char *port : {"0000:00:1c.0", "0000:00:1d.0", "0000:00:1e.0"})
        QVERIFY2(selection.identicalIdNote(at(port)).isEmpty(),
                 qPrintable(selection.identicalIdNote(at(port))));
    QVERIFY(!selection.identicalIdNote(at("0000:03:00.0")).isEmpty());
}

void TestGuiSelection::identicalIdTextFitsSeveralTwins()
{
    // A third 82574L in a group of its own: the note names both twins, and no "04:00.0, 05:00.0 keeps its
    // driver".
    Topology topology = test::scanFixture(QStringLiteral("seed"));
    PciDevice third = *topology.find(at("0000:04:00.0"));
    third.address = at("0000:05:00.0");
    third.iommuGroup = 11;
    topology.devices.append(third); // still sorted: 04:00.0 was the last
    CheckedSelection selection(topology, {});
    const auto result = selection.tick(at("0000:03:00.0"));
    QCOMPARE(result.outcome, CheckedSelection::Outcome::Ticked);
    const QString note = selection.identicalIdNote(at("0000:03:00.0"));
    QCOMPARE(note,
             QStringLiteral("03:00.0 (Ethernet controller) has the same ID 8086:10d3 as 04:00.0, 05:00.0 on "
                            "the host: it will be bound by its address, and the host's driver keeps "
                            "04:00.0, 05:00.0."));
    QVERIFY(result.message.contains(note));
    QVERIFY(!note.contains(QStringLiteral("keeps its driver")));
}

void TestGuiSelection::storageControllerIsCautionedNotRefused()
{
    // Issue 7, item 15: the controller of / is unknown on seed (root=/dev/vda, no block devices in the
    // snapshot): a virtio block controller is ticked, with a caution in its message.
    CheckedSelection selection = seedSelection();
    QVERIFY(selection.critical().devices.size() == 1); // only the boot GPU is known
    const auto disk = selection.tick(at("0000:00:02.0"));
    QCOMPARE(disk.outcome, CheckedSelection::Outcome::Ticked);
    QVERIFY2(
        disk.message.startsWith(QStringLiteral("VFIO Isolator cannot tell which controller holds the root "
                                               "file system /")),
        qPrintable(disk.message));
    QVERIFY(disk.message.contains(QStringLiteral("make sure / is not on 00:02.0 (SCSI storage controller)")));
    QVERIFY(disk.message.contains(QStringLiteral("Ticked 00:02.0")));
    // A known root disk controller is refused as before (rootDiskControllerGroupNeedsOverride), and other
    // storage controllers then get no caution.
    const Topology topology = test::scanFixture(QStringLiteral("seed"));
    HostCriticalReport known;
    known.devices.append(HostCriticalDevice{at("0000:00:01.0"), HostCriticalDevice::Role::RootDiskController,
                                            QStringLiteral("vda"), QStringLiteral("00:01.0 controls vda.")});
    CheckedSelection sure(topology, known);
    const auto other = sure.tick(at("0000:00:02.0"));
    QCOMPARE(other.outcome, CheckedSelection::Outcome::Ticked);
    QVERIFY2(!other.message.contains(QStringLiteral("cannot tell")), qPrintable(other.message));
}

QTEST_MAIN(TestGuiSelection)
#include "tst_gui_selection.moc"
