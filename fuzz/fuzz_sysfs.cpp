// SPDX-License-Identifier: GPL-3.0-or-later
// What the scan and the host-critical detection read from a machine: one GPU's sysfs attributes (IDs,
// class, modalias, uevent, config space, boot_vga, reset_method), its iommu_group and driver links in the
// flattened form snapshots store them in, and /proc's cmdline, mountinfo and routes. The input is those
// contents in that order, separated by 0xff bytes; an empty part keeps the small machine's own content.
#include "FuzzSupport.h"
#include "SysfsTreeBuilder.h"
#include "policy/HostCriticalDevices.h"
#include "topology/TopologyScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace vfio;

namespace {
struct Part
{
    QString path;
    bool wasLink = false;
    QString linkTarget;
    QByteArray content;
};

PciAddress at(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}

QList<Part> &parts()
{
    static QList<Part> all;
    return all;
}

void buildSmallMachine(const QString &root)
{
    test::SysfsTreeBuilder builder(root);
    builder.writeKernel(QStringLiteral("6.1.0-50-amd64"), QStringLiteral("root=/dev/sda1 intel_iommu=on"));
    builder.linkModules(QStringLiteral("6.1.0-50-amd64"),
                        QStringLiteral(VFIO_TEST_DATA_DIR "/seed/lib/modules/6.1.0-50-amd64"));
    builder.addIommuUnit(QStringLiteral("dmar0"));
    test::SysfsTreeBuilder::Device port;
    port.address = at("0000:00:1c.0");
    port.classCode = 0x060400;
    port.pciePortType = 4;
    port.secondaryBus = 1;
    port.driver = QStringLiteral("pcieport");
    port.iommuGroup = 1;
    builder.addDevice(port);
    test::SysfsTreeBuilder::Device gpu;
    gpu.address = at("0000:01:00.0");
    gpu.parent = port.address;
    gpu.vendorId = 0x1002;
    gpu.deviceId = 0x67df;
    gpu.classCode = 0x030000;
    gpu.driver = QStringLiteral("amdgpu");
    gpu.iommuGroup = 2;
    gpu.bootVga = true;
    builder.addDevice(gpu);
    const QString device = builder.devicePath(gpu.address) + QLatin1Char('/');
    fuzz::writeFile(device + QStringLiteral("uevent"), "DRIVER=amdgpu\nPCI_CLASS=30000\n");
    fuzz::writeFile(root + QStringLiteral("/proc/self/mountinfo"),
                    "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n");
    fuzz::writeFile(root + QStringLiteral("/proc/net/route"),
                    "Iface\tDestination\tGateway\tFlags\nenp2s0\t00000000\t0101A8C0\t0003\n");
    for (const char *name :
         {"vendor", "device", "class", "subsystem_vendor", "subsystem_device", "revision", "modalias",
          "uevent", "config", "boot_vga", "reset_method", "iommu_group", "driver"})
        parts().append(Part{device + QLatin1String(name), false, {}, {}});
    for (const char *name : {"/proc/cmdline", "/proc/self/mountinfo", "/proc/net/route"})
        parts().append(Part{root + QLatin1String(name), false, {}, {}});
    for (Part &part : parts()) {
        const QFileInfo info(part.path);
        part.wasLink = info.isSymLink();
        part.linkTarget = part.wasLink ? QFile::symLinkTarget(part.path) : QString();
        QFile file(part.path);
        if (!part.wasLink && file.open(QIODevice::ReadOnly))
            part.content = file.readAll();
    }
}

// A link is put back as the link it was: the next input starts from the same machine.
void restore(const Part &part)
{
    QFile::remove(part.path);
    if (part.wasLink)
        QFile::link(QDir(QFileInfo(part.path).absolutePath()).relativeFilePath(part.linkTarget), part.path);
    else
        fuzz::writeFile(part.path, part.content);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    buildSmallMachine(fuzz::scratchRoot());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<QByteArray> contents = fuzz::bytes(data, size).split('\xff');
    QList<const Part *> changed;
    for (qsizetype i = 0; i < contents.size() && i < parts().size(); ++i) {
        if (contents.at(i).isEmpty())
            continue;
        QFile::remove(parts().at(i).path); // a link becomes a file holding its target, as in a snapshot
        fuzz::writeFile(parts().at(i).path, contents.at(i));
        changed.append(&parts().at(i));
    }
    const QString root = fuzz::scratchRoot();
    const Topology topology = TopologyScanner(root).scan();
    static_cast<void>(HostCriticalDevices::detect(topology, root));
    for (const Part *part : changed)
        restore(*part);
    return 0;
}
