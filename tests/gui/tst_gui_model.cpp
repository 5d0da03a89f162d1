// The device tree model: structure and invariants under QAbstractItemModelTester on every fixture, numeric
// group order, quick filters, check flags, and the state words.
#include "DeviceFilterModel.h"
#include "DeviceTreeModel.h"
#include "GuiTestSupport.h"

#include "policy/HostCriticalDevices.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vfio;

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
    QCOMPARE(filter.rowCount(group), 1);
    QCOMPARE(filter.index(0, DeviceTreeModel::AddressColumn, group).data().toString(),
             QStringLiteral("02:00.0"));

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

QTEST_MAIN(TestGuiModel)
#include "tst_gui_model.moc"
