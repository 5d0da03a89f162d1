// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vfio {

// Where grub-mkconfig picks our safety entry up: after 10_linux and the 40/41 custom files.
inline QString grubSafetyScriptPath()
{
    return QStringLiteral("/etc/grub.d/42_vfio_isolator_safe");
}

// The grub.d script (POSIX sh, run by grub-mkconfig with its GRUB_* variables exported) that emits one
// menuentry for the newest kernel in `bootDirectory`: the same root= as 10_linux, GRUB_CMDLINE_LINUX and
// GRUB_CMDLINE_LINUX_DEFAULT without any vfio-pci.ids= word (a built-in vfio-pci would still take those),
// plus vfio_isolator=off. `bootDirectory` is "/boot" on a real system.
QString grubSafetyScript(const QString &bootDirectory = QStringLiteral("/boot"));

} // namespace vfio
