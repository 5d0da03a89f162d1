// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vfio::bench {

// Writes a synthetic machine of exactly `deviceCount` PCI functions below `root`, shaped like a large
// workstation: per PCI domain a host bridge and up to 64 PCIe root ports, each with a slot holding a GPU
// (1002:67df), its HDMI audio (1002:aaf0) and a NIC (8086:10d3) as functions 0..2; each root port in its
// own IOMMU group, each slot's functions sharing one. Drivers are bound as on a real boot (some GPUs to
// vfio-pci), config spaces are real 256-byte images (lspci reads the tree too), modaliases are the
// kernel's, and lib/modules/<release> links to `modulesDirectory` (a real Debian kernel's index).
// Returns false with `error` set when the tree cannot be written.
bool generateMachine(const QString &root, int deviceCount, const QString &modulesDirectory, QString *error);

} // namespace vfio::bench
