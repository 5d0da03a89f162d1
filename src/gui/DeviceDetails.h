// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceTreeModel.h"

#include <QString>

namespace vfio {

// One sentence saying why `device` shares its IOMMU group with the others (or is alone in it).
QString whyInGroup(const PciDevice &device, const Topology &topology);

// The details pane's HTML for one device: every attribute the scan reads, its reset methods, its group's
// other members and why it is in that group, its state, and any problem the scan met.
QString deviceDetailsHtml(const PciDevice &device, const DeviceTreeModel &model);

// For a group row: its members and what ticking it means.
QString groupDetailsHtml(std::optional<int> group, const DeviceTreeModel &model);

} // namespace vfio
