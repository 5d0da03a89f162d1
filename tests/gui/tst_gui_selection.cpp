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
    const auto result = selection.tick(at("0000:03:00.0"));
    QCOMPARE(result.outcome, CheckedSelection::Outcome::Ticked);
    QCOMPARE(selection.checked(), QList<PciAddress>{at("0000:03:00.0")});
    QVERIFY2(result.message.contains(QStringLiteral("04:00.0")), qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("by its address")));
    QVERIFY(selection.identicalIdNote(at("0000:03:00.0")).contains(QStringLiteral("keeps its driver")));
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

QTEST_MAIN(TestGuiSelection)
#include "tst_gui_selection.moc"
