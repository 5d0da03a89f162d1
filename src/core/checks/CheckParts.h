// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The single checks that checkSystem() (SystemCheck.cpp) puts together; private to vfio_checks.

#include "checks/Finding.h"
#include "topology/Topology.h"

#include <QString>

namespace vfio::checks {

// What every check reads: the system root and its scan.
struct CheckInput
{
    QString root;
    const Topology &topology;
};

// Whose IOMMU this is, from the firmware table (DMAR: Intel VT-d, IVRS: AMD-Vi) or else the registered units
// in sys/class/iommu; never from the CPU vendor (an emulated AMD CPU can sit on an Intel IOMMU).
IommuStatus::Kind iommuVendor(const IommuStatus &iommu);

// IommuChecks.cpp
Finding checkCpuVirtualization(const CheckInput &input);
Finding checkFirmwareIommu(const CheckInput &input);
Finding checkIommuActive(const CheckInput &input);

// KernelParameterChecks.cpp
Finding checkKernelParameters(const CheckInput &input);
Finding checkIommuPassthrough(const CheckInput &input);

// SetupChecks.cpp
Finding checkVfioModules(const CheckInput &input);
Finding checkInitramfsTool(const CheckInput &input);
// `commandLineChange` is what the kernel-parameters finding asks for: with an unknown boot loader the person
// must then make it by hand.
Finding checkBootLoader(const CheckInput &input, const CommandLineChange &commandLineChange);

// MachineChecks.cpp
Finding checkSecureBoot(const CheckInput &input);
Finding checkBootGpu(const CheckInput &input);

} // namespace vfio::checks
