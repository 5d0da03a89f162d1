// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/KernelParameters.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <optional>

namespace vfio::cli {

// What preview-iommu and enable-iommu share: their options and the kernel command line words this machine
// needs for its IOMMU.

// `--passthrough-mode`: also add iommu=pt. `--root DIR`: work the words out from a snapshot.
QCommandLineOption passthroughOption();
QCommandLineOption wordsRootOption();

// iommuSetupChange() (src/core/checks) for the system under `root`.
CommandLineChange iommuChange(const QString &root, bool passthrough);

// The words of a change for a person: "add intel_iommu=on; remove intel_iommu=off".
QString describeChange(const CommandLineChange &change);

// The options parsed, the root checked and the change worked out; prints "nothing to change" (with --json
// as JSON) and returns the exit code when the command must stop. The words of the change are printed on
// `out`, or on `err` with --json.
std::optional<int> iommuChangeFor(const QCommandLineParser &parser, CommandLineChange *change,
                                  QTextStream &out, QTextStream &err);

} // namespace vfio::cli
