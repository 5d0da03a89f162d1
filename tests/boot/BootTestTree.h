// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolicyTestTree.h"

#include "boot/KernelCommandLineBackend.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vfio::test {

// writeFile() and readFile() for generated roots come from tests/policy/PolicyTestTree.h.
// An executable stand-in for a tool; it records its arguments, one per line, in ROOT/<path>.args.
void writeRecordingTool(const QString &root, const QString &path);

// Does what the helper's transaction does with a plan's files (write or delete, under `hostPath`); a refused
// plan writes nothing.
void applyFiles(const Result<CommandLinePlan> &plan);

// Whether `plan` writes no file and runs no command: true for a refused plan too.
bool changesNothing(const Result<CommandLinePlan> &plan);

// The lines of `after` that differ from `before`, by index, when both have the same number of lines;
// {"<line count changed>"} otherwise. Shows that nothing but the intended lines changed.
QStringList changedLines(const QString &before, const QString &after);

} // namespace vfio::test
