#pragma once

#include "Command.h"

namespace vfio::cli {

// The subcommands that talk to the privileged helper over the system bus (src/helper, docs/security.md).

// `preview ADDRESS... [--json]`: the files and commands Apply would write and run, without changing anything.
class PreviewCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("preview"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

// `apply ADDRESS... [--yes]`: reserve the devices for vfio-pci from the next boot on. Asks on a terminal
// unless --yes; prints the helper's progress; exits non-zero with the helper's message on refusal or failure.
class ApplyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

// `revert [--yes]`: put back what the last apply replaced.
class RevertCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("revert"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

// `status [--json]`: what is configured now, as the helper sees it.
class StatusCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace vfio::cli
