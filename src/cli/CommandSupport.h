// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace vfio::cli {

// `--root DIR`: the system root to read (default "/"), for snapshots and hardware reports.
QCommandLineOption rootOption();

// `--json`, with `help` saying what it prints.
QCommandLineOption jsonOption(const QString &help);

// `--json` for the commands that print the helper's answer as it is (preview, status, preview-iommu).
QCommandLineOption helperJsonOption();

// `-y, --yes`, with `help` saying what then goes ahead without asking.
QCommandLineOption yesOption(const QString &help);

// What a command takes besides its options.
enum class Positionals
{
    None,         // nothing: any positional argument is a usage error
    PciAddresses, // one or more PCI addresses, checked here before anything reaches the bus
    OptionalFile, // at most one file name
};

// Parses `arguments` with `parser` (which already has the command's options; --help is added here).
// Returns an exit code when the command must stop now: 0 after printing help, UsageError after printing
// what was wrong (see reportError). Returns nothing when the command should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err, Positionals positionals = Positionals::None);

// The PCI addresses of a command parsed with Positionals::PciAddresses, in the helper's form: "02:00.0" as
// lspci prints it becomes "0000:02:00.0".
QStringList pciAddresses(const QCommandLineParser &parser);

// Whether --json was given (a command that has the option; parsed, even if parsing then failed).
bool jsonRequested(const QCommandLineParser &parser);

// A command's failure, said once: a sentence on `err`, or with --json one JSON object on `out`, so that a
// script reading stdout always gets JSON: {"ok": false, "error": message, "errorName": errorName}. The
// name is the helper's D-Bus error name, or io.github.vfio_isolator.Error.InvalidArgument for what the
// command line itself got wrong.
void reportError(QTextStream &out, QTextStream &err, bool json, const QString &errorName,
                 const QString &message);

// `--root DIR` and `--json`, as the commands that read a system root take them (list, check, verify).
struct RootCommandOptions
{
    QString root;
    bool json = false;
};

// Parses both for a command described by `summary` (`jsonHelp` says what --json prints). Returns the exit
// code to stop with (after --help, or a usage error already explained); otherwise fills `options`.
std::optional<int> parseRootCommand(const QString &summary, const QString &jsonHelp,
                                    const QStringList &arguments, QTextStream &out, QTextStream &err,
                                    RootCommandOptions &options);

// The --root value checked for use: an existing, readable directory holding sys/bus/pci/devices, or a
// hardware report (`report`), which is unpacked and its folder returned. On failure
// reports a sentence naming the problem and the way out (reportError) and returns nothing (exit
// UsageError).
std::optional<QString> checkedRoot(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace vfio::cli
