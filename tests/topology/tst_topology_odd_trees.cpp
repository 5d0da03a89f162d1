// SPDX-License-Identifier: GPL-3.0-or-later
// Generated system roots for what the real-kernel fixtures lack: vanished devices, unreadable and damaged
// attributes, dangling group links without sys/kernel, no groups at all, hidden config space, links
// flattened into files. Each must keep the device with what could be read and say what went wrong.

#include "SysfsTreeBuilder.h"

#include "topology/TopologyScanner.h"

#include <QDir>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace vfio;
using namespace vfio::test;

namespace {

const QString Release = QStringLiteral("6.1.0-50-amd64");

PciAddress at(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}

// A desktop in miniature: a host bridge, a root port and behind it a GPU with its HDMI audio function.
struct SmallMachine
{
    QTemporaryDir dir;
    SysfsTreeBuilder builder{dir.path()};

    explicit SmallMachine(bool kernelGroups = true, int configSize = 256, bool groups = true)
    {
        builder.setKernelGroups(kernelGroups);
        builder.writeKernel(Release, QStringLiteral("root=/dev/sda1 intel_iommu=on"));
        builder.linkModules(Release, QStringLiteral(VFIO_TEST_DATA_DIR "/seed/lib/modules/6.1.0-50-amd64"));
        if (groups) {
            builder.addIommuUnit(QStringLiteral("dmar0"));
            builder.addFirmwareTable(QStringLiteral("DMAR"));
        }
        auto group = [groups](int id) { return groups ? std::optional<int>(id) : std::nullopt; };

        SysfsTreeBuilder::Device host;
        host.address = at("0000:00:00.0");
        host.vendorId = 0x8086;
        host.deviceId = 0x29c0;
        host.classCode = 0x060000;
        host.pciePortType = std::nullopt;
        host.iommuGroup = group(0);
        host.configSize = configSize;
        builder.addDevice(host);

        SysfsTreeBuilder::Device port;
        port.address = at("0000:00:1c.0");
        port.vendorId = 0x1b36;
        port.deviceId = 0x000c;
        port.classCode = 0x060400;
        port.pciePortType = 4;
        port.secondaryBus = 1;
        port.driver = QStringLiteral("pcieport");
        port.iommuGroup = group(1);
        port.configSize = configSize;
        builder.addDevice(port);

        SysfsTreeBuilder::Device gpu;
        gpu.address = at("0000:01:00.0");
        gpu.parent = port.address;
        gpu.vendorId = 0x1002;
        gpu.deviceId = 0x67df;
        gpu.subsystemVendorId = 0x1da2;
        gpu.subsystemDeviceId = 0xe366;
        gpu.classCode = 0x030000;
        gpu.revision = 0xef;
        gpu.driver = QStringLiteral("amdgpu");
        gpu.iommuGroup = group(2);
        gpu.bootVga = true;
        gpu.configSize = configSize;
        builder.addDevice(gpu);

        SysfsTreeBuilder::Device audio = gpu;
        audio.address = at("0000:01:00.1");
        audio.deviceId = 0xaaf0;
        audio.subsystemDeviceId = 0xaaf0;
        audio.classCode = 0x040300;
        audio.driver = QStringLiteral("snd_hda_intel");
        audio.bootVga = false;
        builder.addDevice(audio);
    }

    QString path(const char *address, const QString &attribute = {}) const
    {
        const QString device = builder.devicePath(at(address));
        return attribute.isEmpty() ? device : device + QLatin1Char('/') + attribute;
    }
    Topology scan() const { return TopologyScanner(dir.path()).scan(); }
};

bool replaceWithDirectory(const QString &path)
{
    return QFile::remove(path) && QDir().mkdir(path);
}

bool writeText(const QString &path, const QByteArray &content)
{
    QFile::remove(path);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool mentions(const QStringList &problems, const QString &needle)
{
    for (const QString &problem : problems) {
        if (problem.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TopologyOddTrees : public QObject
{
    Q_OBJECT

private slots:
    void healthyTreeReadsCompletely();
    void deviceVanishedDuringScan();
    void attributeThatIsADirectory();
    void attributeThatIsADanglingLink();
    void garbageInClassAndVendor();
    void modaliasDisagreeingWithConfig();
    void danglingGroupLinksWithoutSysKernel();
    void noGroupsAtAll();
    void hiddenConfigSpaceFallsBackToTopology();
    void flattenedLinkFiles();
    void groupLinkThatIsNotALink();
    void groupLinkWithoutNumber();
    void entryNotNamedLikeADevice();
    void deviceCopiedAsDirectory();
    void missingModuleIndex();
    void emptyRoot();
    void amdIommuKind();
    void classNamesAsLspciPrintsThem();
    void manyDevicesReadOnSeveralThreads();
};

void TopologyOddTrees::healthyTreeReadsCompletely()
{
    SmallMachine machine;
    const Topology topology = machine.scan();
    QVERIFY2(topology.problems.isEmpty(), qPrintable(topology.problems.join(u'\n')));
    QCOMPARE(topology.devices.size(), 4);
    QVERIFY(topology.iommu.active);
    QCOMPARE(toString(topology.iommu.kind), toString(IommuStatus::Kind::Intel));

    const PciDevice *gpu = topology.find(at("0000:01:00.0"));
    QVERIFY(gpu);
    QVERIFY2(gpu->problems.isEmpty(), qPrintable(gpu->problems.join(u' ')));
    QCOMPARE(gpu->vendorName, QStringLiteral("Advanced Micro Devices, Inc. [AMD/ATI]"));
    QCOMPARE(gpu->deviceName, QStringLiteral("Ellesmere [Radeon RX 470/480/570/570X/580/580X/590]"));
    QCOMPARE(gpu->className, QStringLiteral("VGA compatible controller"));
    QCOMPARE(gpu->revision, quint8{0xef});
    QCOMPARE(gpu->driver, QStringLiteral("amdgpu"));
    QCOMPARE(gpu->modules, QStringList{QStringLiteral("amdgpu")});
    QCOMPARE(gpu->iommuGroup, 2);
    QCOMPARE(gpu->parent, at("0000:00:1c.0"));
    QVERIFY(gpu->bootVga);
    QCOMPARE(gpu->resetMethods, (QStringList{QStringLiteral("flr"), QStringLiteral("bus")}));
    QVERIFY(gpu->driverOverride.isEmpty());
    QVERIFY(!gpu->isBridge);

    const PciDevice *port = topology.find(at("0000:00:1c.0"));
    QVERIFY(port && port->isBridge && port->isRootPort && !port->parent);
    const PciDevice *host = topology.find(at("0000:00:00.0"));
    QVERIFY(host && !host->isBridge && !host->isRootPort);
    QCOMPARE(topology.groupMembers(2).size(), 2);
    const auto byGroup = topology.devicesByGroup();
    QCOMPARE(byGroup.keys(), topology.groupIds());
    for (const int id : topology.groupIds())
        QCOMPARE(byGroup.value(id), topology.groupMembers(id));
}

void TopologyOddTrees::deviceVanishedDuringScan()
{
    // The listing still has the link, the device directory is gone: what hot-unplug between readdir() and
    // the reads looks like.
    SmallMachine machine;
    QVERIFY(QDir(machine.path("0000:01:00.1")).removeRecursively());
    const Topology topology = machine.scan();
    QCOMPARE(topology.devices.size(), 4);
    const PciDevice *audio = topology.find(at("0000:01:00.1"));
    QVERIFY(audio);
    QVERIFY2(mentions(audio->problems, QStringLiteral("disappeared")),
             qPrintable(audio->problems.join(u' ')));
    QCOMPARE(audio->parent, at("0000:00:1c.0")); // still known from the link text
    QVERIFY(!audio->iommuGroup);
    const PciDevice *gpu = topology.find(at("0000:01:00.0"));
    QVERIFY(gpu && gpu->problems.isEmpty() && gpu->iommuGroup == 2);
}

void TopologyOddTrees::attributeThatIsADirectory()
{
    // Root reads through chmod 000, so an unreadable attribute is made with a directory in its place.
    SmallMachine machine;
    QVERIFY(replaceWithDirectory(machine.path("0000:01:00.0", QStringLiteral("class"))));
    QVERIFY(replaceWithDirectory(machine.path("0000:01:00.0", QStringLiteral("modalias"))));
    const Topology topology = machine.scan();
    const PciDevice *gpu = topology.find(at("0000:01:00.0"));
    QVERIFY(gpu);
    QVERIFY2(mentions(gpu->problems, QStringLiteral("`class` could not be read")),
             qPrintable(gpu->problems.join(u' ')));
    QVERIFY(mentions(gpu->problems, QStringLiteral("`modalias` could not be read")));
    QCOMPARE(gpu->classCode, quint32{0x030000}); // from config space
    QVERIFY(gpu->modules.isEmpty());             // no modalias, no lookup
    QCOMPARE(gpu->driver, QStringLiteral("amdgpu"));
    QCOMPARE(gpu->iommuGroup, 2);
}

void TopologyOddTrees::attributeThatIsADanglingLink()
{
    // Without modalias the identity comes from the separate attributes, and a dangling one from config.
    SmallMachine machine;
    for (const char *name : {"modalias", "vendor"}) {
        const QString path = machine.path("0000:01:00.1", QString::fromLatin1(name));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(QStringLiteral("nowhere/") + QString::fromLatin1(name), path));
    }
    const Topology topology = machine.scan();
    const PciDevice *audio = topology.find(at("0000:01:00.1"));
    QVERIFY(audio);
    QVERIFY2(mentions(audio->problems, QStringLiteral("`modalias` is missing")),
             qPrintable(audio->problems.join(u' ')));
    QVERIFY(mentions(audio->problems, QStringLiteral("`vendor` is missing")));
    QCOMPARE(audio->vendorId, quint16{0x1002}); // from config space
    QCOMPARE(audio->deviceId, quint16{0xaaf0}); // from its attribute
    QCOMPARE(audio->classCode, quint32{0x040300});
    QCOMPARE(audio->subsystemDeviceId, quint16{0xaaf0});
    QVERIFY(audio->modules.isEmpty()); // nothing to look modules up with
    QCOMPARE(audio->driver, QStringLiteral("snd_hda_intel"));
}

void TopologyOddTrees::garbageInClassAndVendor()
{
    SmallMachine machine;
    // GPU: garbage everywhere its identity could come from.
    QVERIFY(writeText(machine.path("0000:01:00.0", QStringLiteral("modalias")), "pci:vGARBAGE\n"));
    QVERIFY(writeText(machine.path("0000:01:00.0", QStringLiteral("class")), "banana\n"));
    QVERIFY(writeText(machine.path("0000:01:00.0", QStringLiteral("vendor")), QByteArray("0x\xff\x01zz", 6)));
    QVERIFY(writeText(machine.path("0000:01:00.0", QStringLiteral("config")), "short"));
    // Audio: garbage in class and vendor, but the kernel's modalias is intact and is what counts.
    QVERIFY(writeText(machine.path("0000:01:00.1", QStringLiteral("class")), "\x01\x02\x03"));
    QVERIFY(writeText(machine.path("0000:01:00.1", QStringLiteral("vendor")), "0x123456789\n"));
    const Topology topology = machine.scan();

    const PciDevice *gpu = topology.find(at("0000:01:00.0"));
    QVERIFY(gpu);
    const QString problems = gpu->problems.join(u' ');
    QVERIFY2(mentions(gpu->problems, QStringLiteral("`modalias` holds \"pci:vGARBAGE\"")),
             qPrintable(problems));
    QVERIFY2(mentions(gpu->problems, QStringLiteral("`class` holds \"banana\"")), qPrintable(problems));
    QVERIFY(mentions(gpu->problems, QStringLiteral("`vendor` holds")));
    QVERIFY(mentions(gpu->problems, QStringLiteral("`config` holds only 5 bytes")));
    QCOMPARE(gpu->vendorId, quint16{0}); // nothing trustworthy to fall back on
    QCOMPARE(gpu->classCode, quint32{0});
    QCOMPARE(gpu->deviceId, quint16{0x67df}); // its own attribute is fine
    QCOMPARE(gpu->iommuGroup, 2);
    QCOMPARE(gpu->driver, QStringLiteral("amdgpu"));

    const PciDevice *audio = topology.find(at("0000:01:00.1"));
    QVERIFY(audio);
    QCOMPARE(audio->vendorId, quint16{0x1002});
    QCOMPARE(audio->classCode, quint32{0x040300});
    QCOMPARE(audio->modules, QStringList{QStringLiteral("snd_hda_intel")});
    QVERIFY2(audio->problems.isEmpty(), qPrintable(audio->problems.join(u' ')));
}

void TopologyOddTrees::modaliasDisagreeingWithConfig()
{
    SmallMachine machine;
    QVERIFY(writeText(machine.path("0000:01:00.1", QStringLiteral("modalias")),
                      "pci:v00008086d00001234sv00001DA2sd0000AAF0bc04sc03i00\n"));
    const Topology topology = machine.scan();
    const PciDevice *audio = topology.find(at("0000:01:00.1"));
    QVERIFY2(mentions(audio->problems, QStringLiteral("config space says 1002:aaf0")),
             qPrintable(audio->problems.join(u' ')));
    QCOMPARE(audio->idPair(), QStringLiteral("8086:1234")); // the kernel's view, reported as suspicious
}

void TopologyOddTrees::danglingGroupLinksWithoutSysKernel()
{
    SmallMachine machine(/*kernelGroups=*/false);
    QVERIFY(!QFileInfo::exists(machine.dir.path() + QStringLiteral("/sys/kernel")));
    const Topology topology = machine.scan();
    QCOMPARE(topology.groupIds(), (QList<int>{0, 1, 2}));
    QCOMPARE(topology.find(at("0000:01:00.1"))->iommuGroup, 2);
    QVERIFY(topology.iommu.active);
    for (const PciDevice &device : topology.devices)
        QVERIFY2(device.problems.isEmpty(), qPrintable(device.problems.join(u' ')));
}

void TopologyOddTrees::noGroupsAtAll()
{
    SmallMachine machine(true, 256, /*groups=*/false);
    const Topology topology = machine.scan();
    QVERIFY(!topology.iommu.active);
    QCOMPARE(toString(topology.iommu.kind), toString(IommuStatus::Kind::None));
    QVERIFY(!topology.iommu.firmwareTable);
    QVERIFY(topology.groupIds().isEmpty());
    QCOMPARE(topology.ungrouped().size(), 4);
    QVERIFY(topology.problems.isEmpty());
}

void TopologyOddTrees::hiddenConfigSpaceFallsBackToTopology()
{
    // Unprivileged users read 64 bytes of config: no capability list. A bridge on a root bus is then
    // taken for a root port; header types still tell bridges.
    SmallMachine machine(true, 64);
    SysfsTreeBuilder::Device downstream;
    downstream.address = at("0000:01:01.0");
    downstream.parent = at("0000:00:1c.0");
    downstream.classCode = 0x060400;
    downstream.secondaryBus = 2;
    downstream.pciePortType = 6;
    downstream.configSize = 64;
    QVERIFY(machine.builder.addDevice(downstream));
    const Topology topology = machine.scan();
    QVERIFY(topology.find(at("0000:00:1c.0"))->isRootPort);
    QVERIFY(topology.find(at("0000:01:01.0"))->isBridge);
    QVERIFY(!topology.find(at("0000:01:01.0"))->isRootPort);
    QVERIFY(!topology.find(at("0000:00:00.0"))->isRootPort);

    // With full config space the capability decides, even against the topology guess.
    SmallMachine full;
    SysfsTreeBuilder::Device pcieToPci;
    pcieToPci.address = at("0000:00:05.0");
    pcieToPci.classCode = 0x060400;
    pcieToPci.secondaryBus = 9;
    pcieToPci.pciePortType = 8; // PCIe-to-PCI bridge on the root bus: not a root port
    QVERIFY(full.builder.addDevice(pcieToPci));
    const Topology fullTopology = full.scan();
    QVERIFY(fullTopology.find(at("0000:00:05.0"))->isBridge);
    QVERIFY(!fullTopology.find(at("0000:00:05.0"))->isRootPort);
}

void TopologyOddTrees::flattenedLinkFiles()
{
    SmallMachine machine;
    const QString group = machine.path("0000:01:00.0", QStringLiteral("iommu_group"));
    const QString driver = machine.path("0000:01:00.0", QStringLiteral("driver"));
    const QString listing = machine.dir.path() + QStringLiteral("/sys/bus/pci/devices/0000:01:00.0");
    for (const QString &link : {group, driver, listing}) {
        const QByteArray target = QFile::encodeName(QFileInfo(link).symLinkTarget());
        const QString text = QFileInfo(link).dir().relativeFilePath(QFileInfo(link).symLinkTarget());
        QVERIFY(QFile::remove(link));
        QVERIFY(writeText(link, text.toUtf8()));
    }
    const Topology topology = machine.scan();
    const PciDevice *gpu = topology.find(at("0000:01:00.0"));
    QVERIFY(gpu);
    QVERIFY2(gpu->problems.isEmpty(), qPrintable(gpu->problems.join(u' ')));
    QCOMPARE(gpu->iommuGroup, 2);
    QCOMPARE(gpu->driver, QStringLiteral("amdgpu"));
    QCOMPARE(gpu->parent, at("0000:00:1c.0"));
    QCOMPARE(gpu->vendorId, quint16{0x1002});
}

void TopologyOddTrees::groupLinkThatIsNotALink()
{
    // A file whose text is not a link target (a newline, words): never mistaken for a flattened link.
    SmallMachine machine;
    const QString group = machine.path("0000:01:00.0", QStringLiteral("iommu_group"));
    QVERIFY(QFile::remove(group));
    QVERIFY(writeText(group, "../../../kernel/iommu_groups/2\n"));
    const Topology topology = machine.scan();
    const PciDevice *gpu = topology.find(at("0000:01:00.0"));
    QVERIFY(!gpu->iommuGroup);
    QVERIFY2(mentions(gpu->problems, QStringLiteral("`iommu_group` is there but is not a link")),
             qPrintable(gpu->problems.join(u' ')));
}

void TopologyOddTrees::groupLinkWithoutNumber()
{
    SmallMachine machine;
    const QString group = machine.path("0000:01:00.1", QStringLiteral("iommu_group"));
    QVERIFY(QFile::remove(group));
    QVERIFY(QFile::link(QStringLiteral("../../../../kernel/iommu_groups/abc"), group));
    const Topology topology = machine.scan();
    const PciDevice *audio = topology.find(at("0000:01:00.1"));
    QVERIFY(!audio->iommuGroup);
    QVERIFY(mentions(audio->problems, QStringLiteral("does not end in a group number")));
}

void TopologyOddTrees::entryNotNamedLikeADevice()
{
    SmallMachine machine;
    QVERIFY(QDir().mkpath(machine.dir.path() + QStringLiteral("/sys/bus/pci/devices/stray file")));
    const Topology topology = machine.scan();
    QCOMPARE(topology.devices.size(), 4);
    QVERIFY(mentions(topology.problems, QStringLiteral("stray file")));
}

void TopologyOddTrees::deviceCopiedAsDirectory()
{
    // A report copied without links: the listing entry is the device directory itself.
    SmallMachine machine;
    const QString listing = machine.dir.path() + QStringLiteral("/sys/bus/pci/devices/0000:00:00.0");
    QVERIFY(QFile::remove(listing));
    QVERIFY(QDir().mkpath(listing));
    QVERIFY(QFile::copy(machine.path("0000:00:00.0", QStringLiteral("vendor")),
                        listing + QStringLiteral("/vendor")));
    const Topology topology = machine.scan();
    const PciDevice *host = topology.find(at("0000:00:00.0"));
    QVERIFY(host);
    QCOMPARE(host->vendorId, quint16{0x8086});
    QVERIFY(mentions(host->problems, QStringLiteral("parent bridge is unknown")));
    QVERIFY(mentions(host->problems, QStringLiteral("`device` is missing")));
}

void TopologyOddTrees::missingModuleIndex()
{
    SmallMachine machine;
    QVERIFY(QFile::remove(machine.dir.path() + QStringLiteral("/lib/modules/") + Release));
    const Topology topology = machine.scan();
    QCOMPARE(topology.devices.size(), 4);
    QVERIFY2(mentions(topology.problems, QStringLiteral("Kernel modules are not shown")),
             qPrintable(topology.problems.join(u'\n')));
    QVERIFY(topology.find(at("0000:01:00.0"))->modules.isEmpty());
    QCOMPARE(topology.find(at("0000:01:00.0"))->driver, QStringLiteral("amdgpu"));
}

void TopologyOddTrees::emptyRoot()
{
    QTemporaryDir empty;
    const Topology topology = TopologyScanner(empty.path()).scan();
    QVERIFY(topology.devices.isEmpty());
    QVERIFY(mentions(topology.problems, QStringLiteral("No PCI devices could be listed")));
    QVERIFY(mentions(topology.problems, QStringLiteral("kernel release is unknown")));
    QVERIFY(!topology.iommu.active);
}

void TopologyOddTrees::amdIommuKind()
{
    QTemporaryDir dir;
    SysfsTreeBuilder builder(dir.path());
    QVERIFY(builder.addIommuUnit(QStringLiteral("ivhd0")));
    QVERIFY(builder.addFirmwareTable(QStringLiteral("IVRS")));
    const Topology topology = TopologyScanner(dir.path()).scan();
    QVERIFY(topology.iommu.active);
    QCOMPARE(toString(topology.iommu.kind), toString(IommuStatus::Kind::Amd));
    QCOMPARE(topology.iommu.firmwareTableName, QStringLiteral("IVRS"));
    QCOMPARE(toString(topology.iommu.kind), QStringLiteral("amd"));
}

void TopologyOddTrees::classNamesAsLspciPrintsThem()
{
    // A base class pci.ids knows without the subclass (virtio devices report ffff), and one it does not
    // know at all: lspci prints "Unassigned class [ffff]" and "Class [7700]".
    SmallMachine machine;
    SysfsTreeBuilder::Device balloon;
    balloon.address = at("0000:00:02.0");
    balloon.vendorId = 0x1af4;
    balloon.deviceId = 0x1045;
    balloon.classCode = 0xffff00;
    QVERIFY(machine.builder.addDevice(balloon));
    SysfsTreeBuilder::Device unknown = balloon;
    unknown.address = at("0000:00:03.0");
    unknown.vendorId = 0x1234; // not in pci.ids either
    unknown.deviceId = 0x5678;
    unknown.classCode = 0x770000;
    QVERIFY(machine.builder.addDevice(unknown));
    const Topology topology = machine.scan();
    const PciDevice *first = topology.find(balloon.address);
    QCOMPARE(first->className, QStringLiteral("Unassigned class"));
    QCOMPARE(first->displayName(), QStringLiteral("Red Hat, Inc. Virtio 1.0 memory balloon"));
    const PciDevice *second = topology.find(unknown.address);
    QVERIFY(second->className.isEmpty());
    QVERIFY(second->vendorName.isEmpty());
    QCOMPARE(second->displayName(), QStringLiteral("Device"));
}

void TopologyOddTrees::manyDevicesReadOnSeveralThreads()
{
    // From 64 devices up the scan shares devices out to threads: every one must still be read, once,
    // with its own data, whatever the interleaving.
    SmallMachine machine;
    constexpr int Count = 150;
    for (int i = 0; i < Count; ++i) {
        SysfsTreeBuilder::Device nic;
        nic.address = PciAddress{1, static_cast<quint8>(i / 8), static_cast<quint8>(i % 8 * 2), 0};
        nic.subsystemDeviceId = static_cast<quint16>(i);
        nic.revision = static_cast<quint8>(i);
        nic.driver = i % 2 ? QStringLiteral("e1000e") : QString();
        nic.iommuGroup = 100 + i;
        QVERIFY(machine.builder.addDevice(nic));
    }
    const Topology topology = machine.scan();
    QCOMPARE(topology.devices.size(), Count + 4);
    QVERIFY(std::is_sorted(topology.devices.cbegin(), topology.devices.cend(),
                           [](const PciDevice &a, const PciDevice &b) { return a.address < b.address; }));
    for (int i = 0; i < Count; ++i) {
        const PciDevice *nic =
            topology.find(PciAddress{1, static_cast<quint8>(i / 8), static_cast<quint8>(i % 8 * 2), 0});
        QVERIFY(nic);
        QVERIFY2(nic->problems.isEmpty(), qPrintable(nic->problems.join(u' ')));
        QCOMPARE(nic->subsystemDeviceId, quint16(i));
        QCOMPARE(nic->revision, quint8(i));
        QCOMPARE(nic->iommuGroup, 100 + i);
        QCOMPARE(nic->driver, i % 2 ? QStringLiteral("e1000e") : QString());
        QCOMPARE(nic->modules, QStringList{QStringLiteral("e1000e")});
        QCOMPARE(nic->displayName(), QStringLiteral("Intel Corporation 82574L Gigabit Network Connection"));
    }
}

QTEST_GUILESS_MAIN(TopologyOddTrees)
#include "tst_topology_odd_trees.moc"
