// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verify/Verification.h"

#include <QJsonObject>

namespace vfio::cli {

// The `verify --json` document: {"devices": [{"address", "name", "configured", "driver", "state", "reason",
// "message"}], "overall", "summary", "unmatched_ids", "safety_boot"}, for the devices a person cares about.
QJsonObject verificationToJson(const Verification &verification);

} // namespace vfio::cli
