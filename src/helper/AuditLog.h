#pragma once

#include "TransactionStore.h"

#include <QDBusMessage>
#include <QString>

namespace vfio::audit {

// What root refused and changed, for the administrator: one line each, with the caller's uid and what was
// asked. Sent to syslog (the journal where it runs); when the helper's stderr is not the journal already
// (JOURNAL_STREAM unset: a test, a system without systemd), also written there.

// The uid the bus daemon vouches for behind the request's sender; -1 when the bus cannot say.
qint64 callerUid(const QDBusMessage &request);

// A method call refused: its name and arguments, the error name and the sentence the caller got.
void refused(const QDBusMessage &request, const QString &errorName, const QString &message);

// A transaction ended: who asked, its kind and id, the files it wrote (or put back) and the commands it ran.
void changed(qint64 uid, const TransactionRecord &record, bool success, const QString &message);

} // namespace vfio::audit
