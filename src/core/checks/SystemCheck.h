// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"
#include "topology/Topology.h"

#include <QList>
#include <QString>

namespace vfio {

// What stands between this system and PCI passthrough, one finding per question (is VT-x on? does the
// firmware announce an IOMMU? which boot loader builds the command line? ...). The CLI's `check` and `list`
// and the window's no-IOMMU page all render this one list.
struct SystemCheck
{
    QList<Finding> findings; // in CheckId order

    // Anything Blocked or NeedsAction.
    bool needsAction() const;
    // The union of the command-line fixes of the findings that need action. The Information findings' fixes
    // (iommu=pt) are offers the person opts into, never part of it.
    CommandLineChange commandLineFix() const;
    // The finding with this id, or nullptr.
    const Finding *find(CheckId id) const;
};

// Reads below `root` (the live "/" or a snapshot): proc/cpuinfo, proc/cmdline, boot/config-<release>,
// lib/modules/<release>, sys/firmware (ACPI tables, efivars), etc/ and usr/ (boot loader, initramfs tool).
// `topology` is the scan of the same root (IOMMU state, kernel release, the boot GPU). Never runs anything.
SystemCheck checkSystem(const QString &root, const Topology &topology);

} // namespace vfio
