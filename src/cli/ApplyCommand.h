// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace vfio::cli {

// `apply ADDRESS... [--yes]`: reserve the devices for vfio-pci from the next boot on. Asks on a terminal
// unless --yes; prints the helper's progress; exits non-zero with the helper's message on refusal or failure.
class ApplyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
