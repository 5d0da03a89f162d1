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

struct Finding
{
    QString id; // stable, for scripts and tests: one of the checkid:: words
    FindingState state = FindingState::Information;
    QString message; // one plain sentence or two for a beginner, translated
    FindingFix fix;
};

// The findings' ids, in the order the check reports them.
namespace checkid {
inline QString cpuVirtualization()
{
    return QStringLiteral("cpu-virtualization");
}
inline QString firmwareIommu()
{
    return QStringLiteral("firmware-iommu");
}
inline QString iommuActive()
{
    return QStringLiteral("iommu-active");
}
inline QString kernelParameters()
{
    return QStringLiteral("kernel-parameters");
}
inline QString iommuPassthrough()
{
    return QStringLiteral("iommu-passthrough");
}
inline QString vfioModules()
{
    return QStringLiteral("vfio-modules");
}
inline QString initramfsTool()
{
    return QStringLiteral("initramfs-tool");
}
inline QString bootLoader()
{
    return QStringLiteral("boot-loader");
}
inline QString secureBoot()
{
    return QStringLiteral("secure-boot");
}
inline QString bootGpu()
{
    return QStringLiteral("boot-gpu");
}
} // namespace checkid

} // namespace vfio
