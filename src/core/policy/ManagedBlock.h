// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vfio {

// The marked block VFIO Isolator owns inside a configuration file. Everything outside the markers is the
// user's and is kept byte for byte. Markers are comment lines for '#'-comment formats (modprobe.d,
// initramfs-tools modules, mkinitcpio/dracut shell fragments, booster YAML).
namespace ManagedBlock {

QString beginMarker(); // "# >>> VFIO Isolator: managed block, do not edit between these markers >>>"
QString endMarker();   // "# <<< VFIO Isolator: end of managed block <<<"

// `existing` with our block replaced by `body` (lines without markers; the markers are added), or the block
// appended at the end when there was none. An empty `body` removes the block. A missing end marker counts
// as "block runs to the end of file" so a damaged block is replaced rather than duplicated.
QString merge(const QString &existing, const QString &body);

// The lines of `text` outside our block (the user's own lines), and inside it (without markers).
QStringList outside(const QString &text);
QStringList inside(const QString &text);
bool contains(const QString &text);

} // namespace ManagedBlock

} // namespace vfio
