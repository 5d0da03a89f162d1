// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `preview-iommu [--passthrough-mode] [--json]`: the files (with their diffs) and the command the helper
// would write and run to switch the IOMMU on through the kernel command line. Writes nothing.
class PreviewIommuCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("preview-iommu"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
