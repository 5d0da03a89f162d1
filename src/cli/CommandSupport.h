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

// What a command takes besides its options.
enum class Positionals
{
    None,         // nothing: any positional argument is a usage error
    PciAddresses, // one or more PCI addresses (judged later, by the helper)
};

// Parses `arguments` with `parser` (which already has the command's options; --help is added here).
// Returns an exit code when the command must stop now: 0 after printing help, UsageError after printing
// what was wrong. Returns nothing when the command should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err, Positionals positionals = Positionals::None);

// `--root DIR` and `--json`, as the commands that read a system root take them (list, check, verify).
struct RootCommandOptions
{
    QString root;
    bool json = false;
};

// Parses both for a command described by `summary` (`jsonHelp` says what --json prints). Returns the exit
// code to stop with (after --help, or a usage error already explained on `err`); otherwise fills `options`.
std::optional<int> parseRootCommand(const QString &summary, const QString &jsonHelp,
                                    const QStringList &arguments, QTextStream &out, QTextStream &err,
                                    RootCommandOptions &options);

// The --root value checked for use: an existing, readable directory holding sys/bus/pci/devices. On failure
// prints a sentence naming the problem and the way out to `err` and returns nothing (exit UsageError).
std::optional<QString> checkedRoot(const QCommandLineParser &parser, QTextStream &err);

} // namespace vfio::cli
