// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vfio {

// One plain sentence (HTML) for each kind of line in a file the plan writes (vfio.conf, the initramfs
// configuration), made from the file's own lines: a beginner reads what `ids=`, `softdep` and the long
// `install vfio-pci` command do without knowing modprobe.
QStringList explainConfigLines(const QString &path, const QString &content);

} // namespace vfio
