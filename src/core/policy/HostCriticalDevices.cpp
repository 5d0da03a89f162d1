// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostCriticalDevices.h"

#include "PlanTypes.h"
#include "SelectionRules.h"

#include "base/EnumNames.h"
#include "topology/SysfsReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <libmount.h>
#include <sys/sysmacros.h>

#include <memory>
#include <optional>

namespace vfio {

namespace {

constexpr quint8 massStorageClass = 0x01; // SCSI, IDE, SATA, NVMe, virtio block, ...
constexpr int maxDepth = 8; // stacked dm/md/bond layers; guards against link loops in broken trees

// The first MiB of a small file; nothing when it cannot be opened.
std::optional<QString> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.read(1 << 20));
}

// The PCI functions named along a sysfs device path, outermost first.
QList<PciAddress> pciAddressesIn(const QString &path)
{
    QList<PciAddress> result;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (const auto address = PciAddress::parse(part))
            result.append(*address);
    }
    return result;
}

// Where / is mounted from: the source as the mount table or the kernel command line names it, and for a
// mountinfo line the device number ("254:1"; "0:25" for btrfs and the like, which have no block device).
struct RootSource
{
    QString majorMinor;
    QString source;
    bool fromCommandLine = false;
};

// The last mount on / in a mount table (the visible one), read by libmount, which takes a mountinfo
// (ROOT/proc/self/mountinfo, device numbers included) and a mounts file (ROOT/proc/mounts, where the
// initramfs' "rootfs" is skipped) alike; nullopt when the file cannot be read or mounts nothing on /.
std::optional<RootSource> lastRootMount(const QString &path, bool mountinfo)
{
    const std::unique_ptr<libmnt_table, decltype(&mnt_unref_table)> table(mnt_new_table(), &mnt_unref_table);
    if (!table)
        return std::nullopt;
    // A line libmount cannot parse is skipped, the others still count.
    mnt_table_set_parser_errcb(table.get(), [](libmnt_table *, const char *, int) { return 1; });
    if (mnt_table_parse_file(table.get(), QFile::encodeName(path).constData()) != 0)
        return std::nullopt;
    const std::unique_ptr<libmnt_iter, decltype(&mnt_free_iter)> backward(mnt_new_iter(MNT_ITER_BACKWARD),
                                                                          &mnt_free_iter);
    libmnt_fs *fs = nullptr;
    while (backward && mnt_table_next_fs(table.get(), backward.get(), &fs) == 0) {
        const char *source = mnt_fs_get_srcpath(fs) ? mnt_fs_get_srcpath(fs) : mnt_fs_get_source(fs);
        RootSource root{{}, QString::fromUtf8(source), false};
        if (qstrcmp(mnt_fs_get_target(fs), "/") != 0 ||
            (!mountinfo && root.source == QLatin1String("rootfs")))
            continue;
        const dev_t device = mnt_fs_get_devno(fs);
        if (mountinfo)
            root.majorMinor = QStringLiteral("%1:%2").arg(major(device)).arg(minor(device));
        return root;
    }
    return std::nullopt;
}

QString describeAddress(const Topology &topology, const PciAddress &address)
{
    const PciDevice *device = topology.find(address);
    return device ? SelectionRules::describe(*device) : address.toShortString();
}

class Detector
{
public:
    Detector(const Topology &topology, const QString &root) : m_topology(topology), m_root(root) {}

    HostCriticalReport run()
    {
        detectBootGpu();
        detectRootDisk();
        detectDefaultRoute();
        return m_report;
    }

private:
    QString sys(const QString &path) const { return underRoot(m_root, QStringLiteral("/sys/") + path); }
    QString proc(const QString &path) const { return underRoot(m_root, QStringLiteral("/proc/") + path); }

    void add(const PciAddress &address, HostCriticalDevice::Role role, const QString &detail,
             const QString &reason)
    {
        for (const HostCriticalDevice &known : std::as_const(m_report.devices)) {
            if (known.address == address && known.role == role)
                return;
        }
        m_report.devices.append(HostCriticalDevice{address, role, detail, reason});
    }

    void detectBootGpu()
    {
        bool found = false;
        for (const PciDevice &device : m_topology.devices) {
            if (!device.bootVga)
                continue;
            found = true;
            add(device.address, HostCriticalDevice::Role::BootGpu, QString(),
                QCoreApplication::translate(
                    "vfio::HostCriticalDevices",
                    "%1 is the boot GPU (boot_vga is 1): the firmware and the console draw on it, so "
                    "taking it from the host can leave the screen black while the system starts.")
                    .arg(SelectionRules::describe(device)));
        }
        if (!found)
            m_report.notes.append(
                QCoreApplication::translate("vfio::HostCriticalDevices",
                                            "Boot GPU unknown: no PCI display device says boot_vga=1 (normal "
                                            "when the console is not on a PCI graphics card)."));
    }

    // --- root disk -------------------------------------------------------------------------------------

    void detectRootDisk()
    {
        const std::optional<RootSource> root = findRootSource();
        if (!root)
            return;
        const QString blockPath = blockPathOf(*root);
        if (blockPath.isEmpty() || !QFileInfo::exists(blockPath))
            return noBlockDevice(*root);
        QList<QPair<PciAddress, QString>> controllers;
        collectBlockControllers(blockPath, 0, &controllers);
        const QString what = root->source.isEmpty() ? root->majorMinor : root->source;
        if (controllers.isEmpty())
            return rootDiskUnknown(
                QCoreApplication::translate("vfio::HostCriticalDevices",
                                            "the block device of / (%1) is not on a PCI controller this "
                                            "program can follow.")
                    .arg(what),
                QCoreApplication::translate("vfio::HostCriticalDevices",
                                            "the block device of / (%1) is not on a PCI controller "
                                            "this program can follow")
                    .arg(what));
        for (const auto &[address, disk] : std::as_const(controllers)) {
            add(address, HostCriticalDevice::Role::RootDiskController, disk,
                QCoreApplication::translate(
                    "vfio::HostCriticalDevices",
                    "%1 controls %2, which holds the root file system (/); without it the host "
                    "cannot start.")
                    .arg(describeAddress(m_topology, address), disk));
        }
    }

    // A note ("Root disk controller unknown: " + `note`) and the few words a caution quotes.
    void rootDiskUnknown(const QString &note, const QString &reason)
    {
        m_report.notes.append(
            QCoreApplication::translate("vfio::HostCriticalDevices", "Root disk controller unknown: ") +
            note);
        m_report.rootDiskUnknown = reason;
    }

    // The mount of / (ROOT/proc/self/mountinfo, else ROOT/proc/mounts). A snapshot (or a /proc that cannot be
    // read) has no mounts; the kernel's root= may still name the device node. UUID=, LABEL= and the like
    // need /dev, which is not read. nullopt (with the note) when neither says where / is.
    std::optional<RootSource> findRootSource()
    {
        if (auto mount = lastRootMount(proc(QStringLiteral("self/mountinfo")), true))
            return mount;
        if (auto mount = lastRootMount(proc(QStringLiteral("mounts")), false))
            return mount;
        const QString root = rootOnCommandLine();
        if (root.startsWith(QStringLiteral("/dev/")))
            return RootSource{{}, root, true};
        const QString noNode =
            root.isEmpty()
                ? QString()
                : QCoreApplication::translate("vfio::HostCriticalDevices",
                                              ", and root=%1 on the kernel command line names no device node")
                      .arg(root);
        rootDiskUnknown(
            QCoreApplication::translate("vfio::HostCriticalDevices",
                                        "neither %1 nor %2 could be read or names the mount of /%3.")
                .arg(proc(QStringLiteral("self/mountinfo")), proc(QStringLiteral("mounts")), noNode),
            QCoreApplication::translate("vfio::HostCriticalDevices",
                                        "the mounts of this system could not be read") +
                noNode);
        return std::nullopt;
    }

    QString blockPathOf(const RootSource &root) const
    {
        if (!root.majorMinor.isEmpty() && !root.majorMinor.startsWith(QStringLiteral("0:")))
            return sys(QStringLiteral("dev/block/") + root.majorMinor);
        if (root.source.startsWith(QStringLiteral("/dev/")))
            return blockPathForDeviceNode(root.source);
        return {};
    }

    void noBlockDevice(const RootSource &root)
    {
        if (root.fromCommandLine)
            return rootDiskUnknown(
                QCoreApplication::translate(
                    "vfio::HostCriticalDevices",
                    "no mounts could be read, and root=%1 on the kernel command line does not "
                    "lead to a block device under %2.")
                    .arg(root.source, sys(QStringLiteral("class/block"))),
                QCoreApplication::translate(
                    "vfio::HostCriticalDevices",
                    "the kernel command line says root=%1, but /sys has no block device %2")
                    .arg(root.source, QFileInfo(root.source).fileName()));
        rootDiskUnknown(
            QCoreApplication::translate(
                "vfio::HostCriticalDevices",
                "/ is mounted from \"%1\"%2, which does not lead to a block device under %3.")
                .arg(root.source,
                     root.majorMinor.isEmpty() ? QString()
                                               : QStringLiteral(" (device %1)").arg(root.majorMinor),
                     sys(QStringLiteral("dev/block"))),
            QCoreApplication::translate(
                "vfio::HostCriticalDevices",
                "/ is mounted from %1, which is not a block device this program can follow to its "
                "controller")
                .arg(root.source));
    }

    // The last root= word of ROOT/proc/cmdline ("/dev/vda", "UUID=..."); empty when there is none.
    QString rootOnCommandLine() const
    {
        QString root;
        for (const QString &word :
             readSmallFile(proc(QStringLiteral("cmdline")))
                 .value_or(QString())
                 .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (word.startsWith(QStringLiteral("root=")))
                root = word.mid(5);
        }
        return root;
    }

    // "/dev/vda1" -> ROOT/sys/class/block/vda1; "/dev/mapper/vg-root" -> the dm-N whose dm/name matches.
    QString blockPathForDeviceNode(const QString &node) const
    {
        const QString mapperPrefix = QStringLiteral("/dev/mapper/");
        if (node.startsWith(mapperPrefix)) {
            const QString name = node.mid(mapperPrefix.size());
            const QDir block(sys(QStringLiteral("block")));
            for (const QString &entry : block.entryList({QStringLiteral("dm-*")}, QDir::AllEntries)) {
                if (readSmallFile(block.filePath(entry + QStringLiteral("/dm/name")))
                        .value_or(QString())
                        .trimmed() == name)
                    return sys(QStringLiteral("class/block/") + entry);
            }
            return {};
        }
        return sys(QStringLiteral("class/block/") + QFileInfo(node).fileName());
    }

    void collectBlockControllers(const QString &blockPath, int depth, QList<QPair<PciAddress, QString>> *out)
    {
        if (depth > maxDepth)
            return;
        const QString target = resolvedLinkTarget(blockPath);
        const QString path = target.isEmpty() ? blockPath : target;
        const QString name = QFileInfo(path).fileName();
        const QList<PciAddress> addresses = pciAddressesIn(path);
        if (!addresses.isEmpty()) {
            // The innermost function is the controller; the ones above it are bridges and root ports.
            out->append({addresses.last(), diskName(path)});
            return;
        }
        // dm (LVM, LUKS), md (RAID): the devices underneath are listed in `slaves`.
        const QDir slaves(blockPath + QStringLiteral("/slaves"));
        const QStringList lower = slaves.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
        for (const QString &slave : lower)
            collectBlockControllers(sys(QStringLiteral("class/block/") + slave), depth + 1, out);
        if (!lower.isEmpty())
            return;
        // NVMe native multipath: the namespace lives under a virtual nvme-subsystem whose controllers
        // (nvme0, nvme1, ...) link to their PCI functions.
        const qsizetype at = path.indexOf(QStringLiteral("/nvme-subsystem/"));
        if (at >= 0) {
            const QString rest = path.mid(at + int(sizeof("/nvme-subsystem/")) - 1);
            const QString subsystem = rest.section(QLatin1Char('/'), 0, 0);
            const QDir dir(sys(QStringLiteral("class/nvme-subsystem/") + subsystem));
            static const QRegularExpression controller(QStringLiteral("^nvme\\d+$"));
            for (const QString &entry :
                 dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
                if (!controller.match(entry).hasMatch())
                    continue;
                const QList<PciAddress> found = pciAddressesIn(resolvedLinkTarget(dir.filePath(entry)));
                if (!found.isEmpty())
                    out->append({found.last(), name});
            }
        }
    }

    // The whole disk a partition belongs to: ".../block/vda/vda1" -> "vda", ".../nvme0n1/nvme0n1p2" ->
    // "nvme0n1".
    static QString diskName(const QString &path)
    {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() >= 2 && parts.last().startsWith(parts.at(parts.size() - 2)) &&
            parts.last() != parts.at(parts.size() - 2))
            return parts.at(parts.size() - 2);
        return parts.isEmpty() ? QString() : parts.last();
    }

    // --- default route -----------------------------------------------------------------------------------

    void detectDefaultRoute()
    {
        QStringList interfaces;
        bool readAny = false;
        if (const std::optional<QString> route = readSmallFile(proc(QStringLiteral("net/route")))) {
            readAny = true;
            interfaces += defaultRouteInterfacesV4(*route);
        }
        if (const std::optional<QString> route6 = readSmallFile(proc(QStringLiteral("net/ipv6_route")))) {
            readAny = true;
            for (const QString &name : defaultRouteInterfacesV6(*route6)) {
                if (!interfaces.contains(name))
                    interfaces.append(name);
            }
        }
        if (!readAny) {
            m_report.notes.append(
                QCoreApplication::translate("vfio::HostCriticalDevices",
                                            "Default-route network card unknown: %1 could not be read.")
                    .arg(proc(QStringLiteral("net/route"))));
            return;
        }
        if (interfaces.isEmpty()) {
            m_report.notes.append(
                QCoreApplication::translate("vfio::HostCriticalDevices",
                                            "This machine has no default route, so no network card is needed "
                                            "to reach the outside."));
            return;
        }
        for (const QString &interface : std::as_const(interfaces)) {
            QList<PciAddress> cards;
            collectNetworkCards(interface, 0, &cards);
            if (cards.isEmpty()) {
                m_report.notes.append(QCoreApplication::translate(
                                          "vfio::HostCriticalDevices",
                                          "Default-route network card unknown: interface %1 is not on a "
                                          "PCI device (virtual, or %2 is missing).")
                                          .arg(interface, sys(QStringLiteral("class/net/") + interface)));
                continue;
            }
            for (const PciAddress &address : std::as_const(cards)) {
                add(address, HostCriticalDevice::Role::DefaultRouteNic, interface,
                    QStringLiteral(
                        "%1 carries the default route (interface %2); without it the host loses its "
                        "network connection.")
                        .arg(describeAddress(m_topology, address), interface));
            }
        }
    }

    // "Iface Destination Gateway Flags RefCnt Use Metric Mask ...": destination and mask 0, flag RTF_UP.
    static QStringList defaultRouteInterfacesV4(const QString &table)
    {
        QStringList result;
        long bestMetric = -1;
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields =
                lines.at(i).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (fields.size() < 8)
                continue;
            bool flagsOk = false;
            const uint flags = fields.at(3).toUInt(&flagsOk, 16);
            if (fields.at(1) != QStringLiteral("00000000") || fields.at(7) != QStringLiteral("00000000") ||
                !flagsOk || !(flags & 0x1))
                continue;
            const long metric = fields.at(6).toLong();
            if (bestMetric < 0 || metric < bestMetric) {
                bestMetric = metric;
                result = {fields.at(0)};
            } else if (metric == bestMetric && !result.contains(fields.at(0))) {
                result.append(fields.at(0));
            }
        }
        return result;
    }

    // "dest plen src plen nexthop metric refcnt use flags iface", all hex; default: ::/0, RTF_UP, not lo.
    static QStringList defaultRouteInterfacesV6(const QString &table)
    {
        QStringList result;
        qulonglong bestMetric = 0;
        bool haveBest = false;
        for (const QString &line : table.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields =
                line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (fields.size() < 10)
                continue;
            bool ok = false;
            const uint flags = fields.at(8).toUInt(&ok, 16);
            const qulonglong metric = fields.at(5).toULongLong(nullptr, 16);
            if (fields.at(0) != QString(32, QLatin1Char('0')) || fields.at(1) != QStringLiteral("00") ||
                !ok || !(flags & 0x1) || (flags & 0x200) /* RTF_REJECT */ ||
                fields.at(9) == QStringLiteral("lo"))
                continue;
            if (!haveBest || metric < bestMetric) {
                haveBest = true;
                bestMetric = metric;
                result = {fields.at(9)};
            } else if (metric == bestMetric && !result.contains(fields.at(9))) {
                result.append(fields.at(9));
            }
        }
        return result;
    }

    // The PCI function behind an interface; bonds, bridges and VLANs lead to theirs through `lower_*` links.
    void collectNetworkCards(const QString &interface, int depth, QList<PciAddress> *out) const
    {
        if (depth > maxDepth || interface.contains(QLatin1Char('/')))
            return;
        const QString dir = sys(QStringLiteral("class/net/") + interface);
        const QList<PciAddress> addresses =
            pciAddressesIn(resolvedLinkTarget(dir + QStringLiteral("/device")));
        if (!addresses.isEmpty()) {
            // For a USB adapter this is the USB controller it hangs off, which is just as critical.
            if (!out->contains(addresses.last()))
                out->append(addresses.last());
            return;
        }
        const QDir lowerDir(dir);
        for (const QString &entry : lowerDir.entryList(
                 {QStringLiteral("lower_*")}, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System))
            collectNetworkCards(entry.mid(int(sizeof("lower_")) - 1), depth + 1, out);
    }

    const Topology &m_topology;
    QString m_root;
    HostCriticalReport m_report;
};

} // namespace

QString toString(HostCriticalDevice::Role role)
{
    static constexpr EnumNames<HostCriticalDevice::Role, 3> names{{
        {HostCriticalDevice::Role::BootGpu, "boot GPU"},
        {HostCriticalDevice::Role::RootDiskController, "root disk controller"},
        {HostCriticalDevice::Role::DefaultRouteNic, "default-route network card"},
    }};
    return nameOf(names, role);
}

bool HostCriticalReport::isCritical(const PciAddress &address) const
{
    return !rolesOf(address).isEmpty();
}

QList<HostCriticalDevice> HostCriticalReport::rolesOf(const PciAddress &address) const
{
    QList<HostCriticalDevice> result;
    for (const HostCriticalDevice &device : devices) {
        if (device.address == address)
            result.append(device);
    }
    return result;
}

QList<HostCriticalDevice> HostCriticalReport::within(const QList<PciAddress> &addresses) const
{
    QList<HostCriticalDevice> result;
    for (const HostCriticalDevice &device : devices) {
        if (addresses.contains(device.address))
            result.append(device);
    }
    return result;
}

QString HostCriticalReport::rootDiskCaution(const Topology &topology,
                                            const QList<PciAddress> &addresses) const
{
    if (rootDiskUnknown.isEmpty())
        return {};
    QStringList storage;
    for (const PciAddress &address : addresses) {
        const PciDevice *device = topology.find(address);
        if (device && device->baseClass() == massStorageClass)
            storage.append(SelectionRules::describe(*device));
    }
    if (storage.isEmpty())
        return {};
    return QStringLiteral(
               "VFIO Isolator cannot tell which controller holds the root file system / (%1): make "
               "sure / is not on %2, or the host will not start.")
        .arg(rootDiskUnknown, storage.join(QStringLiteral(", ")));
}

HostCriticalReport HostCriticalDevices::detect(const Topology &topology, const QString &root)
{
    return Detector(topology, root).run();
}

} // namespace vfio
