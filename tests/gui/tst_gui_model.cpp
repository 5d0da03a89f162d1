// SPDX-License-Identifier: GPL-3.0-or-later
// The device tree model: structure and invariants under QAbstractItemModelTester on every fixture, numeric
// group order, quick filters, check flags, the state words, names and the details pane's sentences.
#include "DeviceDetails.h"
#include "DeviceFilterModel.h"
#include "DeviceTreeModel.h"
#include "GuiTestSupport.h"
#include "SysfsTreeBuilder.h"

#include "policy/HostCriticalDevices.h"
#include "topology/TopologyScanner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using vfio::test::SysfsTreeBuilder;

namespace {
PciAddress at(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}

// The rows the filter shows: "GROUP: address address ..." per visible group, in view order.
QStringList visibleRows(const DeviceFilterModel &filter)
{
    QStringList rows;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex group = filter.index(row, 0);
        QStringList line{QString::number(group.data(DeviceTreeModel::GroupRole).toInt()) + QLatin1Char(':')};
        for (int child = 0; child < filter.rowCount(group); ++child)
            line.append(filter.index(child, DeviceTreeModel::AddressColumn, group).data().toString());
        rows.append(line.join(QLatin1Char(' ')));
    }
    return rows;
}

// An AMD-Vi machine in miniature, as Linux shows it: the host bridge, the IOMMU's own PCI function
// (00:00.2, class 0806, in no group: the kernel never groups the unit itself), a root port with a GPU and
// its HDMI audio behind it, and a NIC. The real-kernel check boots one (tests/realkernel); no committed
// fixture has it.
struct AmdMachine
{
    QTemporaryDir dir;
    SysfsTreeBuilder builder{dir.path()};

    AmdMachine()
    {
        const QString release = QStringLiteral("6.1.0-50-amd64");
        builder.writeKernel(release, QStringLiteral("root=/dev/nvme0n1p2 quiet"));
        builder.linkModules(release, test::fixture(QStringLiteral("seed")) + QStringLiteral("/lib/modules/") +
                                         release);
        builder.addIommuUnit(QStringLiteral("ivhd0"));
        builder.addFirmwareTable(QStringLiteral("IVRS"));

        SysfsTreeBuilder::Device host;
        host.address = at("0000:00:00.0");
        host.vendorId = 0x1022;
        host.deviceId = 0x1480;
        host.classCode = 0x060000;
        host.pciePortType = std::nullopt;
        host.iommuGroup = 0;
        builder.addDevice(host);

        SysfsTreeBuilder::Device iommu = host;
        iommu.address = at("0000:00:00.2");
        iommu.deviceId = 0x1481;
        iommu.classCode = 0x080600;
        iommu.iommuGroup = std::nullopt;
        builder.addDevice(iommu);

        SysfsTreeBuilder::Device port = host;
        port.address = at("0000:00:01.1");
        port.deviceId = 0x1483;
        port.classCode = 0x060400;
        port.pciePortType = 4;
        port.secondaryBus = 1;
        port.driver = QStringLiteral("pcieport");
        port.iommuGroup = 1;
        builder.addDevice(port);

        SysfsTreeBuilder::Device gpu;
        gpu.address = at("0000:01:00.0");
        gpu.parent = port.address;
        gpu.vendorId = 0x1002;
        gpu.deviceId = 0x67df;
        gpu.classCode = 0x030000;
        gpu.driver = QStringLiteral("amdgpu");
        gpu.iommuGroup = 2;
        builder.addDevice(gpu);

        SysfsTreeBuilder::Device audio = gpu;
        audio.address = at("0000:01:00.1");
        audio.deviceId = 0xaaf0;
        audio.classCode = 0x040300;
        audio.driver = QStringLiteral("snd_hda_intel");
        builder.addDevice(audio);

        SysfsTreeBuilder::Device nic;
        nic.address = at("0000:00:03.0");
        nic.driver = QStringLiteral("e1000e");
        nic.iommuGroup = 3;
        builder.addDevice(nic);
    }

    Topology scan() const { return TopologyScanner(dir.path()).scan(); }
};
} // namespace

class TestGuiModel : public QObject
{
    Q_OBJECT

private slots:
    void fixturesAreThere();
    void passesModelTesterOnEveryFixture_data();
    void passesModelTesterOnEveryFixture();
    void groupsSortNumerically();
    void quickFiltersNarrowTheTree();
    void textFilterKeepsMatchingDevicesWithTheirGroup();
    void bridgesHaveNoCheckBox();
    void stateWords_data();
    void stateWords();
    void noIommuPutsDevicesUnderOneNode();
    void iommuFunctionIsCalledTheIommu();
    void rootPortGetsNoBindingText();
    void textFilterShowsNoEmptyGroup();
    void groupNameFilterShowsItsDevices();
    void gpusOnlyShowsTheWholeGroupOfAGpu();
    void unknownDevicesAreNamedByTheirClass();
    void hostNeedsItIsSaidInTheState();
    void storageControllerTickWarnsWhenRootIsUnknown();

private:
    static void load(DeviceTreeModel &model, const QString &name)
    {
        const Topology topology = test::scanFixture(name);
        model.setMachine(topology, HostCriticalDevices::detect(topology, test::fixture(name)),
                         readBootConfiguration(test::fixture(name)));
    }
};

void TestGuiModel::fixturesAreThere()
{
    const QStringList names = test::fixtureNames();
    QVERIFY2(names.contains(QStringLiteral("seed")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(names.size() >= 4);
}

void TestGuiModel::passesModelTesterOnEveryFixture_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : test::fixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestGuiModel::passesModelTesterOnEveryFixture()
{
    QFETCH(QString, name);
    DeviceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DeviceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(0);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, name);
    const Topology &topology = model.topology();
    QVERIFY(!topology.devices.isEmpty());

    // Every group is a parent, every device a child of exactly one of them.
    const int expectedGroups =
        static_cast<int>(topology.groupIds().size()) + (topology.ungrouped().isEmpty() ? 0 : 1);
    QCOMPARE(model.rowCount(), expectedGroups);
    int children = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        QVERIFY(group.data(DeviceTreeModel::IsGroupRole).toBool());
        for (int child = 0; child < model.rowCount(group); ++child) {
            const QModelIndex device = model.index(child, DeviceTreeModel::AddressColumn, group);
            const PciDevice *pci = model.deviceAt(device);
            QVERIFY(pci);
            QCOMPARE(device.data().toString(), pci->address.toShortString());
            QCOMPARE(device.data(DeviceTreeModel::GroupRole).toInt(), pci->iommuGroup.value_or(-1));
            QCOMPARE(model.indexOf(pci->address, DeviceTreeModel::AddressColumn), device);
            QVERIFY(!model.index(child, DeviceTreeModel::StateColumn, group).data().toString().isEmpty());
            ++children;
        }
    }
    QCOMPARE(children, static_cast<int>(topology.devices.size()));

    // Exercise the filters under the tester too.
    filter.setText(QStringLiteral("ethernet"));
    filter.setGpusOnly(true);
    filter.setHideBridges(true);
    filter.setGpusOnly(false);
    filter.setText(QString());
    filter.setHideBridges(false);
    QCOMPARE(filter.rowCount(), model.rowCount());
    // A reset after a rescan is fine for both.
    load(model, name);
}

void TestGuiModel::groupsSortNumerically()
{
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    DeviceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(0, Qt::AscendingOrder);
    QList<int> order;
    for (int row = 0; row < filter.rowCount(); ++row)
        order.append(filter.index(row, 0).data(DeviceTreeModel::GroupRole).toInt());
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})); // 10 after 9, not after 1
    QVERIFY(filter.index(10, 0).data().toString().startsWith(QStringLiteral("Group 10")));
    QVERIFY(filter.index(8, 0).data().toString().contains(QStringLiteral("VGA compatible controller")));
}

void TestGuiModel::quickFiltersNarrowTheTree()
{
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    DeviceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(0);

    filter.setGpusOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex group = filter.index(0, 0);
    QCOMPARE(group.data(DeviceTreeModel::GroupRole).toInt(), 8);
    // The GPU's whole group: its audio function goes to the VM with it.
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("8: 02:00.0 02:00.1")});

    filter.setGpusOnly(false);
    filter.setHideBridges(true);
    int devices = 0;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex g = filter.index(row, 0);
        for (int child = 0; child < filter.rowCount(g); ++child) {
            QVERIFY(!filter.index(child, 0, g).data(DeviceTreeModel::IsBridgeRole).toBool());
            ++devices;
        }
    }
    // seed: 15 functions, of which the host bridge, the PCIe-to-PCI bridge, 3 root ports and the ISA bridge
    // (a bridge by class) stay with the host; groups made only of bridges disappear.
    int bridges = 0;
    for (const PciDevice &device : model.topology().devices)
        bridges += model.indexOf(device.address).data(DeviceTreeModel::IsBridgeRole).toBool() ? 1 : 0;
    QVERIFY(bridges >= 5);
    QCOMPARE(devices, static_cast<int>(model.topology().devices.size()) - bridges);
    for (int row = 0; row < filter.rowCount(); ++row)
        QVERIFY(filter.rowCount(filter.index(row, 0)) > 0);
}

void TestGuiModel::textFilterKeepsMatchingDevicesWithTheirGroup()
{
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    DeviceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(0);
    filter.setText(QStringLiteral("8086:10d3"));
    QCOMPARE(filter.rowCount(), 2); // the two identical 82574L, in groups 9 and 10
    QCOMPARE(filter.index(0, 0).data(DeviceTreeModel::GroupRole).toInt(), 9);
    QCOMPARE(filter.index(1, 0).data(DeviceTreeModel::GroupRole).toInt(), 10);
    filter.setText(QStringLiteral("snd_hda_intel")); // a kernel module
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QStringLiteral("no such device anywhere"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestGuiModel::bridgesHaveNoCheckBox()
{
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    const QModelIndex rootPort = model.indexOf(*PciAddress::parse(QStringLiteral("0000:00:1c.0")));
    QVERIFY(rootPort.isValid());
    QVERIFY(!(model.flags(rootPort) & Qt::ItemIsUserCheckable));
    QVERIFY(!rootPort.data(Qt::CheckStateRole).isValid());
    QVERIFY(rootPort.data(Qt::ToolTipRole).toString().contains(QStringLiteral("root port")));
    QSignalSpy refused(&model, &DeviceTreeModel::tickRefused);
    QVERIFY(!model.setData(rootPort, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("stay with the host")));

    // A group holding only a root port cannot be ticked either.
    const QModelIndex group4 = model.indexOfGroup(4);
    QVERIFY(!(model.flags(group4) & Qt::ItemIsUserCheckable));
    // An endpoint can.
    const QModelIndex nic = model.indexOf(*PciAddress::parse(QStringLiteral("0000:03:00.0")));
    QVERIFY(model.flags(nic) & Qt::ItemIsUserCheckable);
    QCOMPARE(nic.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(nic, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(nic.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.indexOfGroup(9).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!changed.isEmpty());
    QVERIFY(model.index(nic.row(), DeviceTreeModel::IdColumn, nic.parent())
                .data()
                .toString()
                .contains(QStringLiteral("(×2)")));
    QVERIFY(model.index(nic.row(), 0, nic.parent())
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("04:00.0")));
}

void TestGuiModel::stateWords_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<bool>("configured");
    QTest::addColumn<bool>("changedSinceBoot");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("host") << "e1000e" << false << false << int(DeviceStatus::OnHost) << "on the host";
    QTest::newRow("bound") << "vfio-pci" << true << false << int(DeviceStatus::Bound) << "bound to vfio-pci";
    QTest::newRow("pending") << "e1000e" << true << true << int(DeviceStatus::RestartPending)
                             << "will bind at next boot";
    QTest::newRow("returning") << "vfio-pci" << false << true << int(DeviceStatus::NoLongerConfigured)
                               << "will return to the host at next boot";
    QTest::newRow("stuck") << "e1000e" << true << false << int(DeviceStatus::NotBound)
                           << "configured but not bound (driver e1000e claimed it first";
}

void TestGuiModel::stateWords()
{
    QFETCH(QString, driver);
    QFETCH(bool, configured);
    QFETCH(bool, changedSinceBoot);
    QFETCH(int, kind);
    QFETCH(QString, words);
    const Topology topology = test::scanFixture(QStringLiteral("seed"));
    PciDevice device = *topology.find(*PciAddress::parse(QStringLiteral("0000:03:00.0")));
    device.driver = driver;
    BootConfiguration boot;
    boot.config =
        VfioConfig::parse(configured ? QStringLiteral("options vfio-pci ids=8086:10d3\n") : QString());
    boot.changedSinceBoot = changedSinceBoot;
    KernelFacts facts;
    facts.vfioDriverRegistered = true; // so that "claimed it first" is the reason, not a missing vfio-pci
    const DeviceVerification state = verifyDevice(device, false, boot, true, facts);
    QCOMPARE(int(state.status), kind);
    QVERIFY2(state.text.startsWith(words), qPrintable(state.text));
    QVERIFY(!state.detail.isEmpty());

    // Without a readable configuration only today's binding is said.
    const DeviceVerification unknown = verifyDevice(device, false, BootConfiguration{}, true, facts);
    QCOMPARE(unknown.text, driver == QLatin1String("vfio-pci") ? QStringLiteral("bound to vfio-pci")
                                                               : QStringLiteral("on the host"));
}

void TestGuiModel::noIommuPutsDevicesUnderOneNode()
{
    DeviceTreeModel model;
    load(model, QStringLiteral("noiommu"));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex node = model.index(0, 0);
    QCOMPARE(node.data(DeviceTreeModel::GroupRole).toInt(), -1);
    QVERIFY(node.data().toString().startsWith(QStringLiteral("No IOMMU group")));
    QCOMPARE(model.rowCount(node), static_cast<int>(model.topology().devices.size()));
    for (int row = 0; row < model.rowCount(node); ++row)
        QVERIFY(!(model.flags(model.index(row, 0, node)) & Qt::ItemIsUserCheckable));
}

void TestGuiModel::iommuFunctionIsCalledTheIommu()
{
    // Issue 7, item 4: on AMD-Vi the IOMMU's own function has no group while every other device has one;
    // that is not "the IOMMU is not active".
    AmdMachine machine;
    const Topology topology = machine.scan();
    QVERIFY(topology.iommu.active);
    DeviceTreeModel model;
    model.setMachine(topology, HostCriticalDevices::detect(topology, machine.dir.path()),
                     BootConfiguration{});
    const PciDevice *iommu = topology.find(at("0000:00:00.2"));
    QVERIFY(iommu);
    QVERIFY(!iommu->iommuGroup);

    const QString html = deviceDetailsHtml(*iommu, model);
    QVERIFY2(
        html.contains(QStringLiteral("This is the IOMMU itself (AMD-Vi): it stays with the host and is not "
                                     "in a group.")),
        qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("not active")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("Turn on")), qPrintable(html));
    const QModelIndex row = model.indexOf(iommu->address);
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("IOMMU itself")) && !tip.contains(QStringLiteral("not active")),
             qPrintable(tip));
    QVERIFY(!(model.flags(row) & Qt::ItemIsUserCheckable));
    const QString node = row.parent().data(Qt::ToolTipRole).toString();
    QVERIFY2(!node.contains(QStringLiteral("IOMMU is off")), qPrintable(node));
    QSignalSpy refused(&model, &DeviceTreeModel::tickRefused);
    QVERIFY(!model.setData(row, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(!refused.at(0).at(0).toString().contains(QStringLiteral("not active")),
             qPrintable(refused.at(0).at(0).toString()));

    // With the IOMMU really off, an ungrouped device keeps today's words.
    DeviceTreeModel off;
    load(off, QStringLiteral("noiommu"));
    const PciDevice *nic = off.topology().find(at("0000:03:00.0"));
    QVERIFY(deviceDetailsHtml(*nic, off).contains(QStringLiteral("the IOMMU is not active on this boot")));
}

void TestGuiModel::rootPortGetsNoBindingText()
{
    // Issue 7, item 5: the three root ports share 1b36:000c, but one that cannot be ticked is never bound.
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    for (const char *port : {"0000:00:1c.0", "0000:00:1d.0", "0000:00:1e.0"}) {
        const PciDevice *device = model.topology().find(at(port));
        QVERIFY(device && device->isRootPort);
        const QString html = deviceDetailsHtml(*device, model);
        QVERIFY2(!html.contains(QStringLiteral("bound by its address")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("keeps its driver")), qPrintable(html));
        QVERIFY(model.selection().identicalIdNote(device->address).isEmpty());
    }
    // A tickable twin still gets it.
    const PciDevice *nic = model.topology().find(at("0000:03:00.0"));
    QVERIFY(deviceDetailsHtml(*nic, model).contains(QStringLiteral("04:00.0")));
}

void TestGuiModel::textFilterShowsNoEmptyGroup()
{
    // Issue 7, item 10: "vfio" matched the title of a ticked group ("· ticked for vfio-pci") and showed its
    // header without a device under it.
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    QVERIFY(model.setData(model.indexOf(at("0000:03:00.0")), Qt::Checked, Qt::CheckStateRole));
    DeviceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(0);
    for (const QString &text : {QStringLiteral("vfio"), QStringLiteral("ticked"), QStringLiteral("02:00"),
                                QStringLiteral("controller"), QStringLiteral("Ethernet")}) {
        filter.setText(text);
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY2(
                filter.rowCount(filter.index(row, 0)) > 0,
                qPrintable(text + QStringLiteral(": ") + visibleRows(filter).join(QStringLiteral(" | "))));
    }
    filter.setText(QStringLiteral("02:00"));
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("8: 02:00.0 02:00.1")});
}

void TestGuiModel::groupNameFilterShowsItsDevices()
{
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    DeviceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(0);
    filter.setText(QStringLiteral("group 7"));
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("7: 00:1f.0 00:1f.2 00:1f.3")});
    filter.setText(QStringLiteral("Group 3"));
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("3: 00:05.0 01:01.0 01:02.0")});
    filter.setHideBridges(true);
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("3: 01:01.0 01:02.0")});
}

void TestGuiModel::gpusOnlyShowsTheWholeGroupOfAGpu()
{
    // Issue 7, item 10: "GPUs only" hid the audio function that is ticked with the GPU.
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    QVERIFY(model.tickWithOverride(at("0000:02:00.0"))); // the boot GPU
    DeviceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(0);
    filter.setGpusOnly(true);
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("8: 02:00.0 02:00.1")});

    // A GPU behind a root port in a group of its own: the group shows, the root port's group does not; with
    // the bridges hidden nothing changes there.
    AmdMachine machine;
    const Topology topology = machine.scan();
    DeviceTreeModel amd;
    amd.setMachine(topology, HostCriticalDevices::detect(topology, machine.dir.path()), BootConfiguration{});
    filter.setSourceModel(&amd);
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("2: 01:00.0 01:00.1")});
    filter.setHideBridges(true);
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("2: 01:00.0 01:00.1")});
    // And a text filter narrows within it.
    filter.setText(QStringLiteral("audio"));
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("2: 01:00.1")});
}

void TestGuiModel::unknownDevicesAreNamedByTheirClass()
{
    // Issue 7, item 11: pci.ids knows neither 1234 nor 1234:1111 (lspci says "Device [1234:1111]").
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    const QModelIndex vga = model.indexOf(at("0000:02:00.0"));
    QCOMPARE(vga.data().toString(), QStringLiteral("Unknown VGA compatible controller"));
    // Known names are kept as lspci prints them; a known vendor with an unknown device keeps the vendor.
    QCOMPARE(model.indexOf(at("0000:03:00.0")).data().toString(),
             QStringLiteral("Intel Corporation 82574L Gigabit Network Connection"));
    QCOMPARE(model.indexOf(at("0000:00:05.0")).data().toString(), QStringLiteral("Red Hat, Inc. PCI bridge"));
    const PciDevice *device = model.topology().find(at("0000:02:00.0"));
    const QString html = deviceDetailsHtml(*device, model);
    QVERIFY2(html.contains(QStringLiteral("Unknown VGA compatible controller")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<h3>Device ")), qPrintable(html));

    // Neither the device nor its class in pci.ids: its IDs.
    Topology topology = model.topology();
    for (PciDevice &d : topology.devices) {
        if (d.address == at("0000:02:00.0"))
            d.className.clear();
    }
    DeviceTreeModel bare;
    bare.setMachine(topology, HostCriticalReport{}, BootConfiguration{});
    QCOMPARE(bare.indexOf(at("0000:02:00.0")).data().toString(),
             QStringLiteral("Unknown device [1234:1111]"));
}

void TestGuiModel::hostNeedsItIsSaidInTheState()
{
    // Issue 7, item 11: the host-critical reason belongs to State, not to the name.
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    const QModelIndex vga = model.indexOf(at("0000:02:00.0"));
    QVERIFY2(!vga.data().toString().contains(QStringLiteral("host needs it")),
             qPrintable(vga.data().toString()));
    const QString state = model.indexOf(at("0000:02:00.0"), DeviceTreeModel::StateColumn).data().toString();
    QCOMPARE(state, QStringLiteral("on the host — needed: boot GPU"));
    QCOMPARE(model.indexOf(at("0000:02:00.1"), DeviceTreeModel::StateColumn).data().toString(),
             QStringLiteral("on the host"));
    // The filter finds it by that word.
    DeviceFilterModel filter;
    filter.setSourceModel(&model);
    filter.setText(QStringLiteral("boot GPU"));
    QCOMPARE(visibleRows(filter), QStringList{QStringLiteral("8: 02:00.0")});
}

void TestGuiModel::storageControllerTickWarnsWhenRootIsUnknown()
{
    // Issue 7, item 15: seed boots with root=/dev/vda and its snapshot has no block devices, so which of its
    // two virtio block controllers holds / cannot be told: ticking one is not refused, but cautioned.
    DeviceTreeModel model;
    load(model, QStringLiteral("seed"));
    QSignalSpy explained(&model, &DeviceTreeModel::selectionExplained);
    QSignalSpy refused(&model, &DeviceTreeModel::tickRefused);
    QVERIFY(model.setData(model.indexOf(at("0000:00:01.0")), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.selection().isChecked(at("0000:00:01.0")));
    QCOMPARE(refused.size(), 0);
    QCOMPARE(explained.size(), 1);
    const QString message = explained.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("cannot tell which controller holds the root file system /")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("root=/dev/vda")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("make sure / is not on 00:01.0")), qPrintable(message));
    // The details pane says it before any tick.
    const PciDevice *other = model.topology().find(at("0000:00:02.0"));
    QVERIFY(deviceDetailsHtml(*other, model).contains(QStringLiteral("cannot tell which controller holds")));

    // A network card gets no such word.
    explained.clear();
    QVERIFY(model.setData(model.indexOf(at("0000:03:00.0")), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(explained.size(), 1);
    QVERIFY(!explained.at(0).at(0).toString().contains(QStringLiteral("cannot tell")));
    const PciDevice *nic = model.topology().find(at("0000:03:00.0"));
    QVERIFY(!deviceDetailsHtml(*nic, model).contains(QStringLiteral("cannot tell")));
}

QTEST_MAIN(TestGuiModel)
#include "tst_gui_model.moc"
