#pragma once

#include "topology/Topology.h"

#include <QString>

namespace vfio::cli {

// What "the IOMMU is off" means for the user and how to turn it on, tailored to what the machine shows
// (firmware table present, a kernel parameter turning it off). Several lines, for a terminal.
QString iommuOffAdvice(const IommuStatus &iommu);

} // namespace vfio::cli
