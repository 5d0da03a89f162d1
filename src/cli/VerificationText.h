// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verify/Verification.h"

#include <QString>

namespace vfio::cli {

// The verification for a terminal: per relevant device its address and name, the short and the long
// sentence; then the IDs that match nothing, and the summary.
QString verificationToText(const Verification &verification);

} // namespace vfio::cli
