// SPDX-License-Identifier: GPL-3.0-or-later
#include "SysfsTreeBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vfio::test {

namespace {
QByteArray hexLine(quint32 value, int digits)
{
    return "0x" + QByteArray::number(value, 16).rightJustified(digits, '0') + '\n';
}
} // namespace

SysfsTreeBuilder::SysfsTreeBuilder(QString root) : m_root(std::move(root)) {}

bool SysfsTreeBuilder::writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool SysfsTreeBuilder::makeLink(const QString &linkPath, const QString &targetPath)
{
    const QFileInfo link(linkPath);
    QDir().mkpath(link.path());
    const QString relative = QDir(link.path()).relativeFilePath(targetPath);
    return QFile::link(relative, linkPath);
}

bool SysfsTreeBuilder::writeKernel(const QString &release, const QString &commandLine)
{
    return writeFile(m_root + QStringLiteral("/proc/sys/kernel/osrelease"), release.toUtf8() + '\n') &&
           writeFile(m_root + QStringLiteral("/proc/cmdline"), commandLine.toUtf8() + '\n');
}

bool SysfsTreeBuilder::addIommuUnit(const QString &name)
{
    const QString unit = m_root + QStringLiteral("/sys/devices/virtual/iommu/") + name;
    QDir().mkpath(unit);
    return makeLink(m_root + QStringLiteral("/sys/class/iommu/") + name, unit);
}

bool SysfsTreeBuilder::addFirmwareTable(const QString &name)
{
    return writeFile(m_root + QStringLiteral("/sys/firmware/acpi/tables/") + name, {});
}

bool SysfsTreeBuilder::linkModules(const QString &release, const QString &existingDirectory)
{
    QDir().mkpath(m_root + QStringLiteral("/lib/modules"));
    return QFile::link(QFileInfo(existingDirectory).absoluteFilePath(),
                       m_root + QStringLiteral("/lib/modules/") + release);
}

QString SysfsTreeBuilder::devicePath(const PciAddress &address) const
{
    return m_paths.value(address);
}

QString SysfsTreeBuilder::modalias(const Device &device)
{
    return QString::asprintf("pci:v%08Xd%08Xsv%08Xsd%08Xbc%02Xsc%02Xi%02X", device.vendorId, device.deviceId,
                             device.subsystemVendorId, device.subsystemDeviceId,
                             (device.classCode >> 16) & 0xff, (device.classCode >> 8) & 0xff,
                             device.classCode & 0xff);
}

QByteArray SysfsTreeBuilder::configSpace(const Device &device)
{
    QByteArray config(256, '\0');
    auto put8 = [&config](int offset, quint32 value) { config[offset] = static_cast<char>(value & 0xff); };
    auto put16 = [&put8](int offset, quint32 value) {
        put8(offset, value);
        put8(offset + 1, value >> 8);
    };
    put16(0x00, device.vendorId);
    put16(0x02, device.deviceId);
    put16(0x04, 0x0007);                                // I/O, memory, bus master
    put16(0x06, device.pciePortType ? 0x0010 : 0x0000); // capability list present
    put8(0x08, device.revision);
    put8(0x09, device.classCode);
    put8(0x0a, device.classCode >> 8);
    put8(0x0b, device.classCode >> 16);
    if (device.secondaryBus) {
        put8(0x0e, 0x01);
        put8(0x18, device.address.bus);
        put8(0x19, *device.secondaryBus);
        put8(0x1a, *device.secondaryBus);
    } else {
        put16(0x2c, device.subsystemVendorId);
        put16(0x2e, device.subsystemDeviceId);
    }
    if (device.pciePortType) {
        put8(0x34, 0x40);
        put8(0x40, 0x10);                                           // PCI Express capability
        put8(0x41, 0x00);                                           // last in the list
        put16(0x42, 0x0002 | (quint32{*device.pciePortType} << 4)); // version 2, device/port type
    }
    return config.left(device.configSize);
}

bool SysfsTreeBuilder::addDevice(const Device &device)
{
    const QString name = device.address.toString();
    QString directory;
    if (device.parent) {
        const QString parentPath = m_paths.value(*device.parent);
        if (parentPath.isEmpty())
            return false;
        directory = parentPath + QLatin1Char('/') + name;
    } else {
        directory =
            m_root +
            QString::asprintf("/sys/devices/pci%04x:%02x/", device.address.domain, device.address.bus) + name;
    }
    m_paths.insert(device.address, directory);
    const QString sys = m_root + QStringLiteral("/sys");

    bool ok = QDir().mkpath(directory);
    ok = ok && writeFile(directory + QStringLiteral("/config"), configSpace(device));
    ok = ok && writeFile(directory + QStringLiteral("/vendor"), hexLine(device.vendorId, 4));
    ok = ok && writeFile(directory + QStringLiteral("/device"), hexLine(device.deviceId, 4));
    ok = ok &&
         writeFile(directory + QStringLiteral("/subsystem_vendor"), hexLine(device.subsystemVendorId, 4));
    ok = ok &&
         writeFile(directory + QStringLiteral("/subsystem_device"), hexLine(device.subsystemDeviceId, 4));
    ok = ok && writeFile(directory + QStringLiteral("/class"), hexLine(device.classCode, 6));
    ok = ok && writeFile(directory + QStringLiteral("/revision"), hexLine(device.revision, 2));
    ok = ok && writeFile(directory + QStringLiteral("/modalias"), modalias(device).toUtf8() + '\n');
    ok = ok && writeFile(directory + QStringLiteral("/driver_override"), "(null)\n");
    ok = ok && writeFile(directory + QStringLiteral("/irq"), "16\n");
    ok = ok && writeFile(directory + QStringLiteral("/enable"), "1\n");
    ok = ok && writeFile(directory + QStringLiteral("/numa_node"), "-1\n");
    if (!device.resetMethod.isEmpty())
        ok = ok && writeFile(directory + QStringLiteral("/reset_method"), device.resetMethod.toUtf8() + '\n');
    if ((device.classCode >> 16) == 0x03)
        ok = ok && writeFile(directory + QStringLiteral("/boot_vga"), device.bootVga ? "1\n" : "0\n");

    ok = ok && makeLink(sys + QStringLiteral("/bus/pci/devices/") + name, directory);
    if (!device.driver.isEmpty()) {
        const QString driverDir = sys + QStringLiteral("/bus/pci/drivers/") + device.driver;
        QDir().mkpath(driverDir);
        ok = ok && makeLink(directory + QStringLiteral("/driver"), driverDir);
        ok = ok && makeLink(driverDir + QLatin1Char('/') + name, directory);
    }
    if (device.iommuGroup) {
        const QString groupDir =
            sys + QStringLiteral("/kernel/iommu_groups/") + QString::number(*device.iommuGroup);
        if (m_kernelGroups) {
            QDir().mkpath(groupDir + QStringLiteral("/devices"));
            ok = ok && makeLink(groupDir + QStringLiteral("/devices/") + name, directory);
        }
        // The link is made even without sys/kernel: it then dangles, as inside a Flatpak.
        const QString relative = QDir(directory).relativeFilePath(groupDir);
        ok = ok && QFile::link(relative, directory + QStringLiteral("/iommu_group"));
    }
    return ok;
}

} // namespace vfio::test
