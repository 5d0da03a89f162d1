// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyText.h"

#include <QCoreApplication>

#include <algorithm>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli", text);
}

void appendDevice(QString &text, const PciDevice &device, bool withDomain)
{
    text += QStringLiteral("  ") + deviceLine(device, withDomain) + QLatin1Char('\n');
    if (!device.driver.isEmpty())
        text += QStringLiteral("    Kernel driver in use: ") + device.driver + QLatin1Char('\n');
    if (!device.modules.isEmpty())
        text += QStringLiteral("    Kernel modules: ") + device.modules.join(QStringLiteral(", ")) +
                QLatin1Char('\n');
    for (const QString &problem : device.problems)
        text += QStringLiteral("    ") + tr("Problem: %1").arg(problem) + QLatin1Char('\n');
}

} // namespace

QString deviceLine(const PciDevice &device, bool withDomain)
{
    const QString classId = QStringLiteral("%1").arg(device.classId(), 4, 16, QLatin1Char('0'));
    const QString className = device.className.isEmpty() ? QStringLiteral("Class") : device.className;
    QString line = QStringLiteral("%1 %2 [%3]: %4 [%5]")
                       .arg(withDomain ? device.address.toString() : device.address.toShortString(),
                            className, classId, device.displayName(), device.idPair());
    if (device.revision != 0)
        line += QStringLiteral(" (rev %1)").arg(uint{device.revision}, 2, 16, QLatin1Char('0'));
    return line;
}

QString topologyToText(const Topology &topology)
{
    QString text;
    const bool withDomain = std::any_of(topology.devices.cbegin(), topology.devices.cend(),
                                        [](const PciDevice &device) { return device.address.domain != 0; });
    const auto groups = topology.devicesByGroup();
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        text += tr("IOMMU Group %1:").arg(group.key()) + QLatin1Char('\n');
        for (const PciDevice *device : group.value())
            appendDevice(text, *device, withDomain);
    }
    const QList<const PciDevice *> ungrouped = topology.ungrouped();
    if (!ungrouped.isEmpty()) {
        text += tr("Devices without an IOMMU group:") + QLatin1Char('\n');
        for (const PciDevice *device : ungrouped)
            appendDevice(text, *device, withDomain);
    }
    return text;
}

} // namespace vfio::cli
