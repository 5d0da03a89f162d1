// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vfio {

// A line diff of `before` and `after` in unified style without context limits: "  kept", "- removed",
// "+ added". Small configuration files only (quadratic). The window's review and the CLI show plans with it.
QString lineDiff(const QString &before, const QString &after);

} // namespace vfio
