// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/ApplyPlan.h"

namespace vfio {

// Apply carries the boot entry "... without VFIO passthrough" with the configuration: it is added (or kept)
// while devices are configured and removed with the configuration; Revert restores it through the
// transaction's backups like every other file. Where no entry can be made (an unknown boot loader, no entry
// to copy) the plan says so in a warning with the way back by hand and goes on: the configuration itself
// is still right without it.
void addSafetyEntry(ApplyPlan &plan, const QString &root);

} // namespace vfio
