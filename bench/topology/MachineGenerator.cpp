// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineGenerator.h"

#include "SysfsTreeBuilder.h"

#include <QFileInfo>

namespace vfio::bench {

using test::SysfsTreeBuilder;

bool generateMachine(const QString &root, int deviceCount, const QString &modulesDirectory, QString *error)
{
    SysfsTreeBuilder builder(root);
    const QString release = QFileInfo(modulesDirectory).fileName();
    if (!builder.writeKernel(release,
                             QStringLiteral("BOOT_IMAGE=/vmlinuz root=/dev/nvme0n1p2 ro intel_iommu=on")) ||
        !builder.addIommuUnit(QStringLiteral("dmar0")) || !builder.addFirmwareTable(QStringLiteral("DMAR")) ||
        !builder.linkModules(release, modulesDirectory)) {
        *error = QStringLiteral("cannot write the root-wide parts of ") + root;
        return false;
    }

    constexpr int PortsPerDomain = 64;
    int written = 0;
    int group = 0;
    auto add = [&](const SysfsTreeBuilder::Device &device) {
        if (written >= deviceCount)
            return true;
        ++written;
        return builder.addDevice(device);
    };

    for (int port = 0; written < deviceCount; ++port) {
        const quint32 domain = static_cast<quint32>(port / PortsPerDomain);
        const int index = port % PortsPerDomain;
        bool ok = true;
        if (index == 0) {
            SysfsTreeBuilder::Device host;
            host.address = PciAddress{domain, 0, 0, 0};
            host.vendorId = 0x8086;
            host.deviceId = 0x29c0;
            host.classCode = 0x060000;
            host.pciePortType = std::nullopt;
            host.iommuGroup = group++;
            ok = ok && add(host);
        }
        SysfsTreeBuilder::Device rootPort;
        rootPort.address =
            PciAddress{domain, 0, static_cast<quint8>(1 + index / 8), static_cast<quint8>(index % 8)};
        rootPort.vendorId = 0x1b36;
        rootPort.deviceId = 0x000c;
        rootPort.subsystemVendorId = 0x1b36;
        rootPort.subsystemDeviceId = 0x0000;
        rootPort.classCode = 0x060400;
        rootPort.pciePortType = 4;
        const quint8 bus = static_cast<quint8>(1 + index);
        rootPort.secondaryBus = bus;
        rootPort.driver = QStringLiteral("pcieport");
        rootPort.iommuGroup = group++;
        ok = ok && add(rootPort);

        const int slotGroup = group++;
        SysfsTreeBuilder::Device gpu;
        gpu.address = PciAddress{domain, bus, 0, 0};
        gpu.parent = rootPort.address;
        gpu.vendorId = 0x1002;
        gpu.deviceId = 0x67df;
        gpu.subsystemVendorId = 0x1da2;
        gpu.subsystemDeviceId = 0xe366;
        gpu.classCode = 0x030000;
        gpu.revision = 0xef;
        gpu.driver = port % 4 == 1 ? QStringLiteral("vfio-pci") : QStringLiteral("amdgpu");
        gpu.bootVga = port == 0;
        gpu.iommuGroup = slotGroup;
        ok = ok && add(gpu);

        SysfsTreeBuilder::Device audio = gpu;
        audio.address.function = 1;
        audio.deviceId = 0xaaf0;
        audio.subsystemDeviceId = 0xaaf0;
        audio.classCode = 0x040300;
        audio.revision = 0x00;
        audio.driver = port % 4 == 1 ? QStringLiteral("vfio-pci") : QStringLiteral("snd_hda_intel");
        audio.bootVga = false;
        ok = ok && add(audio);

        SysfsTreeBuilder::Device nic = gpu;
        nic.address.function = 2;
        nic.vendorId = 0x8086;
        nic.deviceId = 0x10d3;
        nic.subsystemVendorId = 0x8086;
        nic.subsystemDeviceId = 0x0000;
        nic.classCode = 0x020000;
        nic.revision = 0x00;
        nic.driver = QStringLiteral("e1000e");
        nic.bootVga = false;
        ok = ok && add(nic);

        if (!ok) {
            *error = QStringLiteral("cannot write the devices of ") + root;
            return false;
        }
    }
    return true;
}

} // namespace vfio::bench
