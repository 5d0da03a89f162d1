// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotParts.h"

#include "ConfigSpaceScrub.h"
#include "topology/PciAddress.h"
#include "topology/SysfsReader.h"
#include "topology/SystemRoot.h"

#include <QDir>
#include <QFileInfo>

namespace vfio::report {

namespace {

// What is copied of a device: what the scan, the checks and lspci read, and nothing that names one card in
// the world (no vpd, no serial_number, no net/ with its MAC address).
const char *const deviceAttributes[] = {
    "vendor",
    "device",
    "class",
    "revision",
    "subsystem_vendor",
    "subsystem_device",
    "modalias",
    "boot_vga",
    "reset_method",
    "driver_override",
    "numa_node",
    "enable",
    "irq",
    "d3cold_allowed",
    "local_cpulist",
    "current_link_speed",
    "current_link_width",
    "max_link_speed",
    "max_link_width",
};
constexpr qsizetype maxAttributeBytes = 4096; // a sysfs attribute is one page at most

QStringList entries(const QString &directory, QDir::Filters filters = QDir::AllEntries | QDir::System)
{
    return QDir(directory).entryList(filters | QDir::NoDotAndDotDot, QDir::Name);
}

void copyLink(const QString &root, const QString &relative, SnapshotFiles &files)
{
    if (const auto target = readLinkTarget(underRoot(root, relative)))
        files.makeLink(relative, *target);
}

void copyDevice(const QString &root, const QString &relative, SnapshotFiles &files)
{
    files.makeDirectory(relative);
    const SysfsDirectory device(underRoot(root, relative));
    for (const char *name : deviceAttributes) {
        const SysfsRead read = device.readBinary(name, maxAttributeBytes);
        if (read.ok())
            files.writeFile(relative + QLatin1Char('/') + QLatin1String(name), read.data);
    }
    const SysfsRead config = device.readBinary("config", maxAttributeBytes);
    if (config.ok())
        files.writeFile(relative + QStringLiteral("/config"), withoutSerialNumber(config.data));
    copyLink(root, relative + QStringLiteral("/driver"), files);
    copyLink(root, relative + QStringLiteral("/iommu_group"), files);
}

void copyDevices(const QString &root, SnapshotFiles &files)
{
    const QString devices = QStringLiteral("sys/bus/pci/devices");
    for (const QString &name : entries(underRoot(root, devices))) {
        const auto target = readLinkTarget(underRoot(root, devices + QLatin1Char('/') + name));
        if (!PciAddress::parse(name) || !target)
            continue;
        files.makeLink(devices + QLatin1Char('/') + name, *target);
        copyDevice(root, QDir::cleanPath(devices + QLatin1Char('/') + *target), files);
    }
}

void copyGroups(const QString &root, SnapshotFiles &files)
{
    const QString groups = QStringLiteral("sys/kernel/iommu_groups");
    for (const QString &group : entries(underRoot(root, groups), QDir::Dirs)) {
        const QString relative = groups + QLatin1Char('/') + group;
        const SysfsRead type =
            SysfsDirectory(underRoot(root, relative)).readBinary("type", maxAttributeBytes);
        if (type.ok())
            files.writeFile(relative + QStringLiteral("/type"), type.data);
        files.makeDirectory(relative + QStringLiteral("/devices"));
        for (const QString &device : entries(underRoot(root, relative + QStringLiteral("/devices"))))
            copyLink(root, relative + QStringLiteral("/devices/") + device, files);
    }
}

void copyDrivers(const QString &root, SnapshotFiles &files)
{
    const QString drivers = QStringLiteral("sys/bus/pci/drivers");
    for (const QString &driver : entries(underRoot(root, drivers), QDir::Dirs)) {
        const QString relative = drivers + QLatin1Char('/') + driver;
        files.makeDirectory(relative);
        for (const QString &name : entries(underRoot(root, relative))) {
            if (PciAddress::parse(name) || name == QLatin1String("module"))
                copyLink(root, relative + QLatin1Char('/') + name, files);
        }
    }
}

void copyIommuUnits(const QString &root, SnapshotFiles &files)
{
    const QString units = QStringLiteral("sys/class/iommu");
    files.makeDirectory(units);
    for (const QString &unit : entries(underRoot(root, units))) {
        const QString relative = units + QLatin1Char('/') + unit;
        if (const auto target = readLinkTarget(underRoot(root, relative))) {
            files.makeLink(relative, *target);
            files.makeDirectory(QDir::cleanPath(units + QLatin1Char('/') + *target));
        }
    }
}

// Presence is what counts here: the tables' bytes and the EFI variables are not read.
void copyFirmwareMarkers(const QString &root, SnapshotFiles &files)
{
    for (const QString &table : {QStringLiteral("DMAR"), QStringLiteral("IVRS")}) {
        const QString relative = QStringLiteral("sys/firmware/acpi/tables/") + table;
        if (QFileInfo::exists(underRoot(root, relative)))
            files.writeFile(relative, {});
    }
    const QString efi = QStringLiteral("sys/firmware/efi");
    if (QFileInfo(underRoot(root, efi)).isDir())
        files.makeDirectory(efi);
    const QString secureBoot = secureBootVariable();
    const SysfsRead state = SysfsDirectory(QFileInfo(underRoot(root, secureBoot)).path())
                                .readBinary(QFileInfo(secureBoot).fileName().toLatin1().constData(), 16);
    if (state.ok())
        files.writeFile(secureBoot, state.data);
}

} // namespace

void copyPciSysfs(const QString &root, SnapshotFiles &files)
{
    copyDevices(root, files);
    copyGroups(root, files);
    copyDrivers(root, files);
    copyIommuUnits(root, files);
    copyFirmwareMarkers(root, files);
}

} // namespace vfio::report
