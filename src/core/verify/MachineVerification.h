#pragma once

#include "Verification.h"

namespace vfio {

// Everything a verification is made of, read in one go from a system root.
struct MachineVerification
{
    Topology topology;
    BootConfiguration boot;
    KernelFacts facts;
    Verification verification;
};

// Scans ROOT and verifies it. On the live root ("/"), when a configured device is not bound, the initramfs is
// listed as well, so that a missing vfio-pci in it can be named (listing takes a second or two, so only
// then).
MachineVerification verifyMachine(const QString &root);

} // namespace vfio
