// SPDX-License-Identifier: GPL-3.0-or-later
// Failing system calls, injected (issue 11): the atomic writer run under the LD_PRELOAD shim with each of its
// durable steps failing in turn (mkostemp, write, fsync, rename, and the folder's fsync) and with each write
// returning short. A failure is reported with a sentence, the target keeps its old content (a failure of the
// folder's fsync comes after the rename, so the target is then new, and the failure is still reported), and
// no temporary file is left; a short write is completed.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Probe
{
    int exitCode = -1;
    QString output;
    QString step; // "failed write 2", "short write 2"; empty when the shim's step was never reached
};
} // namespace

class HelperFailingCalls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString target() const { return m_dir.filePath(QStringLiteral("vfio.conf")); }

    QStringList strays() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral(".vfio.conf.vfio-isolator-*")}, QDir::Files | QDir::Hidden);
    }

    Probe run(int step, const QString &mode)
    {
        QFile::remove(m_dir.filePath(QStringLiteral("step.log")));
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(VFIO_CRASH_SHIM));
        env.insert(QStringLiteral("VFIO_FAIL_AT"), QString::number(step));
        env.insert(QStringLiteral("VFIO_FAIL_MODE"), mode);
        env.insert(QStringLiteral("VFIO_CRASH_LOG"), m_dir.filePath(QStringLiteral("step.log")));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("verify_asan_link_order=0:detect_leaks=0"));
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral(VFIO_PROBE_PATH), {target(), QStringLiteral("new\n")});
        probe.waitForFinished(10000);
        QFile log(m_dir.filePath(QStringLiteral("step.log")));
        const QString reached =
            log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).trimmed() : QString();
        return {probe.exitCode(), QString::fromUtf8(probe.readAllStandardOutput()).trimmed(), reached};
    }

    void writeOld()
    {
        QFile file(target());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("old\n");
    }

    QByteArray content() const
    {
        QFile file(target());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

private slots:
    void eachFailingStepFailsCleanly()
    {
        QStringList seen;
        for (int step = 1; step < 50; ++step) {
            writeOld();
            const Probe probe = run(step, QStringLiteral("error"));
            if (probe.step.isEmpty()) { // every step passed: the write went through
                QCOMPARE(probe.exitCode, 0);
                break;
            }
            seen.append(probe.step);
            QVERIFY2(probe.exitCode == 1 && !probe.output.isEmpty(),
                     qPrintable(probe.step + QLatin1Char(' ') + probe.output));
            // Only step N fails, so every earlier one passed: after a passed rename the target is new.
            const bool afterRename =
                seen.size() > 1 && seen.at(seen.size() - 2).contains(QStringLiteral("rename"));
            QVERIFY2(content() == (afterRename ? QByteArray("new\n") : QByteArray("old\n")),
                     qPrintable(probe.step + QStringLiteral(": ") + QString::fromUtf8(content())));
            QVERIFY2(strays().isEmpty(),
                     qPrintable(probe.step + QStringLiteral(" left ") + strays().join(u',')));
        }
        qInfo("%s", qPrintable(seen.join(QStringLiteral(", "))));
        // The writer's durable steps, in order: skipping the file's fsync (or the folder's) is caught here.
        QStringList kinds;
        for (const QString &step : std::as_const(seen))
            kinds.append(step.section(QLatin1Char(' '), 1, 1));
        QCOMPARE(kinds, (QStringList{QStringLiteral("open"), QStringLiteral("write"), QStringLiteral("fsync"),
                                     QStringLiteral("rename"), QStringLiteral("fsync")}));
    }

    void shortWritesAreCompleted()
    {
        for (int step = 1; step < 50; ++step) {
            writeOld();
            const Probe probe = run(step, QStringLiteral("short"));
            if (probe.step.isEmpty())
                break;
            if (!probe.step.startsWith(QLatin1String("short write")))
                continue; // only writes can be short
            QVERIFY2(probe.exitCode == 0, qPrintable(probe.step + QLatin1Char(' ') + probe.output));
            QCOMPARE(content(), QByteArray("new\n"));
            QVERIFY(strays().isEmpty());
            return;
        }
        QFAIL("no write was made short");
    }
};

QTEST_GUILESS_MAIN(HelperFailingCalls)
#include "helper_failing_calls.moc"
