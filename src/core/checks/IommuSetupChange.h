// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SystemCheck.h"

#include "boot/KernelParameters.h"

namespace vfio {

// The kernel command-line change the first-time setup asks the helper for, shared by the assistant and
// `vfio-isolator-cli enable-iommu`: the check's commandLineFix() (adds what is missing, removes the
// *iommu=off words), plus iommu=pt when `passthrough` and the running command line lacks it. Empty: nothing
// is needed. When something is, the IOMMU words the system boots with now are sent too: a GRUB drop-in holds
// the whole set of words it adds, so leaving one out would take it away.
CommandLineChange iommuSetupChange(const SystemCheck &check, const QString &runningCommandLine,
                                   bool passthrough);

} // namespace vfio
