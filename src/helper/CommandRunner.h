#pragma once

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
    struct Result
    {
        bool started = false;  // false: the program could not be run at all (see error)
        bool timedOut = false; // killed after the time limit
        int exitCode = -1;     // valid when started and not crashed/timed out
        bool crashed = false;
        QString error;           // a sentence for a person when !succeeded()
        QStringList outputLines; // every line, for error reports
        bool succeeded() const { return started && !timedOut && !crashed && exitCode == 0; }
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
    void finished(const vfio::CommandRunner::Result &result);

private:
    void readLines(bool flushPartial);
    void finish();

    int m_timeoutMs = 10 * 60 * 1000; // dracut --regenerate-all on a slow disk can take minutes
    QProcess *m_process = nullptr;
    QTimer m_deadline;
    QByteArray m_pending; // bytes after the last newline
    Result m_result;
    QString m_program;
};

} // namespace vfio
