#pragma once

#include <QString>
#include <QStringList>

namespace vfio {

// A change to the kernel command line, in whole words ("intel_iommu=on"). The words come from the fixed list
// in KernelParameters.cpp; the helper refuses any other word (isAllowedKernelParameter).
struct CommandLineChange
{
    QStringList add;    // words to add where missing
    QStringList remove; // words to remove wherever they appear

    bool isEmpty() const { return add.isEmpty() && remove.isEmpty(); }
    bool operator==(const CommandLineChange &) const = default;
};

namespace kernelparam {
inline QString intelIommuOn() { return QStringLiteral("intel_iommu=on"); }
inline QString iommuPassthrough() { return QStringLiteral("iommu=pt"); }
// Our own parameter: the installed configuration stays inert for one boot (the safety boot entry).
inline QString safetyOff() { return QStringLiteral("vfio_isolator=off"); }
// Words that switch the IOMMU off; the setup removes them.
inline QStringList disabling()
{
    return {QStringLiteral("intel_iommu=off"), QStringLiteral("amd_iommu=off"), QStringLiteral("iommu=off")};
}
} // namespace kernelparam

} // namespace vfio
