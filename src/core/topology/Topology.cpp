// SPDX-License-Identifier: GPL-3.0-or-later
#include "Topology.h"

#include "base/EnumNames.h"

#include <algorithm>

namespace vfio {

QString toString(IommuStatus::Kind kind)
{
    // None has no name.
    static constexpr EnumNames<IommuStatus::Kind, 3> names{{
        {IommuStatus::Kind::Intel, "intel"},
        {IommuStatus::Kind::Amd, "amd"},
        {IommuStatus::Kind::Other, "other"},
    }};
    return nameOf(names, kind);
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
