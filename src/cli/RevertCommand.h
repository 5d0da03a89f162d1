// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `revert [--yes]`: put back what the last apply replaced.
class RevertCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("revert"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
