// SPDX-License-Identifier: GPL-3.0-or-later
// Host-critical devices: boot GPU, root disk controller(s), default-route NIC, read from generated roots.
#include "PolicyTestTree.h"

#include "policy/HostCriticalDevices.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using vfio::test::address;
using vfio::test::makeLink;
using vfio::test::writeFile;

namespace {

QList<PciAddress> addressesWithRole(const HostCriticalReport &report, HostCriticalDevice::Role role)
{
    QList<PciAddress> result;
    for (const HostCriticalDevice &device : report.devices) {
        if (device.role == role)
            result.append(device.address);
    }
    return result;
}

const HostCriticalDevice *firstWithRole(const HostCriticalReport &report, HostCriticalDevice::Role role)
{
    for (const HostCriticalDevice &device : report.devices) {
        if (device.role == role)
            return &device;
    }
    return nullptr;
}

constexpr auto RootDisk = HostCriticalDevice::Role::RootDiskController;
constexpr auto Nic = HostCriticalDevice::Role::DefaultRouteNic;
constexpr auto BootGpu = HostCriticalDevice::Role::BootGpu;

// A block device at its sysfs place, reachable by M:m and by name, as the kernel links them.
void addBlock(const QString &root, const QString &devicePath, const QString &name, const QString &majorMinor)
{
    QDir().mkpath(root + QStringLiteral("/sys/") + devicePath);
    makeLink(root, QStringLiteral("sys/dev/block/") + majorMinor, QStringLiteral("../../") + devicePath);
    makeLink(root, QStringLiteral("sys/class/block/") + name, QStringLiteral("../../") + devicePath);
}

void addNetInterface(const QString &root, const QString &pciPath, const QString &name)
{
    const QString devicePath = QStringLiteral("devices/") + pciPath + QStringLiteral("/net/") + name;
    QDir().mkpath(root + QStringLiteral("/sys/") + devicePath);
    makeLink(root, QStringLiteral("sys/class/net/") + name, QStringLiteral("../../") + devicePath);
    makeLink(root, QStringLiteral("sys/") + devicePath + QStringLiteral("/device"), QStringLiteral("../.."));
}

QByteArray mountinfo(const QByteArray &majorMinor, const QByteArray &source, const QByteArray &type = "ext4")
{
    return "1 0 0:2 / / rw - rootfs rootfs rw\n"
           "21 1 " +
           majorMinor + " / / rw,relatime shared:1 - " + type + " " + source +
           " rw\n"
           "22 21 0:21 / /proc rw - proc proc rw\n";
}

} // namespace

class PolicyHostCriticalTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_seed = test::scanFixture(QStringLiteral("seed"));
        m_switch = test::scanFixture(QStringLiteral("switch"));
        QVERIFY(m_seed.find(address("0000:00:01.0")));
    }

    void bootGpuComesFromBootVga()
    {
        QTemporaryDir root;
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root.path());
        QCOMPARE(addressesWithRole(report, BootGpu), QList<PciAddress>{address("0000:02:00.0")});
        QVERIFY(firstWithRole(report, BootGpu)->reason.contains(QStringLiteral("boot_vga")));
        QVERIFY(report.isCritical(address("0000:02:00.0")));
        QVERIFY(!report.isCritical(address("0000:02:00.1")));
        QCOMPARE(report.within({address("0000:02:00.0"), address("0000:02:00.1")}).size(), 1);
    }

    void missingFilesGiveNotesNotCrashes()
    {
        QTemporaryDir root;
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root.path());
        QVERIFY(addressesWithRole(report, RootDisk).isEmpty());
        QVERIFY(addressesWithRole(report, Nic).isEmpty());
        QCOMPARE(report.notes.size(), 2);
        QVERIFY(report.notes.at(0).startsWith(QStringLiteral("Root disk controller unknown")));
        QVERIFY(report.notes.at(1).startsWith(QStringLiteral("Default-route network card unknown")));
    }

    void virtioPartitionLeadsToItsController()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/self/mountinfo"), mountinfo("254:1", "/dev/vda1"));
        addBlock(root, QStringLiteral("devices/pci0000:00/0000:00:01.0/virtio0/block/vda/vda1"),
                 QStringLiteral("vda1"), QStringLiteral("254:1"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, RootDisk), QList<PciAddress>{address("0000:00:01.0")});
        const HostCriticalDevice *disk = firstWithRole(report, RootDisk);
        QCOMPARE(disk->detail, QStringLiteral("vda"));
        QVERIFY2(disk->reason.contains(QStringLiteral("00:01.0")) &&
                     disk->reason.contains(QStringLiteral("vda")),
                 qPrintable(disk->reason));
        QVERIFY(!report.isCritical(address("0000:00:02.0")));
    }

    void mountinfoIsReadAsTheKernelWritesIt()
    {
        // Several optional fields, an escaped space in a later mount point and a damaged line: libmount reads
        // the mount of / all the same (the last one on /, device 254:1).
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/self/mountinfo"),
                  "1 0 0:2 / / rw - rootfs rootfs rw\n"
                  "21 1 254:1 / / rw,relatime shared:1 master:3 propagate_from:2 - ext4 /dev/vda1 rw\n"
                  "this line is damaged\n"
                  "40 21 8:17 / /mnt/my\\040disk rw,relatime shared:9 - ext4 /dev/sdb1 rw\n");
        addBlock(root, QStringLiteral("devices/pci0000:00/0000:00:01.0/virtio0/block/vda/vda1"),
                 QStringLiteral("vda1"), QStringLiteral("254:1"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, RootDisk), QList<PciAddress>{address("0000:00:01.0")});
        QCOMPARE(firstWithRole(report, RootDisk)->detail, QStringLiteral("vda"));
    }

    void nvmeBehindSwitchIsTheEndpointNotThePorts()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/self/mountinfo"), mountinfo("259:2", "/dev/nvme0n1p2"));
        addBlock(root,
                 QStringLiteral(
                     "devices/pci0000:00/0000:00:1c.0/0000:01:00.0/0000:02:00.0/0000:03:00.0/nvme/nvme0/"
                     "nvme0n1/nvme0n1p2"),
                 QStringLiteral("nvme0n1p2"), QStringLiteral("259:2"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_switch, root);
        QCOMPARE(addressesWithRole(report, RootDisk), QList<PciAddress>{address("0000:03:00.0")});
        QCOMPARE(firstWithRole(report, RootDisk)->detail, QStringLiteral("nvme0n1"));
    }

    void lvmOnLuksOnSataFollowsSlaves()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/self/mountinfo"), mountinfo("253:1", "/dev/mapper/vg-root"));
        addBlock(root, QStringLiteral("devices/virtual/block/dm-1"), QStringLiteral("dm-1"),
                 QStringLiteral("253:1"));
        addBlock(root, QStringLiteral("devices/virtual/block/dm-0"), QStringLiteral("dm-0"),
                 QStringLiteral("253:0"));
        addBlock(
            root,
            QStringLiteral("devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda/sda2"),
            QStringLiteral("sda2"), QStringLiteral("8:2"));
        makeLink(root, QStringLiteral("sys/devices/virtual/block/dm-1/slaves/dm-0"),
                 QStringLiteral("../../dm-0"));
        makeLink(root, QStringLiteral("sys/devices/virtual/block/dm-0/slaves/sda2"),
                 QStringLiteral(
                     "../../../../pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda/sda2"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, RootDisk), QList<PciAddress>{address("0000:00:1f.2")});
        QCOMPARE(firstWithRole(report, RootDisk)->detail, QStringLiteral("sda"));
    }

    void raidOverTwoDisksMarksBothControllers()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/self/mountinfo"), mountinfo("9:0", "/dev/md0"));
        addBlock(root, QStringLiteral("devices/virtual/block/md0"), QStringLiteral("md0"),
                 QStringLiteral("9:0"));
        addBlock(root, QStringLiteral("devices/pci0000:00/0000:00:01.0/virtio0/block/vda/vda1"),
                 QStringLiteral("vda1"), QStringLiteral("254:1"));
        addBlock(root, QStringLiteral("devices/pci0000:00/0000:00:02.0/virtio1/block/vdb/vdb1"),
                 QStringLiteral("vdb1"), QStringLiteral("254:17"));
        makeLink(root, QStringLiteral("sys/devices/virtual/block/md0/slaves/vda1"), QStringLiteral("x"));
        makeLink(root, QStringLiteral("sys/devices/virtual/block/md0/slaves/vdb1"), QStringLiteral("x"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, RootDisk),
                 (QList<PciAddress>{address("0000:00:01.0"), address("0000:00:02.0")}));
    }

    void btrfsWithAnonymousDeviceUsesTheMountSource()
    {
        // btrfs reports 0:N in mountinfo; the source names the mapper device, found through dm/name.
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/self/mountinfo"),
                  mountinfo("0:25", "/dev/mapper/cryptroot", "btrfs"));
        addBlock(root, QStringLiteral("devices/virtual/block/dm-0"), QStringLiteral("dm-0"),
                 QStringLiteral("253:0"));
        makeLink(root, QStringLiteral("sys/block/dm-0"), QStringLiteral("../devices/virtual/block/dm-0"));
        writeFile(root, QStringLiteral("sys/devices/virtual/block/dm-0/dm/name"), "cryptroot\n");
        addBlock(root, QStringLiteral("devices/pci0000:00/0000:00:02.0/virtio1/block/vdb/vdb3"),
                 QStringLiteral("vdb3"), QStringLiteral("254:19"));
        makeLink(root, QStringLiteral("sys/devices/virtual/block/dm-0/slaves/vdb3"), QStringLiteral("x"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, RootDisk), QList<PciAddress>{address("0000:00:02.0")});
    }

    void procMountsIsTheFallback()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/mounts"),
                  "rootfs / rootfs rw 0 0\n/dev/vda1 / ext4 rw,relatime 0 0\nproc /proc proc rw 0 0\n");
        addBlock(root, QStringLiteral("devices/pci0000:00/0000:00:01.0/virtio0/block/vda/vda1"),
                 QStringLiteral("vda1"), QStringLiteral("254:1"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, RootDisk), QList<PciAddress>{address("0000:00:01.0")});
    }

    void rootOnNetworkOrZfsIsUnknownWithANote()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/self/mountinfo"), mountinfo("0:30", "rpool/ROOT/debian", "zfs"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QVERIFY(addressesWithRole(report, RootDisk).isEmpty());
        QVERIFY(report.notes.first().contains(QStringLiteral("rpool/ROOT/debian")));
        QVERIFY(report.rootDiskUnknown.contains(QStringLiteral("rpool/ROOT/debian")));
    }

    void rootDiskUnknownIsSaidForTheCaution()
    {
        // Nothing readable: the controller of / is unknown, in words a caution can quote.
        QTemporaryDir empty;
        const HostCriticalReport none = HostCriticalDevices::detect(m_seed, empty.path());
        QCOMPARE(none.rootDiskUnknown, QStringLiteral("the mounts of this system could not be read"));
        // Ticking a storage controller then gets a caution; a network card or a known root disk none.
        const QString caution =
            none.rootDiskCaution(m_seed, {address("0000:00:01.0"), address("0000:03:00.0")});
        QVERIFY2(
            caution.startsWith(QStringLiteral("VFIO Isolator cannot tell which controller holds the root "
                                              "file system / (the mounts of this system could not be read)")),
            qPrintable(caution));
        QVERIFY(caution.contains(QStringLiteral("make sure / is not on 00:01.0 (SCSI storage controller)")));
        QVERIFY(!caution.contains(QStringLiteral("03:00.0")));
        QVERIFY(none.rootDiskCaution(m_seed, {address("0000:03:00.0")}).isEmpty());

        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("proc/self/mountinfo"), mountinfo("254:1", "/dev/vda1"));
        addBlock(dir.path(), QStringLiteral("devices/pci0000:00/0000:00:01.0/virtio0/block/vda/vda1"),
                 QStringLiteral("vda1"), QStringLiteral("254:1"));
        const HostCriticalReport known = HostCriticalDevices::detect(m_seed, dir.path());
        QVERIFY(known.rootDiskUnknown.isEmpty());
        QVERIFY(known.rootDiskCaution(m_seed, {address("0000:00:02.0")}).isEmpty());
    }

    void withoutMountsTheKernelsRootIsFollowed()
    {
        // The seed snapshot itself: root=/dev/vda, no mounts and no block devices copied.
        const HostCriticalReport seed =
            HostCriticalDevices::detect(m_seed, test::fixtureRoot(QStringLiteral("seed")));
        QVERIFY(addressesWithRole(seed, RootDisk).isEmpty());
        QVERIFY2(seed.rootDiskUnknown.contains(QStringLiteral("root=/dev/vda")),
                 qPrintable(seed.rootDiskUnknown));
        QVERIFY(!seed.rootDiskCaution(m_seed, {address("0000:00:02.0")}).isEmpty());
        QCOMPARE(seed.notes.filter(QStringLiteral("Root disk controller unknown")).size(), 1);

        // The same command line with the block device in sys: it leads to its controller.
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("proc/cmdline"),
                  "BOOT_IMAGE=/vmlinuz root=/dev/vda1 ro quiet\n");
        addBlock(dir.path(), QStringLiteral("devices/pci0000:00/0000:00:02.0/virtio1/block/vda/vda1"),
                 QStringLiteral("vda1"), QStringLiteral("254:1"));
        const HostCriticalReport found = HostCriticalDevices::detect(m_seed, dir.path());
        QCOMPARE(addressesWithRole(found, RootDisk), QList<PciAddress>{address("0000:00:02.0")});
        QVERIFY(found.rootDiskUnknown.isEmpty());
        QVERIFY(found.notes.filter(QStringLiteral("Root disk controller unknown")).isEmpty());

        // root=UUID=... cannot be followed without /dev.
        QTemporaryDir uuid;
        writeFile(uuid.path(), QStringLiteral("proc/cmdline"), "root=UUID=0a1b2c3d ro\n");
        const HostCriticalReport byUuid = HostCriticalDevices::detect(m_seed, uuid.path());
        QVERIFY2(byUuid.rootDiskUnknown.contains(QStringLiteral("root=UUID=0a1b2c3d")),
                 qPrintable(byUuid.rootDiskUnknown));
    }

    void defaultRouteWithTheLowestMetricWins()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/net/route"),
                  "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                  "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
                  "ens3\t00000000\t0202000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
                  "ens4\t0002000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n");
        addNetInterface(root, QStringLiteral("pci0000:00/0000:00:1d.0/0000:03:00.0"), QStringLiteral("ens3"));
        addNetInterface(root, QStringLiteral("pci0000:00/0000:00:1e.0/0000:04:00.0"),
                        QStringLiteral("wlan0"));
        addNetInterface(root, QStringLiteral("pci0000:00/0000:00:05.0/0000:01:01.0"), QStringLiteral("ens4"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, Nic), QList<PciAddress>{address("0000:03:00.0")});
        const HostCriticalDevice *nic = firstWithRole(report, Nic);
        QCOMPARE(nic->detail, QStringLiteral("ens3"));
        QVERIFY(nic->reason.contains(QStringLiteral("03:00.0 (Ethernet controller)")));
    }

    void virtioNetResolvesThroughTheRealDevicePath()
    {
        // /sys/class/net/X/device points at ../../../virtio0, relative to where X really lives.
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/net/route"),
                  "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                  "enp5s0\t00000000\t0202000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n");
        const QString devicePath = QStringLiteral(
            "devices/pci0000:00/0000:00:1c.0/0000:01:00.0/0000:02:01.0/0000:05:00.0/virtio2/net/enp5s0");
        QDir().mkpath(root + QStringLiteral("/sys/") + devicePath);
        makeLink(root, QStringLiteral("sys/class/net/enp5s0"), QStringLiteral("../../") + devicePath);
        makeLink(root, QStringLiteral("sys/") + devicePath + QStringLiteral("/device"),
                 QStringLiteral("../../../virtio2"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_switch, root);
        QCOMPARE(addressesWithRole(report, Nic), QList<PciAddress>{address("0000:05:00.0")});
    }

    void bondLeadsToItsPorts()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/net/route"),
                  "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                  "bond0\t00000000\t0202000A\t0003\t0\t0\t0\t00000000\t0\t0\t0\n");
        QDir().mkpath(root + QStringLiteral("/sys/devices/virtual/net/bond0"));
        makeLink(root, QStringLiteral("sys/class/net/bond0"),
                 QStringLiteral("../../devices/virtual/net/bond0"));
        addNetInterface(root, QStringLiteral("pci0000:00/0000:00:1d.0/0000:03:00.0"), QStringLiteral("eth0"));
        addNetInterface(root, QStringLiteral("pci0000:00/0000:00:1e.0/0000:04:00.0"), QStringLiteral("eth1"));
        makeLink(root, QStringLiteral("sys/devices/virtual/net/bond0/lower_eth0"),
                 QStringLiteral("../../../x"));
        makeLink(root, QStringLiteral("sys/devices/virtual/net/bond0/lower_eth1"),
                 QStringLiteral("../../../x"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, Nic),
                 (QList<PciAddress>{address("0000:03:00.0"), address("0000:04:00.0")}));
    }

    void ipv6OnlyDefaultRoute()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root, QStringLiteral("proc/net/route"),
                  "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n");
        writeFile(root, QStringLiteral("proc/net/ipv6_route"),
                  "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
                  "00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n"
                  "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
                  "fe800000000000000000000000000001 00000400 00000001 00000000 00000003     eth1\n");
        addNetInterface(root, QStringLiteral("pci0000:00/0000:00:1e.0/0000:04:00.0"), QStringLiteral("eth1"));
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, root);
        QCOMPARE(addressesWithRole(report, Nic), QList<PciAddress>{address("0000:04:00.0")});
    }

    void noDefaultRouteIsSaid()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("proc/net/route"),
                  "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n");
        const HostCriticalReport report = HostCriticalDevices::detect(m_seed, dir.path());
        QVERIFY(addressesWithRole(report, Nic).isEmpty());
        QVERIFY(report.notes.last().contains(QStringLiteral("no default route")));
    }

private:
    Topology m_seed;
    Topology m_switch;
};

QTEST_GUILESS_MAIN(PolicyHostCriticalTest)
#include "tst_policy_host_critical.moc"
