// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineVerification.h"

#include "InitramfsListing.h"

#include "topology/TopologyScanner.h"

namespace vfio {

MachineVerification verifyMachine(const QString &root, InitramfsCheck initramfs)
{
    MachineVerification machine;
    machine.topology = TopologyScanner(root).scan();
    machine.boot = readBootConfiguration(root);
    machine.facts = readKernelFacts(root, machine.topology);
    const SelectionRules rules(machine.topology);
    machine.verification = verify(rules, machine.boot, machine.facts);
    if (initramfs == InitramfsCheck::IfMismatch && root == QLatin1String("/") &&
        machine.verification.overall() == Verification::Overall::Mismatch) {
        machine.facts.initramfsFiles = listInitramfs(machine.topology.kernelRelease);
        if (machine.facts.initramfsFiles)
            machine.verification = verify(rules, machine.boot, machine.facts);
    }
    return machine;
}

} // namespace vfio
