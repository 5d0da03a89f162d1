// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `list [--json] [--root DIR]`: IOMMU groups and their devices. Exit IommuOff (3) when the IOMMU is not
// active, after printing the listing (or JSON) and, on stderr, the system check's findings that are not OK
// (what turns it on).
class ListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
