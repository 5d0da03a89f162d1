// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/Topology.h"

#include <QJsonObject>

namespace vfio::cli {

// The `list --json` document: {"iommu": {"active", "kind"}, "groups": [{"id", "devices"}], "ungrouped": []}
// with groups sorted by id and devices by address, plus extra keys (revision, subsystem, problems, ...).
QJsonObject topologyToJson(const Topology &topology);
QJsonObject deviceToJson(const PciDevice &device);

} // namespace vfio::cli
