// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyJson.h"

#include "JsonValues.h"

#include <QJsonArray>

namespace vfio::cli {

namespace {

QString hex(quint32 value, int digits)
{
    return QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0'));
}

QJsonArray devicesToJson(const QList<const PciDevice *> &devices)
{
    QJsonArray array;
    for (const PciDevice *device : devices)
        array.append(deviceToJson(*device));
    return array;
}

} // namespace

QJsonObject deviceToJson(const PciDevice &device)
{
    return QJsonObject{
        {QStringLiteral("address"), device.address.toString()},
        {QStringLiteral("vendor_id"), hex(device.vendorId, 4)},
        {QStringLiteral("device_id"), hex(device.deviceId, 4)},
        {QStringLiteral("class"), hex(device.classId(), 4)},
        {QStringLiteral("vendor_name"), device.vendorName},
        {QStringLiteral("device_name"), device.deviceName},
        {QStringLiteral("driver"), stringOrNull(device.driver)},
        {QStringLiteral("modules"), QJsonArray::fromStringList(device.modules)},
        {QStringLiteral("bridge"), device.isBridge},
        {QStringLiteral("boot_vga"), device.bootVga},
        // Beyond the documented shape:
        {QStringLiteral("class_code"), hex(device.classCode, 6)},
        {QStringLiteral("class_name"), device.className},
        {QStringLiteral("revision"), hex(device.revision, 2)},
        {QStringLiteral("subsystem_vendor_id"), hex(device.subsystemVendorId, 4)},
        {QStringLiteral("subsystem_device_id"), hex(device.subsystemDeviceId, 4)},
        {QStringLiteral("subsystem_name"), device.subsystemName},
        {QStringLiteral("root_port"), device.isRootPort},
        {QStringLiteral("parent"), device.parent ? QJsonValue(device.parent->toString()) : QJsonValue()},
        {QStringLiteral("iommu_group"), device.iommuGroup ? QJsonValue(*device.iommuGroup) : QJsonValue()},
        {QStringLiteral("driver_override"), stringOrNull(device.driverOverride)},
        {QStringLiteral("reset_methods"), QJsonArray::fromStringList(device.resetMethods)},
        {QStringLiteral("modalias"), device.modalias},
        {QStringLiteral("problems"), QJsonArray::fromStringList(device.problems)},
    };
}

QJsonObject topologyToJson(const Topology &topology)
{
    QJsonArray groups;
    const auto byGroup = topology.devicesByGroup();
    for (auto group = byGroup.cbegin(); group != byGroup.cend(); ++group) {
        groups.append(QJsonObject{{QStringLiteral("id"), group.key()},
                                  {QStringLiteral("devices"), devicesToJson(group.value())}});
    }
    const QString kind = toString(topology.iommu.kind);
    const QJsonObject iommu{
        {QStringLiteral("active"), topology.iommu.active},
        {QStringLiteral("kind"), stringOrNull(kind)},
        {QStringLiteral("firmware_table"), stringOrNull(topology.iommu.firmwareTableName)},
        {QStringLiteral("kernel_command_line"), topology.iommu.kernelCommandLine},
    };
    return QJsonObject{
        {QStringLiteral("iommu"), iommu},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("ungrouped"), devicesToJson(topology.ungrouped())},
        {QStringLiteral("root"), topology.root},
        {QStringLiteral("kernel_release"), topology.kernelRelease},
        {QStringLiteral("problems"), QJsonArray::fromStringList(topology.problems)},
    };
}

} // namespace vfio::cli
