// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the command-line backends: what several of them share.
#include "base/Result.h"
#include "boot/KernelCommandLineBackend.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vfio {

// Where each boot loader tool may be (target paths, preferred first): the backends look only there, and the
// helper runs no other program (backendPrograms()).
namespace bootprograms {
QStringList updateGrub();
QStringList grubMkconfig();
QStringList grubby();
QStringList kernelInstall();
QStringList kernelstub();
} // namespace bootprograms

// The first of `candidates` (target paths) that is a file under `root`, or empty.
QString findProgram(const QString &root, const QStringList &candidates);

CommandStep makeCommand(const QString &root, const QString &program, const QStringList &arguments,
                        const QString &reason);

// The file change for writing `newContent` to `path`, or nullopt when the file already holds it.
std::optional<FileChange> changedFile(const QString &root, const QString &path, const QString &newContent,
                                      const QString &reason);
// Deleting our own `path`, or nullopt when it does not exist.
std::optional<FileChange> removedFile(const QString &root, const QString &path, const QString &reason);

// The current content of `path`, a file the backend edits; the failure `missing` (the file and the way out)
// when it does not exist.
Result<QString> fileToEdit(const QString &root, const QString &path, const QString &missing);

// The command that rebuilds grub.cfg: update-grub where it writes the configuration this system boots,
// otherwise grub-mkconfig / grub2-mkconfig -o <grub.cfg>. A failure when none is installed.
Result<CommandStep> grubRegeneration(const QString &root, const BootLoader &bootLoader);

// `plan` (its files in place) followed by the GRUB regeneration; a failure when no GRUB tool is installed.
Result<CommandLinePlan> withGrubRegeneration(CommandLinePlan plan, const QString &root,
                                             const BootLoader &bootLoader);

// For the backends that change the command line through a tool: the part of `change` that really changes
// something on the command lines the tool would edit (`current`, one per boot entry): words missing from at
// least one, removed words present in at least one, and the other vfio-pci.ids= words a new one replaces.
// With no known command line, the whole change.
CommandLineChange effectiveChange(const QStringList &current, const CommandLineChange &change);
CommandLineChange inverse(const CommandLineChange &change);

// "intel_iommu=on iommu=pt": the words of a change for a sentence or a tool's argument.
QString joinWords(const QStringList &words);

std::unique_ptr<KernelCommandLineBackend> makeGrubDropInBackend();
std::unique_ptr<KernelCommandLineBackend> makeGrubDefaultsBackend();
std::unique_ptr<KernelCommandLineBackend> makeGrubBlsBackend();
std::unique_ptr<KernelCommandLineBackend> makeSystemdBootKernelCmdlineBackend();
std::unique_ptr<KernelCommandLineBackend> makeSystemdBootEntriesBackend();
std::unique_ptr<KernelCommandLineBackend> makeKernelstubBackend();
std::unique_ptr<KernelCommandLineBackend> makeUnknownBackend();

} // namespace vfio
