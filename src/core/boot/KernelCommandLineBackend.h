// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "boot/BootLoader.h"
#include "boot/KernelParameters.h"
#include "policy/PlanTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace vfio {

// What every command-line backend needs: where the system is, how it boots, and what to change.
struct CommandLineRequest
{
    QString root = QStringLiteral("/"); // system root; files are read and planned relative to it
    BootLoader bootLoader;
    CommandLineChange change; // must pass isValid(); the backends refuse it otherwise
    // SystemdBootKernelCmdline only: the release whose boot entry kernel-install regenerates (the running
    // kernel, `uname -r`). The other backends ignore it.
    QString kernelRelease;
};

// Everything Preview shows and Apply does for one command-line change. The helper writes `files` through its
// transaction (a FileChange with `remove` deletes the file), then runs `commands` in order. A change that
// must be refused is no plan but the Failure of Result<CommandLinePlan>: no file, no command.
struct CommandLinePlan
{
    QStringList notes;           // plain words: what is changed where and why
    QList<FileChange> files;     // only files whose content changes
    QList<CommandStep> commands; // empty when nothing changes
    // What Revert must apply for the parts no file backup can undo (grubby, kernelstub): the words this
    // plan really adds and removes, inverted. Empty for the file-based backends (their backups suffice).
    CommandLineChange undo;

    bool changesNothing() const { return files.isEmpty() && commands.isEmpty(); }
};

// One way of changing the kernel command line, per BootLoaderKind. Pure: reads files under the root, never
// writes or runs anything. Idempotent: planning a change on a system where it is already in place gives no
// file and no command (no backend's tool has to run regardless: update-grub, kernel-install, grubby and
// kernelstub only run when a word really changes).
class KernelCommandLineBackend
{
public:
    virtual ~KernelCommandLineBackend() = default;

    virtual BootLoaderKind kind() const = 0;
    virtual Result<CommandLinePlan> plan(const CommandLineRequest &request) const = 0;
    // Every program its plans (the change, the safety entry) may run (target paths).
    virtual QStringList programs() const = 0;
    // The files its plans read and change (target paths), for hardware reports. Loader entries are not
    // listed: where they are depends on the system (loaderentries::entriesDirectory).
    virtual QStringList configurationFiles() const = 0;
};

std::unique_ptr<KernelCommandLineBackend> makeKernelCommandLineBackend(BootLoaderKind kind);

// The factory's backend for request.bootLoader.kind, after checking request.change with isValid().
Result<CommandLinePlan> planCommandLineChange(const CommandLineRequest &request);

// Every program any backend may ask to run: the initramfs generators' and the boot loaders' tools (target
// paths). The helper runs nothing that is not on this list.
QStringList backendPrograms();

// Every file any command-line backend reads or changes (target paths, each once).
QStringList bootLoaderConfigurationFiles();

// The safety boot entry (the distribution's normal entry plus vfio_isolator=off, issue 8 point 3) and its
// removal. GRUB with /etc/default/grub: the script /etc/grub.d/42_vfio_isolator_safe (0755) and the GRUB
// regeneration; the other boot loaders: a copy of the default loader entry named *-vfio-safe.conf.
Result<CommandLinePlan> safetyEntryPlan(const QString &root, const BootLoader &bootLoader);
Result<CommandLinePlan> safetyEntryRemovalPlan(const QString &root, const BootLoader &bootLoader);

} // namespace vfio
