// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `preview ADDRESS... [--json]`: the files and commands Apply would write and run, without changing anything.
class PreviewCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("preview"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
