// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanSafety.h"
#include "TransactionStore.h"
#include "base/Result.h"
#include "boot/KernelCommandLineBackend.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vfio {

// The helper's side of the kernel command line (issue 8): what a caller may ask for, the plan for this
// system (its boot loader detected here, never taken from the caller), and the transactions that carry the
// change out and undo it. HelperService adds D-Bus and polkit around it.

// Each word from the fixed list first (isAllowedKernelParameter), then the change as a whole (isValid). A
// refused request names the first refused word; nothing else is looked at.
Result<void> checkCommandLineRequest(const CommandLineChange &change);

struct SystemCommandLinePlan
{
    BootLoader bootLoader;        // detectBootLoader(root)
    Result<CommandLinePlan> plan; // the refusal is the failure
};

// The plan for the system under `root`: its boot loader and its running kernel's release.
SystemCommandLinePlan planCommandLineForSystem(const QString &root, const CommandLineChange &change);

// What HelperService::startTransaction takes.
struct PreparedTransaction
{
    TransactionRecord record;
    QList<FileReplacement> changes;
    QString successMessage;
};

// The transaction for `change` (already checked): refused with the plan's own message for an unknown boot
// loader or a plan error, and when a path or program is unsafe or the tool is missing. A change already in
// place gives a transaction with no file and no command, whose message says so.
Result<PreparedTransaction> prepareCommandLineChange(const TransactionStore &store,
                                                     const CommandLineChange &change);

// What Revert runs after putting back the files of `applied` (a kernel command line transaction): for the
// tools without files (grubby, kernelstub) the plan of its `undo` change, otherwise its own commands again
// (update-grub on the restored files). `notes` gets the words that are not put back.
Result<QList<QStringList>> commandLineRevertCommands(const TransactionStore &store,
                                                     const TransactionRecord &applied, QStringList *notes);

// The progress step while a boot loader's tool runs (%1: its name), and Revert's closing message.
QString bootToolStep();
QString commandLineRevertMessage(const TransactionRecord &applied);

} // namespace vfio
