// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/KernelParameters.h"

#include <QString>

#include <optional>

namespace vfio {

// How one finding of the system check stands.
enum class FindingState
{
    Ok,          // nothing to do
    NeedsAction, // something must change before devices can be passed through (maybe by the app: see fix)
    Blocked,     // it cannot work until the person changes something the app cannot (firmware, hardware)
    Information, // worth knowing; asks for nothing
};

QString toString(FindingState state); // "ok", "needs-action", "blocked", "information"
std::optional<FindingState> findingStateFromString(const QString &text);

// What the app can apply for a finding: a kernel command-line change and the sentence that describes it.
// Empty when there is nothing the app can do by itself (a firmware setting, a missing kernel module).
struct FindingFix
{
    CommandLineChange commandLine;
    QString description;

    bool isEmpty() const { return commandLine.isEmpty(); }
};

// The findings' ids, in the order the check reports them. A finding carries one; its name (toString) is the
// stable word scripts and tests read.
enum class CheckId
{
    CpuVirtualization,
    FirmwareIommu,
    IommuActive,
    KernelParameters,
    IommuPassthrough,
    VfioModules,
    InitramfsTool,
    BootLoader,
    SecureBoot,
    BootGpu,
};

struct Finding
{
    CheckId id = CheckId::CpuVirtualization; // its word (toString) is stable, for scripts and tests
    FindingState state = FindingState::Information;
    QString message; // one plain sentence or two for a beginner, translated
    FindingFix fix;
};

QString toString(CheckId id); // "cpu-virtualization", "firmware-iommu", ...

} // namespace vfio
