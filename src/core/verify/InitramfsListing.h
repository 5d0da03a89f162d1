// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vfio {

// The file list of the initramfs this kernel release boots with, read by the distribution's own lister
// (lsinitramfs for initramfs-tools, lsinitrd for dracut) from the live system's /boot. Nullopt when no lister
// or image is there, the image is unreadable, or the lister fails: the verification then does not guess.
// Only for the live root: a snapshot holds no initramfs.
std::optional<QStringList> listInitramfs(const QString &kernelRelease);

} // namespace vfio
