// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `verify [--root DIR] [--json]`: after a restart, what is configured against what the kernel bound, per
// device with the reason. Exit 0 when every configured device is bound as intended (or nothing is
// configured), 5 on a mismatch, 6 while a restart is still pending.
class VerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
