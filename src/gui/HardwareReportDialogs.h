// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace vfio {

// Help > Make a hardware report: writes the report of the machine at `root` to `file` and says, in a
// message box over `parent`, what it holds and what to do with it, or why it could not be written.
// Returns whether it was written.
bool makeHardwareReport(QWidget *parent, const QString &root, const QString &file);

// Where Help > Make a hardware report offers to save: the home folder's vfio-isolator-report.tar.gz.
QString defaultReportFile();

// File > Open a hardware report: the folder `file` was unpacked into, or nothing after saying why not.
std::optional<QString> openHardwareReport(QWidget *parent, const QString &file);

} // namespace vfio
