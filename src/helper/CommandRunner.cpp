// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRunner.h"

#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <unistd.h>

namespace vfio {

CommandRunner::CommandRunner(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        m_outcome.timedOut = true;
        // The tool's own children (mkinitramfs, cpio, ...) are in its process group: stop them all.
        const qint64 pid = m_process->processId();
        if (pid > 0)
            ::kill(static_cast<pid_t>(-pid), SIGKILL);
        m_process->kill();
    });
}

QProcessEnvironment CommandRunner::fixedEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return environment;
}

void CommandRunner::start(const QString &program, const QStringList &arguments)
{
    Q_ASSERT(!m_process);
    m_outcome = Outcome{};
    m_pending.clear();
    m_program = program;

    if (!QDir::isAbsolutePath(program)) {
        refuseToStart(
            tr("Refusing to run %1: only programs given by their absolute path are run.").arg(program));
        return;
    }
    const QFileInfo info(program);
    if (!info.isFile() || !info.isExecutable()) {
        refuseToStart(
            tr("%1 is missing or not executable: install the package that provides it.").arg(program));
        return;
    }

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setProcessEnvironment(fixedEnvironment());
    m_process->setWorkingDirectory(QStringLiteral("/"));
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyRead, this, [this] { readLines(false); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_outcome.error = tr("Cannot start %1: %2").arg(m_program, m_process->errorString());
            finish();
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_outcome.started = true;
        m_outcome.exitCode = exitCode;
        m_outcome.crashed = status == QProcess::CrashExit && !m_outcome.timedOut;
        finish();
    });
    m_process->start();
    m_deadline.start(m_timeoutMs);
}

void CommandRunner::refuseToStart(const QString &error)
{
    m_outcome.error = error;
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_outcome); }, Qt::QueuedConnection);
}

void CommandRunner::readLines(bool flushPartial)
{
    if (!m_process)
        return;
    m_pending += m_process->readAll();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        QString line = QString::fromUtf8(m_pending.left(newline));
        m_pending.remove(0, newline + 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        m_outcome.outputLines.append(line);
        emit outputLine(line);
    }
    if (flushPartial && !m_pending.isEmpty()) {
        const QString line = QString::fromUtf8(m_pending);
        m_pending.clear();
        m_outcome.outputLines.append(line);
        emit outputLine(line);
    }
}

void CommandRunner::finish()
{
    m_deadline.stop();
    readLines(true);
    const QString name = QFileInfo(m_program).fileName();
    if (m_outcome.timedOut)
        m_outcome.error =
            tr("%1 did not finish within %2 seconds and was stopped.").arg(name).arg(m_timeoutMs / 1000.0);
    else if (m_outcome.crashed)
        m_outcome.error = tr("%1 crashed.").arg(name);
    else if (m_outcome.started && m_outcome.exitCode != 0)
        m_outcome.error = tr("%1 failed with exit code %2.").arg(name).arg(m_outcome.exitCode);
    QProcess *process = m_process;
    m_process = nullptr;
    if (process) {
        process->disconnect(this);
        process->deleteLater();
    }
    emit finished(m_outcome);
}

} // namespace vfio
