// SPDX-License-Identifier: GPL-3.0-or-later
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
inline QString intelIommuOn()
{
    return QStringLiteral("intel_iommu=on");
}
inline QString iommuPassthrough()
{
    return QStringLiteral("iommu=pt");
}
// Our own parameter: the installed configuration stays inert for one boot (the safety boot entry).
inline QString safetyOff()
{
    return QStringLiteral("vfio_isolator=off");
}
// Words that switch the IOMMU off; the setup removes them.
inline QStringList disabling()
{
    return {QStringLiteral("intel_iommu=off"), QStringLiteral("amd_iommu=off"), QStringLiteral("iommu=off")};
}
} // namespace kernelparam

// True for the words the helper may add or remove: intel_iommu=on, iommu=pt, vfio_isolator=off, the
// kernelparam::disabling() words, and vfio-pci.ids=vvvv:dddd[,vvvv:dddd...] (lower-case hex; for kernels with
// vfio-pci built in).
bool isAllowedKernelParameter(const QString &word);

// Every word allowed, none both added and removed, the disabling words only removed, at most one
// vfio-pci.ids= word added.
bool isValid(const CommandLineChange &change);

// `commandLine` with `change` applied: removed words go wherever they appear, missing added words are
// appended in order, a vfio-pci.ids= word replaces the existing one. Every other word, its order and the
// white space between words are kept; applying the same change again returns its input unchanged.
QString applyChange(const QString &commandLine, const CommandLineChange &change);

// The change that turns `from` into `to` (words only): what a command-only backend must undo on Revert.
CommandLineChange difference(const QString &from, const QString &to);

// The words of a command line, split at white space.
QStringList kernelWords(const QString &commandLine);

} // namespace vfio
