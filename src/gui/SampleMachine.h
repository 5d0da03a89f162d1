// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vfio {

// Where the built-in sample machine (the `seed` snapshot: a GPU with its audio function, identical NICs, a
// PCI bridge) lives: $VFIO_ISOLATOR_SAMPLE_DIR, the installed copy in <prefix>/share/vfio-isolator/sample,
// or the source tree for a build that was not installed. Empty when none is found.
QString sampleMachineRoot();

} // namespace vfio
