// SPDX-License-Identifier: GPL-3.0-or-later
// The command runner: lines as they come, a fixed environment, a time limit, clear errors.
#include "CommandRunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;

class CommandRunnerTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        QStringList lines;
        CommandRunner::Outcome result;
    };

    static Run run(const QString &program, const QStringList &arguments, int timeoutMs = 10000)
    {
        CommandRunner runner;
        runner.setTimeoutMs(timeoutMs);
        Run outcome;
        connect(&runner, &CommandRunner::outputLine, &runner,
                [&](const QString &line) { outcome.lines << line; });
        QSignalSpy done(&runner, &CommandRunner::finished);
        connect(&runner, &CommandRunner::finished, &runner,
                [&](const CommandRunner::Outcome &ended) { outcome.result = ended; });
        runner.start(program, arguments);
        if (done.isEmpty())
            done.wait(timeoutMs + 5000);
        if (done.size() != 1)
            qFatal("finished() was emitted %d times", int(done.size()));
        return outcome;
    }

private slots:
    void streamsLinesInOrderIncludingStderrAndLastPartialLine()
    {
        const Run outcome =
            run(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("echo one; echo two >&2; printf three")});
        QVERIFY(outcome.result.succeeded());
        QCOMPARE(outcome.lines,
                 (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
        QCOMPARE(outcome.result.outputLines, outcome.lines);
    }

    void argumentsAreNotInterpretedByAShell()
    {
        const Run outcome = run(QStringLiteral("/bin/echo"), {QStringLiteral("$(id) ; rm -rf / `x`")});
        QVERIFY(outcome.result.succeeded());
        QCOMPARE(outcome.lines, QStringList{QStringLiteral("$(id) ; rm -rf / `x`")});
    }

    void environmentIsFixedAndNothingIsInherited()
    {
        qputenv("VFIO_TEST_SECRET", "leak");
        qputenv("LD_PRELOAD", "");
        const Run outcome = run(QStringLiteral("/usr/bin/env"), {});
        QVERIFY(outcome.result.succeeded());
        QStringList sorted = outcome.lines;
        sorted.sort();
        QCOMPARE(sorted, (QStringList{QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C"),
                                      QStringLiteral("PATH=/usr/sbin:/usr/bin:/sbin:/bin")}));
    }

    void reportsExitCode()
    {
        const Run outcome = run(QStringLiteral("/bin/sh"),
                                {QStringLiteral("-c"), QStringLiteral("echo 'E: broken'; exit 3")});
        QVERIFY(!outcome.result.succeeded());
        QCOMPARE(outcome.result.exitCode, 3);
        QVERIFY(outcome.result.error.contains(QStringLiteral("exit code 3")));
        QCOMPARE(outcome.lines, QStringList{QStringLiteral("E: broken")});
    }

    void stopsAProgramThatRunsTooLongWithItsChildren()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("child-survived"));
        QElapsedTimer clock;
        clock.start();
        // The child sleeps, then writes a marker: if only the parent were killed, the marker would appear.
        const Run outcome =
            run(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("(sleep 2; touch '%1') & echo started; sleep 20").arg(marker)},
                500);
        QVERIFY(outcome.result.timedOut);
        QVERIFY(!outcome.result.succeeded());
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(outcome.lines, QStringList{QStringLiteral("started")});
        QVERIFY(outcome.result.error.contains(QStringLiteral("did not finish")));
        QTest::qWait(2500);
        QVERIFY2(!QFile::exists(marker), "a child of the timed-out command kept running");
    }

    void refusesRelativeAndMissingPrograms()
    {
        const Run relative = run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("true")});
        QVERIFY(!relative.result.started);
        QVERIFY(relative.result.error.contains(QStringLiteral("absolute path")));
        const Run missing = run(QStringLiteral("/nonexistent/update-initramfs"), {});
        QVERIFY(!missing.result.started);
        QVERIFY(missing.result.error.contains(QStringLiteral("/nonexistent/update-initramfs")));
    }
};

QTEST_GUILESS_MAIN(CommandRunnerTest)
#include "helper_command_runner.moc"
