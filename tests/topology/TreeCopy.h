// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vfio::test {

// Copies the tree `source` to `target`. Below `source/flattenBelow`, symbolic links become small files
// holding the link's target text without a newline (the form in which the shared fixtures and some hardware
// reports arrive); elsewhere links are kept. Top-level entries named in `shareInstead` (the large, read-only
// lib/) are not copied but linked to the original. Returns the number of links flattened, or -1 with `error`.
int copyTreeFlatteningLinks(const QString &source, const QString &target, const QString &flattenBelow,
                            const QStringList &shareInstead, QString *error);

} // namespace vfio::test
