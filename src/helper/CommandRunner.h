// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace vfio {

// Runs one external program the way a privileged process must: an absolute path and an argument list
// (QProcess, never a shell, so nothing in an argument is interpreted), a fixed minimal environment (nothing
// inherited from whoever started the helper), and a time limit after which the program is killed. Output
// (stdout and stderr merged, in order) is reported line by line as it arrives.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    // How a run ended: not a Result, as a program that failed still has an exit code and output to show.
    struct Outcome
    {
        bool started = false;  // false: the program could not be run at all (see error)
        bool timedOut = false; // killed after the time limit
        int exitCode = -1;     // valid when started and not crashed/timed out
        bool crashed = false;
        QString error;           // a sentence for a person when !succeeded()
        QStringList outputLines; // every line, for error reports
        bool succeeded() const { return started && !timedOut && !crashed && exitCode == 0; }
        // For a caller that only asks whether it worked: the sentence as the failure.
        vfio::Result<void> toResult() const
        {
            if (succeeded())
                return {};
            return fail(error);
        }
    };

    explicit CommandRunner(QObject *parent = nullptr);

    // The environment every command gets: PATH fixed to the system folders, LANG=C and LC_ALL=C so tools
    // print messages we can show and parse.
    static QProcessEnvironment fixedEnvironment();

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

    // Starts `program` (must be an absolute path) with `arguments`. Emits outputLine() for every line and
    // then finished() exactly once. Only one command at a time.
    void start(const QString &program, const QStringList &arguments);
    bool isRunning() const { return m_process != nullptr; }

signals:
    void outputLine(const QString &line);
    void finished(const vfio::CommandRunner::Outcome &outcome);

private:
    void readLines(bool flushPartial);
    void finish();
    // Reports a program that cannot be run at all, after start() has returned (finished() is queued).
    void refuseToStart(const QString &error);

    int m_timeoutMs = 10 * 60 * 1000; // dracut --regenerate-all on a slow disk can take minutes
    QProcess *m_process = nullptr;
    QTimer m_deadline;
    QByteArray m_pending; // bytes after the last newline
    Outcome m_outcome;
    QString m_program;
};

} // namespace vfio
