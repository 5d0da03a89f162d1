// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

namespace vfio::report {

// A hardware report is one file a person can attach to a bug report: a gzip-compressed tar archive of a
// machine snapshot (MachineSnapshot.h) under one top folder, with no owner names and uid/gid 0.
QString reportTopFolder(); // "vfio-isolator-report"

// Packs the snapshot folder `folder` into `archive` (written next to it under a temporary name, then
// renamed, so a failed run leaves no half report).
Result<void> packReport(const QString &folder, const QString &archive);

// Whether `path` is a file that starts like a gzip stream (a report, or at least not a folder to read).
bool looksLikeReportArchive(const QString &path);

// Unpacks `archive` into the empty folder `into` and returns the snapshot's root inside it. Refuses entries
// outside the top folder, absolute paths, "..", links that leave the snapshot, devices and FIFOs.
Result<QString> unpackReport(const QString &archive, const QString &into);

} // namespace vfio::report
