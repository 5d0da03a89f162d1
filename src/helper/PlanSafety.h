// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TransactionStore.h"
#include "base/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vfio {

// The helper's last line of defence against a planning bug or a tampered record: what it may write and what
// it may run, whichever plan asked.

// A refusal is a Failure whose errorName is a helpererrors name.

// Whether `path` is inside `folder` (absolute, without a trailing "/"): it starts with the folder and a "/",
// and it has no empty, "." or ".." segment, so that no spelling leads out of the folder ("/etc/../x",
// "/etcfoo" and relative paths are not under /etc).
bool isPathUnder(const QString &path, const QString &folder);

// Files the plans legitimately write: configuration under /etc, boot entries under /boot and /efi
// (isPathUnder).
bool isManagedPath(const QString &path);

// Only the programs the backends name, by the absolute path in their own lists (backendPrograms()).
bool isBackendProgram(const QString &program);

// Whether the program at `hostPath` may run as root: it must be a regular file owned by root (`ownerUid`, 0
// outside the in-process service tests) that neither its group nor others may write, in a folder of the
// same kind (nobody else can swap it). The failure says which of these it is not.
Result<void> checkProgramTrusted(const QString &hostPath, uint ownerUid);

// Every path managed and every program safe: otherwise a Failed refusal naming the culprit.
Result<void> checkPlanIsSafe(const QStringList &paths, const QList<QStringList> &commands);

// Every program present and executable under the store's root: otherwise an UnsupportedSystem refusal that
// says which package is missing; `purpose` says why the tool must run ("the initramfs must be regenerated").
Result<void> checkProgramsInstalled(const TransactionStore &store, const QList<QStringList> &commands,
                                    const QString &purpose);

// The last check before any transaction runs its commands (Apply, Revert, a command-line change, whatever
// record they came from): each program a backend's and trusted (checkProgramTrusted), else a Failed refusal.
Result<void> checkCommandsMayRun(const TransactionStore &store, const QList<QStringList> &commands,
                                 uint ownerUid);

} // namespace vfio
