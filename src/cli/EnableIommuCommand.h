// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `enable-iommu [--passthrough-mode] [--yes]`: puts on the kernel command line what the system check says
// the IOMMU needs on this machine (and iommu=pt with --passthrough-mode), through the helper; undone by
// `revert`. Says so and exits 0 without calling the helper when nothing is needed.
class EnableIommuCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("enable-iommu"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
