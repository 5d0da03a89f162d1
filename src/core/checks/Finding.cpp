// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

#include "base/EnumNames.h"

namespace vfio {

namespace {
// The one table of the states' names, read both ways.
constexpr EnumNames<FindingState, 4> stateNames{{
    {FindingState::Ok, "ok"},
    {FindingState::NeedsAction, "needs-action"},
    {FindingState::Blocked, "blocked"},
    {FindingState::Information, "information"},
}};

// The one table of the findings' ids.
constexpr EnumNames<CheckId, 10> checkIdNames{{
    {CheckId::CpuVirtualization, "cpu-virtualization"},
    {CheckId::FirmwareIommu, "firmware-iommu"},
    {CheckId::IommuActive, "iommu-active"},
    {CheckId::KernelParameters, "kernel-parameters"},
    {CheckId::IommuPassthrough, "iommu-passthrough"},
    {CheckId::VfioModules, "vfio-modules"},
    {CheckId::InitramfsTool, "initramfs-tool"},
    {CheckId::BootLoader, "boot-loader"},
    {CheckId::SecureBoot, "secure-boot"},
    {CheckId::BootGpu, "boot-gpu"},
}};
} // namespace

QString toString(FindingState state)
{
    return nameOf(stateNames, state, "information");
}

QString toString(CheckId id)
{
    return nameOf(checkIdNames, id);
}

std::optional<FindingState> findingStateFromString(const QString &text)
{
    return valueOf(stateNames, text);
}

} // namespace vfio
