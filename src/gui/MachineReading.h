// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/HostCriticalDevices.h"
#include "topology/Topology.h"
#include "verify/Verification.h"

#include <QString>

namespace vfio {

// Everything the window shows about one system root, read in one go. Needs no QApplication, so main() can
// start it on a worker thread while the window is being built.
struct MachineReading
{
    QString root;
    Topology topology;
    HostCriticalReport critical;
    BootConfiguration boot;
    KernelFacts facts;
};

MachineReading readMachine(const QString &root);

} // namespace vfio
