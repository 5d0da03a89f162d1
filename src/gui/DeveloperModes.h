// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuiCommandLine.h"
#include "MachineReading.h"

#include <future>

namespace vfio {

// The screenshot and benchmark modes of `vfio-isolator` (docs/images, bench/gui): the window alone, no tray
// and no single instance, quitting by itself once the picture is saved or the first paint is timed.
int runDeveloperMode(const GuiCommandLine &commandLine, std::future<MachineReading> reading);

} // namespace vfio
