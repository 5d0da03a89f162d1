// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/Topology.h"

#include <QString>

namespace vfio::cli {

// The listing in the shape of the passthrough guides (and lspci -nnk):
//   IOMMU Group 8:
//     02:00.0 VGA compatible controller [0300]: Device [1234:1111] (rev 02)
//       Kernel driver in use: vfio-pci
//       Kernel modules: bochs
// followed by the devices that have no group, and each device's problems as "Problem:" lines.
QString topologyToText(const Topology &topology);
// The first line, without indentation. `withDomain` prints "0000:02:00.0" instead of "02:00.0"; lspci does so
// for every device as soon as one device is outside domain 0.
QString deviceLine(const PciDevice &device, bool withDomain = false);

} // namespace vfio::cli
