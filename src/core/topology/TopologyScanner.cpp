// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyScanner.h"

#include "IommuDetection.h"
#include "KernelModules.h"
#include "PciConfigSpace.h"
#include "PciNames.h"
#include "SysfsReader.h"
#include "SystemRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <memory>
#include <system_error>
#include <thread>
#include <vector>

namespace vfio {

namespace {

// "0x8086" -> 0x8086. The kernel always writes the 0x prefix; anything else is a damaged attribute.
std::optional<quint32> parseKernelHex(const QByteArray &text, quint32 maximum)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() < 3 || trimmed.size() > 10 || !trimmed.startsWith("0x"))
        return std::nullopt;
    bool ok = false;
    const uint value = trimmed.mid(2).toUInt(&ok, 16);
    if (!ok || value > maximum)
        return std::nullopt;
    return value;
}

// Printable form of a damaged value for a problem sentence, bounded so a binary blob stays readable.
QString quoted(const QByteArray &data)
{
    QString text = QString::fromUtf8(data.left(40)).trimmed();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    return QLatin1Char('"') + text + (data.size() > 40 ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString lastComponent(const QString &path)
{
    return path.section(u'/', -1, -1, QString::SectionSkipEmpty);
}

// "pci:v00001002d000067DFsv00001DA2sd0000E366bc03sc00i00" -> vendor, device, subsystem vendor, subsystem
// device, base class, subclass, programming interface. Hand-parsed: it runs on several threads per scan and
// its layout is fixed by the kernel (drivers/pci/pci-sysfs.c). Nothing when the text has another shape.
std::optional<std::array<quint32, 7>> parseModalias(QStringView text)
{
    static constexpr struct
    {
        const char16_t *tag;
        int digits;
    } layout[] = {{u"pci:v", 8}, {u"d", 8}, {u"sv", 8}, {u"sd", 8}, {u"bc", 2}, {u"sc", 2}, {u"i", 2}};
    std::array<quint32, 7> fields{};
    qsizetype pos = 0;
    for (size_t i = 0; i < fields.size(); ++i) {
        const QStringView tag(layout[i].tag);
        if (!text.mid(pos).startsWith(tag))
            return std::nullopt;
        pos += tag.size();
        if (pos + layout[i].digits > text.size())
            return std::nullopt;
        bool ok = false;
        const QStringView digits = text.mid(pos, layout[i].digits);
        for (const QChar c : digits) {
            if (!isxdigit(c.unicode() < 128 ? static_cast<int>(c.unicode()) : 0))
                return std::nullopt;
        }
        fields[i] = digits.toUInt(&ok, 16);
        if (!ok || (i < 4 && fields[i] > 0xffff))
            return std::nullopt;
        pos += layout[i].digits;
    }
    if (pos != text.size())
        return std::nullopt;
    return fields;
}

// A thread running `work`, or nothing when the system refuses one (thread limits): the caller then does the
// work itself, so a scan never fails for want of threads.
template <typename Work> std::optional<std::thread> startThread(const Work &work)
{
    try {
        return std::thread(work);
    } catch (const std::system_error &) {
        return std::nullopt;
    }
}

// Entry names of a directory (including links and dangling links), sorted; empty when it cannot be read.
QStringList directoryEntries(const QString &path, int *error)
{
    QStringList names;
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir) {
        *error = errno;
        return names;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (name != QLatin1String(".") && name != QLatin1String(".."))
            names.append(name);
    }
    ::closedir(dir);
    names.sort();
    return names;
}

// Everything read about one device through its sysfs directory.
class DeviceReader
{
public:
    DeviceReader(PciDevice &device, const SysfsDirectory &dir) : m_device(device), m_dir(dir) {}

    void readAll()
    {
        // The standard header (and, for privileged readers, the capability list) in the first 256 bytes;
        // reading the 4 KiB extended space would cost real config cycles on live hardware.
        const SysfsRead configRead = m_dir.readBinary("config", 256);
        QByteArray configBytes;
        if (!configRead.ok())
            m_device.problems.append(describeReadFailure(QStringLiteral("config"), configRead));
        else if (configRead.data.size() < 64) // even unprivileged readers get the 64-byte header
            m_device.problems.append(
                QCoreApplication::translate("vfio::TopologyScanner",
                                            "`config` holds only %1 bytes, not a PCI header; it is ignored.")
                    .arg(configRead.data.size()));
        else
            configBytes = configRead.data;
        const PciConfigSpace config(configBytes);

        // `modalias` is the kernel's one-line summary of the device's identity, printed from the same fields
        // as the vendor, device, subsystem_* and class attributes (quirks applied): one read instead of five,
        // which is most of the scan's cost on a large machine. The separate attributes are read only when
        // modalias is missing or damaged. The revision is not in it: config space has it.
        m_device.modalias = textAttribute("modalias", true);
        if (!readIdentityFromModalias(config))
            readIdentityFromAttributes(config);

        m_device.driverOverride = textAttribute("driver_override", false);
        if (m_device.driverOverride == QLatin1String("(null)"))
            m_device.driverOverride.clear();
        m_device.resetMethods = textAttribute("reset_method", false).split(u' ', Qt::SkipEmptyParts);
        // The kernel creates boot_vga for VGA-class devices only; not asking the others saves a lookup each.
        if (m_device.classId() == 0x0300)
            m_device.bootVga = textAttribute("boot_vga", false) == QLatin1String("1");

        bool driverPresent = false;
        if (const auto driver = m_dir.linkTarget("driver", &driverPresent))
            m_device.driver = lastComponent(*driver);
        else if (driverPresent)
            reportUnlinked("driver");

        readIommuGroup();

        if (config.headerType()) {
            m_device.isBridge = config.isBridgeHeader();
        } else {
            const quint16 cls = m_device.classId();
            m_device.isBridge = cls == 0x0604 || cls == 0x0607;
        }
        const PciConfigSpace::PcieCapability pcie = config.pcieCapability();
        if (pcie.listComplete) // a conventional PCI bridge has no PCIe capability and is no root port
            m_device.isRootPort = pcie.portType == PciConfigSpace::PcieRootPort;
        else
            m_rootPortUnknown = true;
    }

    // Whether the root-port question must be answered from the topology (config space hidden).
    bool rootPortUnknown() const { return m_rootPortUnknown; }

private:
    static std::optional<quint32> classFromConfig(const PciConfigSpace &config)
    {
        const auto low = config.wordAt(0x0a);
        const auto progIf = config.byteAt(0x09);
        if (!low || !progIf)
            return std::nullopt;
        return (quint32{*low} << 8) | *progIf;
    }

    // "pci:v00001002d000067DFsv00001DA2sd0000E366bc03sc00i00" -> IDs and class. False when it is not that.
    bool readIdentityFromModalias(const PciConfigSpace &config)
    {
        const auto fields = parseModalias(m_device.modalias);
        if (!fields) {
            if (!m_device.modalias.isEmpty())
                m_device.problems.append(
                    QCoreApplication::translate("vfio::TopologyScanner",
                                                "`modalias` holds %1, which is not a PCI modalias.")
                        .arg(quoted(m_device.modalias.toUtf8())));
            return false;
        }
        const auto field = [&fields](int index) { return (*fields)[static_cast<size_t>(index - 1)]; };
        m_device.vendorId = static_cast<quint16>(field(1));
        m_device.deviceId = static_cast<quint16>(field(2));
        m_device.subsystemVendorId = static_cast<quint16>(field(3));
        m_device.subsystemDeviceId = static_cast<quint16>(field(4));
        m_device.classCode = (field(5) << 16) | (field(6) << 8) | field(7);
        if (const auto revision = config.byteAt(0x08))
            m_device.revision = *revision;
        else
            m_device.revision = static_cast<quint8>(hexAttribute("revision", 0xff, std::nullopt));
        // A snapshot whose files disagree is damaged somewhere: say so rather than guess.
        if (config.hasStandardHeader() &&
            (config.wordAt(0x00) != m_device.vendorId || config.wordAt(0x02) != m_device.deviceId))
            m_device.problems.append(
                QCoreApplication::translate(
                    "vfio::TopologyScanner",
                    "`modalias` names %1 but config space says %2:%3; the snapshot may be "
                    "damaged.")
                    .arg(m_device.idPair())
                    .arg(*config.wordAt(0x00), 4, 16, QLatin1Char('0'))
                    .arg(*config.wordAt(0x02), 4, 16, QLatin1Char('0')));
        return true;
    }

    void readIdentityFromAttributes(const PciConfigSpace &config)
    {
        m_device.vendorId = static_cast<quint16>(hexAttribute("vendor", 0xffff, config.wordAt(0x00)));
        m_device.deviceId = static_cast<quint16>(hexAttribute("device", 0xffff, config.wordAt(0x02)));
        m_device.classCode = hexAttribute("class", 0xffffff, classFromConfig(config));
        m_device.revision = static_cast<quint8>(hexAttribute("revision", 0xff, config.byteAt(0x08)));
        const bool endpointHeader = config.headerType() == 0;
        m_device.subsystemVendorId = static_cast<quint16>(
            hexAttribute("subsystem_vendor", 0xffff, endpointHeader ? config.wordAt(0x2c) : std::nullopt));
        m_device.subsystemDeviceId = static_cast<quint16>(
            hexAttribute("subsystem_device", 0xffff, endpointHeader ? config.wordAt(0x2e) : std::nullopt));
    }

    // A hexadecimal attribute; when it is missing or damaged the value from config space (if any) is used
    // and the problem is reported either way.
    quint32 hexAttribute(const char *name, quint32 maximum, std::optional<quint32> fallback)
    {
        const QString attribute = QString::fromLatin1(name);
        const SysfsRead read = m_dir.readText(name, 64);
        if (read.ok()) {
            if (const auto value = parseKernelHex(read.data, maximum))
                return *value;
            m_device.problems.append(
                QCoreApplication::translate("vfio::TopologyScanner",
                                            "`%1` holds %2, which is not a hexadecimal ID.")
                    .arg(attribute, quoted(read.data)));
        } else {
            m_device.problems.append(describeReadFailure(attribute, read));
        }
        return fallback.value_or(0);
    }

    // A text attribute; a missing one is a problem only when the kernel always provides it.
    QString textAttribute(const char *name, bool expected)
    {
        const SysfsRead read = m_dir.readText(name);
        if (read.ok())
            return QString::fromUtf8(read.data).trimmed();
        if (expected || read.status == SysfsRead::Status::Unreadable)
            m_device.problems.append(describeReadFailure(QString::fromLatin1(name), read));
        return {};
    }

    // `driver` and `iommu_group` are optional links: absent is normal, present but not a link is not.
    void reportUnlinked(const char *name)
    {
        m_device.problems.append(QCoreApplication::translate(
                                     "vfio::TopologyScanner",
                                     "`%1` is there but is not a link the scanner can read; it is ignored.")
                                     .arg(QString::fromLatin1(name)));
    }

    void readIommuGroup()
    {
        // The group number is the last component of the link's target text: the link may dangle where
        // sys/kernel is not mounted (Flatpak) and it still names the group.
        bool present = false;
        const auto target = m_dir.linkTarget("iommu_group", &present);
        if (!target) {
            if (present)
                reportUnlinked("iommu_group");
            return;
        }
        bool ok = false;
        const QString last = lastComponent(*target);
        const int group = last.toInt(&ok, 10);
        if (ok && group >= 0)
            m_device.iommuGroup = group;
        else
            m_device.problems.append(
                QCoreApplication::translate(
                    "vfio::TopologyScanner",
                    "`iommu_group` points to \"%1\", which does not end in a group number.")
                    .arg(*target));
    }

    PciDevice &m_device;
    const SysfsDirectory &m_dir;
    bool m_rootPortUnknown = false;
};

// What reading one entry of sys/bus/pci/devices gave: a device, a problem with the entry, or both.
struct ScannedEntry
{
    std::optional<PciDevice> device;
    bool rootPortUnknown = false;
    QString problem; // for the topology's list (an entry that is not a device)
};

// Reads one device; touches nothing shared, so entries can be read on several threads at once.
ScannedEntry scanEntry(const SysfsDirectory &devices, const QString &entry)
{
    ScannedEntry result;
    const auto address = PciAddress::parse(entry);
    if (!address) {
        result.problem =
            QCoreApplication::translate("vfio::TopologyScanner",
                                        "%1/%2 is not named like a PCI device (dddd:bb:dd.f); it is ignored.")
                .arg(devices.path(), entry);
        return result;
    }
    PciDevice &device = result.device.emplace();
    device.address = *address;

    // The link's target is the device's real path (.../pci0000:00/0000:00:1c.0/0000:02:00.0): the
    // component before the device's own is its parent bridge, unless it is the root bus (pci0000:00).
    QString relativePath = entry;
    if (const auto target = readLinkTarget(devices.fd(), entry)) {
        if (!target->startsWith(u'/'))
            relativePath = *target; // also what a flattened link file leads to
        const QStringList parts = target->split(u'/', Qt::SkipEmptyParts);
        if (parts.size() >= 2)
            device.parent = PciAddress::parse(parts[parts.size() - 2]);
    } else {
        device.problems.append(
            QCoreApplication::translate(
                "vfio::TopologyScanner",
                "sys/bus/pci/devices/%1 is not a link to the device, so its parent bridge is unknown.")
                .arg(entry));
    }

    const SysfsDirectory dir(devices, relativePath);
    if (!dir.isOpen()) {
        device.problems.append(QCoreApplication::translate(
                                   "vfio::TopologyScanner",
                                   "The device disappeared during the scan (or its directory cannot be read: "
                                   "%1); only its address is known.")
                                   .arg(QString::fromLocal8Bit(std::strerror(dir.openError()))));
        return result;
    }
    DeviceReader reader(device, dir);
    reader.readAll();
    result.rootPortUnknown = reader.rootPortUnknown();
    return result;
}

// The kernel release from ROOT/proc/sys/kernel/osrelease; for the running machine, uname's when that file
// cannot be read.
QString readKernelRelease(const QString &root, QStringList *problems)
{
    SysfsDirectory kernel(underRoot(root, QStringLiteral("/proc/sys/kernel")));
    const SysfsRead release = kernel.readText("osrelease", 256);
    if (release.ok())
        return QString::fromUtf8(release.data).trimmed();
    if (root == QLatin1String("/"))
        return QSysInfo::kernelVersion();
    problems->append(QCoreApplication::translate("vfio::TopologyScanner", "The kernel release is unknown: %1")
                         .arg(describeReadFailure(QStringLiteral("proc/sys/kernel/osrelease"), release)));
    return {};
}

QStringList listDevices(const QString &devicesPath, QStringList *problems)
{
    int listError = 0;
    QStringList entries = directoryEntries(devicesPath, &listError);
    if (listError != 0)
        problems->append(
            QCoreApplication::translate("vfio::TopologyScanner",
                                        "No PCI devices could be listed: %1 cannot be read (%2).")
                .arg(devicesPath, QString::fromLocal8Bit(std::strerror(listError))));
    return entries;
}

// The names (libpci + pci.ids) and modules (libkmod) the devices are looked up in, when asked for.
struct Lookups
{
    std::unique_ptr<PciNames> names;
    std::unique_ptr<KernelModules> modules;
    QString modulesProblem; // why `modules` could not be opened, for the topology's problems

    void prepare(const TopologyScanner::Options &options, const QString &root, const QString &release)
    {
        if (options.resolveNames) {
            names = std::make_unique<PciNames>();
            names->vendor(0); // the first lookup loads pci.ids
        }
        if (!options.resolveModules)
            return;
        Result<KernelModules> opened = KernelModules::open(root, release);
        if (opened)
            modules = std::make_unique<KernelModules>(std::move(opened).value());
        else
            modulesProblem = opened.error();
    }

    void resolve(PciDevice &device) const
    {
        if (names) {
            device.vendorName = names->vendor(device.vendorId);
            device.deviceName = names->device(device.vendorId, device.deviceId);
            device.className = names->deviceClass(device.classId());
            if (device.subsystemVendorId != 0 || device.subsystemDeviceId != 0)
                device.subsystemName = names->subsystem(device.vendorId, device.deviceId,
                                                        device.subsystemVendorId, device.subsystemDeviceId);
        }
        if (modules)
            device.modules = modules->lookup(device.modalias);
    }
};

// Reading sysfs is one system call after another; devices are independent, so they are shared out to the
// processors: each thread takes the next unread entry, and each slot has exactly one writer.
std::vector<ScannedEntry> scanEntries(const QString &devicesPath, const QStringList &entries)
{
    const SysfsDirectory devicesDir(devicesPath);
    std::vector<ScannedEntry> scanned(static_cast<size_t>(entries.size()));
    std::atomic<size_t> next{0};
    const auto readEntries = [&] {
        for (size_t i = next++; i < scanned.size(); i = next++)
            scanned[i] = scanEntry(devicesDir, entries[static_cast<qsizetype>(i)]);
    };
    const size_t workers =
        entries.size() < 64 ? 1 : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> helpers;
    for (size_t w = 1; w < workers; ++w) {
        if (auto helper = startThread(readEntries))
            helpers.push_back(std::move(*helper));
    }
    readEntries();
    for (std::thread &helper : helpers)
        helper.join();
    return scanned;
}

// The devices read, with their names and modules, into the topology, sorted by address.
void addDevices(Topology *topology, std::vector<ScannedEntry> &scanned, const Lookups &lookups)
{
    if (!lookups.modulesProblem.isEmpty())
        topology->problems.append(lookups.modulesProblem);
    QList<int> rootPortFromTopology; // indexes of devices whose config space hid the PCIe capability
    topology->devices.reserve(static_cast<qsizetype>(scanned.size()));
    for (ScannedEntry &entry : scanned) {
        if (!entry.problem.isEmpty())
            topology->problems.append(entry.problem);
        if (!entry.device)
            continue;
        if (entry.rootPortUnknown)
            rootPortFromTopology.append(static_cast<int>(topology->devices.size()));
        lookups.resolve(*entry.device);
        topology->devices.append(std::move(*entry.device));
    }
    if (lookups.names)
        topology->problems.append(lookups.names->problems());

    // Without the PCIe capability (unprivileged readers see 64 bytes of config), a bridge directly on a
    // root bus is taken for a root port.
    for (const int index : rootPortFromTopology) {
        PciDevice &device = topology->devices[index];
        device.isRootPort = device.isBridge && !device.parent;
    }
    std::sort(topology->devices.begin(), topology->devices.end(),
              [](const PciDevice &a, const PciDevice &b) { return a.address < b.address; });
}

} // namespace

TopologyScanner::TopologyScanner(QString root) : m_root(std::move(root)) {}

Topology TopologyScanner::scan() const
{
    return scan(Options{});
}

Topology TopologyScanner::scan(const Options &options) const
{
    Topology topology;
    topology.root = m_root;
    const QString root = m_root.isEmpty() ? QStringLiteral("/") : QDir::cleanPath(m_root);
    topology.kernelRelease = readKernelRelease(root, &topology.problems);
    topology.iommu = detectIommu(root);
    const QString devicesPath = underRoot(root, QStringLiteral("/sys/bus/pci/devices"));
    const QStringList entries = listDevices(devicesPath, &topology.problems);

    // pci.ids parsing and the module index loading take as long as reading a few hundred devices, so they
    // run on their own thread while the devices are read; the lookups come after, on this thread.
    Lookups lookups;
    const auto prepare = [&] {
        if (!entries.isEmpty())
            lookups.prepare(options, root, topology.kernelRelease);
    };
    std::optional<std::thread> preparation = startThread(prepare);
    std::vector<ScannedEntry> scanned = scanEntries(devicesPath, entries);
    if (preparation)
        preparation->join();
    else
        prepare();

    addDevices(&topology, scanned, lookups);
    for (const PciDevice &device : std::as_const(topology.devices)) {
        if (device.iommuGroup) {
            topology.iommu.active = true; // groups exist only when an IOMMU (or vfio's no-IOMMU mode) is on
            break;
        }
    }
    return topology;
}

} // namespace vfio
