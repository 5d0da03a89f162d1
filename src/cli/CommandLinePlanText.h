// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace vfio::cli {

// The helper's kernel command line plan (PreviewKernelCommandLine) for a person: the boot loader, each file
// with its diff (new, changed, removed), the commands, then notes to `out` and errors to `err`.
void printCommandLinePlan(const QJsonObject &plan, QTextStream &out, QTextStream &err);

} // namespace vfio::cli
