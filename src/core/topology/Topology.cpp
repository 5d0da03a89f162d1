#include "Topology.h"

#include <algorithm>

namespace vfio {

QString toString(IommuStatus::Kind kind)
{
    switch (kind) {
    case IommuStatus::Kind::Intel:
        return QStringLiteral("intel");
    case IommuStatus::Kind::Amd:
        return QStringLiteral("amd");
    case IommuStatus::Kind::Other:
        return QStringLiteral("other");
    case IommuStatus::Kind::None:
        break;
    }
    return {};
}

const PciDevice *Topology::find(const PciAddress &address) const
{
    // `devices` is sorted by address, so a binary search is enough.
    const auto it = std::lower_bound(devices.cbegin(), devices.cend(), address,
                                     [](const PciDevice &d, const PciAddress &a) { return d.address < a; });
    if (it == devices.cend() || it->address != address)
        return nullptr;
    return &*it;
}

QList<int> Topology::groupIds() const
{
    QList<int> ids;
    for (const PciDevice &device : devices) {
        if (device.iommuGroup)
            ids.append(*device.iommuGroup);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QList<const PciDevice *> Topology::groupMembers(int group) const
{
    QList<const PciDevice *> members;
    for (const PciDevice &device : devices) {
        if (device.iommuGroup == group)
            members.append(&device);
    }
    return members;
}

QMap<int, QList<const PciDevice *>> Topology::devicesByGroup() const
{
    QMap<int, QList<const PciDevice *>> groups;
    for (const PciDevice &device : devices) {
        if (device.iommuGroup)
            groups[*device.iommuGroup].append(&device);
    }
    return groups;
}

QList<const PciDevice *> Topology::ungrouped() const
{
    QList<const PciDevice *> result;
    for (const PciDevice &device : devices) {
        if (!device.iommuGroup)
            result.append(&device);
    }
    return result;
}

} // namespace vfio
