// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PendingCall.h"
#include "TransactionStore.h"

#include <QString>

namespace vfio::audit {

// What root refused and changed, for the administrator: one line each, with the caller's uid and what was
// asked. Sent to syslog (the journal where it runs); when the helper's stderr is not the journal already
// (JOURNAL_STREAM unset: a test, a system without systemd), also written there.

// The uid the bus daemon (of the call's own connection) vouches for behind its sender; -1 when it cannot say.
qint64 callerUid(const PendingCall &call);

// A method call refused: its name and arguments, the error name and the sentence the caller got.
void refused(const PendingCall &call, const QString &errorName, const QString &message);

// A transaction ended: who asked, its kind and id, the files it wrote (or put back) and the commands it ran.
void changed(qint64 uid, const TransactionRecord &record, bool success, const QString &message);

} // namespace vfio::audit
