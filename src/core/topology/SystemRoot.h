#pragma once

#include <QString>

namespace vfio {

// Whether a folder can be read as a system root (the running machine's "/" or a snapshot of one): it must
// exist, be a readable directory and hold a readable sys/bus/pci/devices. Returns a sentence naming the
// problem and the way out, empty when the root is usable. The CLI's --root and the window's File > Open
// both ask here, so that they refuse the same folders with the same words.
QString systemRootProblem(const QString &root);

// The one way a path on the target system is found below a system root, in the core and the helper:
// ("/tmp/r", "/etc/x") -> "/tmp/r/etc/x", ("/tmp/r/", "/etc/x") -> "/tmp/r/etc/x", ("/", "/etc/x") and
// ("", "/etc/x") -> "/etc/x" (an empty root is the running machine's "/"). A missing leading slash is added.
QString underRoot(const QString &root, const QString &absolutePath);

} // namespace vfio
