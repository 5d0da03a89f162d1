// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/SystemCheck.h"

#include <QJsonObject>

namespace vfio::cli {

// The `check --json` document: {"findings": [{"id", "state", "message", "fix"}]} in the check's order, where
// "state" is "ok", "needs-action", "blocked" or "information" and "fix" is null or
// {"description": "...", "add": ["intel_iommu=on"], "remove": ["intel_iommu=off"]}.
QJsonObject systemCheckToJson(const SystemCheck &check);

} // namespace vfio::cli
