// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/PciAddress.h"

#include <QHash>
#include <QString>

#include <optional>

namespace vfio::test {

// Writes a system root the way a Linux kernel lays out sysfs for PCI devices: device directories below
// sys/devices/pciDDDD:BB/ nested under their parent bridges, relative links in sys/bus/pci/devices, `driver`
// and `iommu_group` links, sys/kernel/iommu_groups, sys/class/iommu, a real `config` file (so lspci can read
// the tree too), proc/cmdline and proc/sys/kernel/osrelease. Used by the odd-tree tests and the benchmark.
class SysfsTreeBuilder
{
public:
    struct Device
    {
        PciAddress address;
        std::optional<PciAddress> parent; // must have been added before
        quint16 vendorId = 0x8086;
        quint16 deviceId = 0x10d3;
        quint16 subsystemVendorId = 0x8086;
        quint16 subsystemDeviceId = 0x0000;
        quint32 classCode = 0x020000;
        quint8 revision = 0;
        std::optional<quint8> pciePortType = quint8{0}; // Express capability: 0 endpoint, 4 root port, ...
        std::optional<quint8> secondaryBus;             // makes it a type-1 (bridge) header
        int configSize = 256;                           // 64 as unprivileged readers see it
        QString driver;
        std::optional<int> iommuGroup;
        bool bootVga = false;
        QString resetMethod = QStringLiteral("flr bus");
    };

    explicit SysfsTreeBuilder(QString root);

    // Root-wide parts. withKernelGroups=false leaves out sys/kernel (as inside a Flatpak): iommu_group
    // links then dangle.
    bool writeKernel(const QString &release, const QString &commandLine);
    bool addIommuUnit(const QString &name); // "dmar0", "ivhd0"
    bool addFirmwareTable(const QString &name);
    // Points ROOT/lib/modules/<release> at an existing module directory (a symbolic link).
    bool linkModules(const QString &release, const QString &existingDirectory);
    void setKernelGroups(bool withKernelGroups) { m_kernelGroups = withKernelGroups; }

    bool addDevice(const Device &device);
    QString devicePath(const PciAddress &address) const; // absolute path of its directory
    QString root() const { return m_root; }

    static QByteArray configSpace(const Device &device);
    static QString modalias(const Device &device);

private:
    bool writeFile(const QString &path, const QByteArray &content);
    bool makeLink(const QString &linkPath, const QString &targetPath); // relative link

    QString m_root;
    bool m_kernelGroups = true;
    QHash<PciAddress, QString> m_paths;
};

} // namespace vfio::test
