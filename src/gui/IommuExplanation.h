#pragma once

#include "topology/Topology.h"

#include <QString>

namespace vfio {

// Why this machine has no IOMMU groups, from what the scan found (firmware table? kernel command line?),
// and the first-time setup steps that fix it, as HTML for the window's explanation page.
QString noIommuExplanationHtml(const IommuStatus &status);

} // namespace vfio
