// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace vfio::cli {

// Exit codes shared by every subcommand; scripts rely on them.
enum ExitCode : int
{
    Success = 0,
    Failure = 1,         // the command ran and failed
    UsageError = 2,      // bad arguments, unreadable --root
    IommuOff = 3,        // the IOMMU is not active: nothing can be isolated
    NeedsSetup = 4,      // check: something blocks passthrough or needs action first
    NotAsConfigured = 5, // verify: a configured device is not bound to vfio-pci
    RestartPending = 6,  // verify: the configuration changed after this boot
};

// One subcommand of vfio-isolator-cli ("list", "preview", ...). Each lives in its own <Name>Command.cpp and
// is registered with one line in Commands.cpp. A command parses its own options (QCommandLineParser) and
// writes results to `out`, diagnostics to `err`.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;    // the word typed after vfio-isolator-cli
    virtual QString summary() const = 0; // one line for the command overview

    // `arguments` starts with "vfio-isolator-cli <name>" (as QCommandLineParser expects a program name),
    // followed by the command's own arguments. Returns an ExitCode.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace vfio::cli
