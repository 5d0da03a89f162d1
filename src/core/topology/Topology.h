// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PciDevice.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vfio {

struct IommuStatus
{
    enum class Kind
    {
        None,
        Intel,
        Amd,
        Other
    };

    bool active = false;        // the kernel made IOMMU groups / registered an IOMMU
    Kind kind = Kind::None;     // from sys/class/iommu: dmar* is Intel, ivhd* is AMD-Vi
    bool firmwareTable = false; // sys/firmware/acpi/tables/DMAR or IVRS exists: the hardware can do it
    QString firmwareTableName;  // "DMAR" (Intel VT-d) or "IVRS" (AMD-Vi) when firmwareTable
    QString kernelCommandLine;  // proc/cmdline, for explaining why it is off (intel_iommu=off, ...)
};

QString toString(IommuStatus::Kind kind); // "intel", "amd", "other", "" for None

// One picture of the machine: every PCI function, its IOMMU group, driver and modules.
struct Topology
{
    QString root;          // the system root that was read ("/" for the live machine)
    QString kernelRelease; // proc/sys/kernel/osrelease
    IommuStatus iommu;
    QList<PciDevice> devices; // sorted by address
    QStringList problems;     // machine-wide problems (no sys/bus/pci, unreadable module index, ...)

    const PciDevice *find(const PciAddress &address) const;
    QList<int> groupIds() const;                            // ascending
    QList<const PciDevice *> groupMembers(int group) const; // by address
    QList<const PciDevice *> ungrouped() const;             // by address
    // Every group with its members in one pass (groupMembers() for each id is quadratic on big machines).
    QMap<int, QList<const PciDevice *>> devicesByGroup() const; // ids ascending, members by address
};

} // namespace vfio
