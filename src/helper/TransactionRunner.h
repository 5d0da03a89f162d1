// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandRunner.h"
#include "TransactionStore.h"

#include <QObject>

namespace vfio {

// Carries out one transaction: keeps a copy of every file it touches, writes the new files atomically, runs
// the regeneration commands one after the other, and when a command fails puts every file back as it was.
// Reports each step and each line of tool output, then finished() once.
class TransactionRunner : public QObject
{
    Q_OBJECT
public:
    TransactionRunner(TransactionStore &store, TransactionRecord record, QList<FileReplacement> changes,
                      QObject *parent = nullptr);

    void setCommandTimeoutMs(int timeoutMs) { m_commands.setTimeoutMs(timeoutMs); }
    // The progress step shown while a command runs, %1 being the program's name. By default the initramfs
    // regeneration of Apply; the kernel command line's tools rebuild the boot configuration.
    void setCommandStep(const QString &step) { m_commandStep = step; }
    const TransactionRecord &record() const { return m_record; }

    // `successMessage` is what Finished says when everything worked.
    void start(const QString &successMessage);

signals:
    void progress(const QString &step, const QString &line);
    void finished(bool success, const QString &message);

private:
    void runNextCommand();
    void fail(const QString &what, const QStringList &toolLines, bool filesWereChanged);
    void complete();

    TransactionStore &m_store;
    TransactionRecord m_record;
    QList<FileReplacement> m_changes;
    CommandRunner m_commands;
    qsizetype m_nextCommand = 0;
    QString m_successMessage;
    QString m_commandStep = tr("Regenerating the initramfs with %1");
};

} // namespace vfio
