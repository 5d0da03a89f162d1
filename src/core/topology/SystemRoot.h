// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

namespace vfio {

// Whether a folder can be read as a system root (the running machine's "/" or a snapshot of one): it must
// exist, be a readable directory and hold a readable sys/bus/pci/devices. A failure names the problem and
// the way out. The CLI's --root and the window's File > Open both ask here, so that they refuse the same
// folders with the same words.
Result<void> checkSystemRoot(const QString &root);

// The one way a path on the target system is found below a system root, in the core and the helper:
// ("/tmp/r", "/etc/x") -> "/tmp/r/etc/x", ("/tmp/r/", "/etc/x") -> "/tmp/r/etc/x", ("/", "/etc/x") and
// ("", "/etc/x") -> "/etc/x" (an empty root is the running machine's "/"). A missing leading slash is added.
// Inside a Flatpak, the running machine's /etc, /usr, /lib, /bin and /sbin are the host's as the sandbox
// shows them (hostPathFromSandbox): what the app reads of "/" is always the host's, never the runtime's.
QString underRoot(const QString &root, const QString &absolutePath);

// Whether this process runs in a Flatpak sandbox (/.flatpak-info exists). Asked once.
bool runsInFlatpak();

// A path of the host's as the sandbox shows it: "/etc/x" -> "/run/host/etc/x", "/lib/modules/x" ->
// "/run/host/usr/lib/modules/x"; /sys and /proc paths as they are.
QString hostPathFromSandbox(const QString &path);

// The EFI global variable "SecureBoot" below a system root (relative): 4 attribute bytes, then one data byte
// (1 = on, 0 = off).
QString secureBootVariable();

} // namespace vfio
