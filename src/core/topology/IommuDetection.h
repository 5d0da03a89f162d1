// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QString>

namespace vfio {

// What ROOT/sys and ROOT/proc say about the IOMMU: registered units in sys/class/iommu (dmar* for Intel
// VT-d, ivhd* for AMD-Vi: the kind is never guessed from the CPU vendor), the ACPI table that announces the
// hardware (sys/firmware/acpi/tables/DMAR or IVRS) and the kernel command line that may have turned it off.
// `active` here reflects sys/class/iommu only; the scanner also counts devices that have a group.
IommuStatus detectIommu(const QString &root);

} // namespace vfio
