// SPDX-License-Identifier: GPL-3.0-or-later
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

// Whether the initramfs is listed to tell "missing from the initramfs" from "another driver first".
enum class InitramfsCheck
{
    IfMismatch, // on the live root, when a configured device is not bound (the listing takes seconds)
    Skip,       // never: for callers that must not wait (the tray, on every device event)
};

// Scans ROOT and verifies it, listing the initramfs as `initramfs` says.
MachineVerification verifyMachine(const QString &root, InitramfsCheck initramfs = InitramfsCheck::IfMismatch);

} // namespace vfio
