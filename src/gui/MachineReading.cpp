// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineReading.h"

#include "topology/TopologyScanner.h"

namespace vfio {

MachineReading readMachine(const QString &root)
{
    MachineReading reading;
    reading.root = root;
    reading.topology = TopologyScanner(root).scan();
    reading.critical = HostCriticalDevices::detect(reading.topology, root);
    reading.boot = readBootConfiguration(root);
    reading.facts = readKernelFacts(root, reading.topology);
    return reading;
}

} // namespace vfio
