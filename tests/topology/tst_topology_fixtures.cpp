// SPDX-License-Identifier: GPL-3.0-or-later
// Every real-kernel fixture in tests/data: the scan must say what that boot's own lspci and
// /sys/kernel/iommu_groups said, device by device. Fixtures are discovered, not listed.

#include "LspciOracle.h"
#include "TreeCopy.h"

#include "topology/TopologyScanner.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using namespace vfio::test;

class TopologyFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesLspci_data();
    void matchesLspci();
    void groupsMatchKernel_data() { matchesLspci_data(); }
    void groupsMatchKernel();
    void hierarchyMatchesLspciVerbose_data() { matchesLspci_data(); }
    void hierarchyMatchesLspciVerbose();
    void iommuStatus_data() { matchesLspci_data(); }
    void iommuStatus();
    void flattenedLinksReadTheSame_data() { matchesLspci_data(); }
    void flattenedLinksReadTheSame();

private:
    static Oracle oracleFor(const QString &directory);
};

void TopologyFixtures::initTestCase()
{
    QVERIFY2(snapshotDirectories(QStringLiteral(VFIO_TEST_DATA_DIR)).size() >= minimumSnapshotCount(),
             "tests/data should hold the seed, seed-vfio, switch and noiommu fixtures");
}

void TopologyFixtures::matchesLspci_data()
{
    QTest::addColumn<QString>("directory");
    for (const QString &directory : snapshotDirectories(QStringLiteral(VFIO_TEST_DATA_DIR)))
        QTest::newRow(qPrintable(directory.section(u'/', -1))) << directory;
}

Oracle TopologyFixtures::oracleFor(const QString &directory)
{
    QString error;
    const auto oracle = readOracle(directory, &error);
    if (!oracle)
        qFatal("%s: %s", qPrintable(directory), qPrintable(error));
    return *oracle;
}

void TopologyFixtures::matchesLspci()
{
    QFETCH(QString, directory);
    const Oracle oracle = oracleFor(directory);
    const Topology topology = TopologyScanner(directory).scan();

    QVERIFY2(!oracle.devices.isEmpty(), "the oracle lists no device");
    QCOMPARE(topology.devices.size(), oracle.devices.size());
    QVERIFY2(topology.problems.isEmpty(), qPrintable(topology.problems.join(u'\n')));
    for (const OracleDevice &expected : oracle.devices) {
        const QString where = expected.address.toString();
        const PciDevice *device = topology.find(expected.address);
        QVERIFY2(device, qPrintable(where + QStringLiteral(" missing from the scan")));
        QVERIFY2(device->problems.isEmpty(),
                 qPrintable(where + QLatin1Char(' ') + device->problems.join(u' ')));
        QCOMPARE(QStringLiteral("%1").arg(device->vendorId, 4, 16, QLatin1Char('0')), expected.vendorId);
        QCOMPARE(QStringLiteral("%1").arg(device->deviceId, 4, 16, QLatin1Char('0')), expected.deviceId);
        QCOMPARE(QStringLiteral("%1").arg(device->classId(), 4, 16, QLatin1Char('0')), expected.classId);
        const QString revision =
            device->revision ? QStringLiteral("%1").arg(uint{device->revision}, 2, 16, QLatin1Char('0'))
                             : QString();
        QCOMPARE(revision, expected.revision);
        QCOMPARE(device->className, expected.className);
        QCOMPARE(device->displayName(), expected.name);
        QCOMPARE(device->driver, expected.driver);
        QCOMPARE(device->modules, expected.modules);
        QVERIFY2(device->modalias.startsWith(QLatin1String("pci:v0000")), qPrintable(where));
    }
}

void TopologyFixtures::groupsMatchKernel()
{
    QFETCH(QString, directory);
    const Oracle oracle = oracleFor(directory);
    const Topology topology = TopologyScanner(directory).scan();

    QSet<QString> grouped;
    for (auto it = oracle.groups.cbegin(); it != oracle.groups.cend(); ++it) {
        QStringList members;
        for (const PciDevice *device : topology.groupMembers(it.key()))
            members.append(device->address.toString());
        QStringList expected = it.value();
        expected.sort();
        QCOMPARE(members, expected);
        for (const QString &address : expected)
            grouped.insert(address);
    }
    QCOMPARE(topology.groupIds().size(), oracle.groups.size());
    for (const PciDevice *device : topology.ungrouped())
        QVERIFY2(!grouped.contains(device->address.toString()), qPrintable(device->address.toString()));
    QCOMPARE(topology.ungrouped().size(), topology.devices.size() - grouped.size());
}

void TopologyFixtures::hierarchyMatchesLspciVerbose()
{
    QFETCH(QString, directory);
    const Oracle oracle = oracleFor(directory);
    const Topology topology = TopologyScanner(directory).scan();

    // Bridges by the bus they lead to, to check each device's parent.
    QMap<int, PciAddress> bridgeBySecondaryBus;
    for (const OracleDevice &expected : oracle.devices) {
        if (expected.secondaryBus)
            bridgeBySecondaryBus.insert(*expected.secondaryBus, expected.address);
    }
    int checked = 0;
    for (const OracleDevice &expected : oracle.devices) {
        const PciDevice *device = topology.find(expected.address);
        QVERIFY(device);
        QCOMPARE(device->isBridge, expected.classId == QLatin1String("0604"));
        if (expected.rootPort) {
            QCOMPARE(device->isRootPort, *expected.rootPort);
            ++checked;
        }
        if (expected.progIf)
            QCOMPARE(QStringLiteral("%1").arg(device->classCode & 0xff, 2, 16, QLatin1Char('0')),
                     *expected.progIf);
        const auto parent = bridgeBySecondaryBus.constFind(expected.address.bus);
        if (parent == bridgeBySecondaryBus.cend())
            QVERIFY2(!device->parent, qPrintable(expected.address.toString()));
        else
            QCOMPARE(device->parent, std::optional<PciAddress>(*parent));
    }
    QVERIFY2(checked > 0, "lspci-nnvvv.txt gave no port types to compare");
}

void TopologyFixtures::iommuStatus()
{
    QFETCH(QString, directory);
    const Oracle oracle = oracleFor(directory);
    const Topology topology = TopologyScanner(directory).scan();
    QVERIFY2(!oracle.firmwareTable.isEmpty(),
             "every snapshot comes from a machine with an IOMMU in its firmware");
    QCOMPARE(topology.iommu.active, !oracle.groups.isEmpty());
    QCOMPARE(toString(topology.iommu.kind), oracle.expectedIommuKind());
    QVERIFY(topology.iommu.firmwareTable);
    QCOMPARE(topology.iommu.firmwareTableName, oracle.firmwareTable);

    const auto fileText = [&](const QString &relative) {
        QFile file(directory + relative);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    };
    QCOMPARE(topology.iommu.kernelCommandLine, fileText(QStringLiteral("/proc/cmdline")));
    const QStringList releases =
        QDir(directory + QStringLiteral("/lib/modules")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(releases.size(), 1);
    QCOMPARE(topology.kernelRelease, releases.first());
    QCOMPARE(topology.kernelRelease, fileText(QStringLiteral("/proc/sys/kernel/osrelease")));
}

void TopologyFixtures::flattenedLinksReadTheSame()
{
    // Hardware reports may arrive with every link flattened into a file holding its target text (as the
    // shared fixtures are stored): the scan must not change.
    QFETCH(QString, directory);
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    QString error;
    const int flattened = copyTreeFlatteningLinks(directory, copy.path(), QStringLiteral("sys"),
                                                  {QStringLiteral("lib")}, &error);
    QVERIFY2(flattened > 0, qPrintable(error));

    const Topology original = TopologyScanner(directory).scan();
    const Topology flat = TopologyScanner(copy.path()).scan();
    QCOMPARE(flat.devices.size(), original.devices.size());
    QCOMPARE(flat.iommu.active, original.iommu.active);
    QCOMPARE(toString(flat.iommu.kind), toString(original.iommu.kind));
    for (qsizetype i = 0; i < original.devices.size(); ++i) {
        const PciDevice &a = original.devices[i];
        const PciDevice &b = flat.devices[i];
        QCOMPARE(b.address, a.address);
        QCOMPARE(b.iommuGroup, a.iommuGroup);
        QCOMPARE(b.driver, a.driver);
        QCOMPARE(b.parent, a.parent);
        QCOMPARE(b.modules, a.modules);
        QCOMPARE(b.displayName(), a.displayName());
        QCOMPARE(b.isRootPort, a.isRootPort);
        QCOMPARE(b.problems, a.problems);
    }
}

QTEST_GUILESS_MAIN(TopologyFixtures)
#include "tst_topology_fixtures.moc"
