// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `check [--json] [--root DIR]`: the system check (CPU virtualisation, firmware IOMMU, kernel parameters,
// vfio modules, initramfs tool, boot loader, Secure Boot, boot GPU), one line per finding. Exit NeedsSetup
// (4) when a finding blocks or needs action, else Success.
class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
