// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/KernelParameters.h"

#include <QString>
#include <QStringList>

namespace vfio::grubdefaults {

inline QString defaultVariable()
{
    return QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT");
}
inline QString linuxVariable()
{
    return QStringLiteral("GRUB_CMDLINE_LINUX");
}

// `text` (the shell fragment /etc/default/grub) with `change` applied to the value of `variable`:
// removals in every assignment, additions in the last one (the one that wins). Every other line, comment,
// the quoting (double, single or none; none becomes double quotes once there are several words) and
// anything after the value are kept byte for byte. Commented-out assignments are not touched. When there
// is no assignment and `appendIfMissing`, `VARIABLE="words"` is appended as a line of its own.
QString editVariable(const QString &text, const QString &variable, const CommandLineChange &change,
                     bool appendIfMissing);

// False when an assignment of `variable` is one editVariable leaves alone because its quoted value runs on
// over several lines, or mixes quoted and unquoted parts (`quiet" splash"`, `"a"'b'`): adding a line of our
// own would then override the user's value, and rewriting it could break the shell's quoting.
bool isEditable(const QString &text, const QString &variable);

// The unquoted values of the active assignments of `variable`, in file order.
QStringList values(const QString &text, const QString &variable);

// The words of `words` that neither GRUB_CMDLINE_LINUX nor GRUB_CMDLINE_LINUX_DEFAULT in `text` holds yet:
// a word the user already has is not added a second time.
QStringList missingWords(const QString &text, const QStringList &words);

} // namespace vfio::grubdefaults
