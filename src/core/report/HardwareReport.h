// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

namespace vfio::report {

// The two ends of a hardware report, shared by the CLI and the window.

// Writes the report of the machine at `root` to the file `archive`: its snapshot (MachineSnapshot.h) packed
// as ReportArchive.h describes. Returns the snapshot's size in bytes once packed.
Result<qint64> writeHardwareReport(const QString &root, const QString &archive);

// A system root to read, as `--root` and the window's Open take it: a folder as it is (checked with
// checkSystemRoot), or a hardware report, unpacked once into a temporary folder that lives until the
// program ends. Returns the folder to read.
Result<QString> openSystemRoot(const QString &path);

} // namespace vfio::report
