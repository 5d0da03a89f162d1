// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionRunner.h"

#include "AtomicFile.h"

#include <QFileInfo>

namespace vfio {
namespace {

// The last lines of a tool's output are where it says what went wrong; keep the message readable.
QStringList lastLines(const QStringList &lines, qsizetype count)
{
    QStringList nonEmpty;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            nonEmpty.append(line);
    }
    return nonEmpty.mid(std::max<qsizetype>(0, nonEmpty.size() - count));
}

} // namespace

TransactionRunner::TransactionRunner(TransactionStore &store, TransactionRecord record,
                                     QList<FileReplacement> changes, QObject *parent)
    : QObject(parent), m_store(store), m_record(std::move(record)), m_changes(std::move(changes))
{
    connect(&m_commands, &CommandRunner::outputLine, this, [this](const QString &line) {
        const QStringList &command = m_record.commands.at(m_nextCommand - 1);
        emit progress(m_commandStep.arg(QFileInfo(command.first()).fileName()), line);
    });
    connect(&m_commands, &CommandRunner::finished, this, [this](const CommandRunner::Outcome &outcome) {
        if (const auto ran = outcome.toResult(); !ran) {
            fail(ran.error(), lastLines(outcome.outputLines, 20), true);
            return;
        }
        runNextCommand();
    });
}

void TransactionRunner::start(const QString &successMessage)
{
    m_successMessage = successMessage;
    emit progress(tr("Keeping a copy of the current files in %1").arg(m_store.folder()), QString());
    if (const auto begun = m_store.begin(m_record, m_changes); !begun) {
        fail(begun.error(), {}, false);
        return;
    }
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const FileReplacement &change = m_changes.at(i);
        const FileBackup &previous = m_record.files.at(i);
        const QString host = m_store.hostPath(change.path);
        Result<void> result;
        if (change.content) {
            emit progress(tr("Writing %1").arg(change.path), change.reason);
            const int mode = change.mode.value_or(previous.existed ? previous.mode : 0644);
            result = atomicfile::write(host, *change.content, static_cast<mode_t>(mode));
        } else {
            emit progress(tr("Removing %1").arg(change.path), change.reason);
            result = atomicfile::remove(host);
        }
        if (!result) {
            fail(result.error(), {}, true);
            return;
        }
    }
    runNextCommand();
}

void TransactionRunner::runNextCommand()
{
    if (m_nextCommand >= m_record.commands.size()) {
        complete();
        return;
    }
    const QStringList command = m_record.commands.at(m_nextCommand++);
    emit progress(m_commandStep.arg(QFileInfo(command.first()).fileName()),
                  QStringLiteral("$ ") + command.join(QLatin1Char(' ')));
    // The program is looked up inside the root (a test's fixture, or "/" on a real system).
    m_commands.start(m_store.hostPath(command.first()), command.mid(1));
}

void TransactionRunner::fail(const QString &what, const QStringList &toolLines, bool filesWereChanged)
{
    QStringList message{what};
    if (!toolLines.isEmpty())
        message.append(toolLines);
    if (filesWereChanged) {
        emit progress(tr("Putting the previous files back"), QString());
        const auto restored = m_store.restore(m_record);
        if (restored) {
            message.append(tr("Nothing was changed: your previous configuration is in place."));
        } else {
            message.append(tr("Some previous files could not be put back: %1 The copies are in %2.")
                               .arg(restored.error(), m_store.folder()));
        }
    } else {
        message.append(tr("Nothing was changed: your previous configuration is in place."));
    }
    m_record.state = TransactionState::RolledBack;
    m_record.finished = QDateTime::currentDateTimeUtc();
    m_record.message = message.join(QLatin1Char('\n'));
    static_cast<void>(m_store.save(m_record)); // best effort: the files themselves are what matters
    emit finished(false, m_record.message);
}

void TransactionRunner::complete()
{
    m_record.state = TransactionState::Complete;
    m_record.finished = QDateTime::currentDateTimeUtc();
    m_record.message = m_successMessage;
    if (const auto saved = m_store.save(m_record); !saved) {
        // The files are written but the record is not: Revert could not undo them, so treat it as a failure.
        fail(saved.error(), {}, true);
        return;
    }
    emit finished(true, m_successMessage);
}

} // namespace vfio
