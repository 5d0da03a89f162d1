// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `report [FILE] [--root DIR]`: a hardware report for a bug report (report/HardwareReport.h), written to
// FILE (default vfio-isolator-report.tar.gz in the current folder). `list --root FILE` reads it back.
class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
