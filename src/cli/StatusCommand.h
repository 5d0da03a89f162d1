// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `status [--json]`: what is configured now, as the helper sees it.
class StatusCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
