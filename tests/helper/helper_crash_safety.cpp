// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (issue 11): the helper is killed with SIGKILL before each durable step of an Apply and of a
// Revert in turn (every write to a file, fsync, rename and unlink: crash_shim.cpp), and once while the
// initramfs tool runs. After each kill every file under /etc holds its old or its new content (never a mix,
// never nothing); the next helper reports the transaction as interrupted and puts the old files back, and
// the next Apply or Revert completes. Runs the real dbus-daemon and polkitd (HelperTestBed); needs root.
#include "HelperTestBed.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <unistd.h>

using namespace helpertest;

namespace {
using Files = QMap<QString, QByteArray>; // path under /etc -> content

const QString device = QStringLiteral("0000:03:00.0");

Files filesUnder(const QString &folder)
{
    Files files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path.mid(folder.size()), readFile(path));
    }
    return files;
}

bool copyTree(const QString &from, const QString &to)
{
    QProcess copy;
    copy.start(QStringLiteral("/bin/cp"), {QStringLiteral("-a"), from, to});
    return copy.waitForFinished(20000) && copy.exitCode() == 0;
}

// Every file of `old` or `now` holds its old or its new content, a missing file counting as a content; files
// in neither (a temporary file the kill left behind) are named in `strays`.
// The paths whose content differs between two states of /etc, for a failure message.
QString differing(const Files &a, const Files &b)
{
    QStringList paths = a.keys() + b.keys();
    paths.removeDuplicates();
    QStringList differ;
    for (const QString &path : paths) {
        if (a.value(path, "<none>") != b.value(path, "<none>"))
            differ.append(path);
    }
    return differ.join(QStringLiteral(", "));
}

QString mixedFiles(const Files &now, const Files &old, const Files &fresh, QStringList *strays)
{
    QStringList bad;
    QStringList paths = old.keys() + fresh.keys();
    paths.removeDuplicates();
    for (const QString &path : paths) {
        const auto value = [path](const Files &files) {
            return files.contains(path) ? std::optional<QByteArray>(files.value(path)) : std::nullopt;
        };
        if (value(now) != value(old) && value(now) != value(fresh))
            bad.append(path);
    }
    for (const QString &path : now.keys()) {
        if (!old.contains(path) && !fresh.contains(path))
            strays->append(path);
    }
    return bad.join(QStringLiteral(", "));
}
} // namespace

class HelperCrashSafety : public QObject
{
    Q_OBJECT

    HelperTestBed m_bed;
    QString m_root;
    QString m_states;             // pristine/ and applied/: copies of etc/ and var/ to start each round from
    Files m_original;             // /etc before any change
    Files m_applied;              // /etc after the Apply
    int m_moments = 0;            // kills tried, Apply and Revert together
    QString m_appliedTransaction; // "id state" of the Apply the Revert rounds undo

    QString etc() const { return m_root + QStringLiteral("/etc"); }

    bool restore(const QString &state)
    {
        QDir(m_root + QStringLiteral("/etc")).removeRecursively();
        QDir(m_root + QStringLiteral("/var")).removeRecursively();
        bool ok = copyTree(m_states + QLatin1Char('/') + state + QStringLiteral("/etc"), m_root);
        if (QFileInfo::exists(m_states + QLatin1Char('/') + state + QStringLiteral("/var")))
            ok = ok && copyTree(m_states + QLatin1Char('/') + state + QStringLiteral("/var"), m_root);
        return ok;
    }

    bool save(const QString &state)
    {
        const QString folder = m_states + QLatin1Char('/') + state;
        return QDir().mkpath(folder) && copyTree(etc(), folder) &&
               (!QFileInfo::exists(m_root + QStringLiteral("/var")) ||
                copyTree(m_root + QStringLiteral("/var"), folder));
    }

    QProcessEnvironment crashingAt(int step) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(VFIO_CRASH_SHIM));
        env.insert(QStringLiteral("VFIO_CRASH_AT"), QString::number(step));
        env.insert(QStringLiteral("VFIO_CRASH_LOG"), m_bed.folder() + QStringLiteral("/crash.log"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("verify_asan_link_order=0"));
        return env;
    }

    // The helper's last transaction as `status --json` reports it: "id state", or "" when there is none.
    QString lastTransaction()
    {
        const Run status = m_bed.cli(m_bed.denied(), {QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonObject last = QJsonDocument::fromJson(status.out.toUtf8())
                                     .object()[QStringLiteral("lastTransaction")]
                                     .toObject();
        return last.isEmpty() ? QString()
                              : last[QStringLiteral("id")].toString() + QLatin1Char(' ') +
                                    last[QStringLiteral("state")].toString();
    }
    QString lastState() { return lastTransaction().section(QLatin1Char(' '), 1); }

    // What the next helper must show after a kill: no new transaction and nothing changed (the kill came
    // before its record), or the new one interrupted with the old files back, or complete with the new ones.
    QString repairProblem(const QString &lastBefore, const Files &before, const Files &after)
    {
        const QString last = lastTransaction();
        const Files now = filesUnder(etc());
        if (last.section(QLatin1Char(' '), 0, 0) == lastBefore.section(QLatin1Char(' '), 0, 0))
            return now == before ? QString()
                                 : QStringLiteral("no transaction was recorded, yet /etc changed: ") +
                                       differing(now, before);
        const QString state = last.section(QLatin1Char(' '), 1);
        if (state == QLatin1String("interrupted"))
            return now == before ? QString()
                                 : QStringLiteral("interrupted, but the old files are not all back: ") +
                                       differing(now, before);
        if (state == QLatin1String("complete"))
            return now == after
                       ? QString()
                       : QStringLiteral("complete, but /etc is not the new one: ") + differing(now, after);
        return QStringLiteral("the next helper reports the transaction as '%1'").arg(state);
    }

    QStringList change(const QString &operation) const
    {
        return operation == QLatin1String("apply")
                   ? QStringList{QStringLiteral("apply"), QStringLiteral("--yes"), device}
                   : QStringList{QStringLiteral("revert"), QStringLiteral("--yes")};
    }

    // One round: start from `state`, kill the helper before step `step` of `operation`, look at /etc, start a
    // helper, see it repair, run the operation again. False once the operation finishes before that step.
    bool crashRound(const QString &operation, int step, const Files &before, const Files &after)
    {
        if (!restore(operation == QLatin1String("apply") ? QStringLiteral("pristine")
                                                         : QStringLiteral("applied")))
            return QTest::qVerify(false, "restore", "the saved state could not be copied back", __FILE__,
                                  __LINE__),
                   false;
        QFile::remove(m_bed.folder() + QStringLiteral("/crash.log"));
        const QString lastBefore = operation == QLatin1String("apply") ? QString() : m_appliedTransaction;
        QProcess *crashing = m_bed.startHelper(crashingAt(step));
        if (!crashing)
            return QTest::qVerify(false, "start", "the helper with the shim did not start", __FILE__,
                                  __LINE__),
                   false;
        const Run run = m_bed.cli(m_bed.allowed(), change(operation));
        m_bed.stopHelper(crashing);
        const QByteArray killedAt = readFile(m_bed.folder() + QStringLiteral("/crash.log"));
        if (run.exitCode == 0 && killedAt == "<missing>")
            return false; // no step left to kill at: the operation went through
        ++m_moments;
        const QString where = QStringLiteral("%1, %2").arg(operation, QString::fromUtf8(killedAt.trimmed()));
        QStringList strays;
        const QString mixed = mixedFiles(filesUnder(etc()), before, after, &strays);
        if (!mixed.isEmpty())
            return QTest::qVerify(false, "old or new", qPrintable(where + QStringLiteral(": ") + mixed),
                                  __FILE__, __LINE__),
                   false;
        QProcess *next = m_bed.startHelper();
        QString problem = repairProblem(lastBefore, before, after);
        if (!strays.isEmpty() && problem.isEmpty() && filesUnder(etc()) != before &&
            filesUnder(etc()) != after)
            problem = QStringLiteral("left behind: ") + strays.join(QStringLiteral(", "));
        // A transaction that had finished before the kill is done; any other must go through now.
        const bool done = lastState() == QLatin1String("complete") && lastTransaction() != lastBefore;
        const Run again = done ? Run{0, {}, {}} : m_bed.cli(m_bed.allowed(), change(operation));
        if (problem.isEmpty() && (again.exitCode != 0 || filesUnder(etc()) != after))
            problem =
                QStringLiteral("the %1 after the repair failed: %2%3").arg(operation, again.out, again.err);
        m_bed.stopHelper(next);
        return QTest::qVerify(problem.isEmpty(), "repair", qPrintable(where + QStringLiteral(": ") + problem),
                              __FILE__, __LINE__);
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP(
                "The crash-safety test needs root (it starts polkitd and the helper as root); CI runs it as "
                "root.");
        m_bed.checkPrerequisites();
        if (QTest::currentTestFailed())
            return;
        m_bed.copyFixture(QStringLiteral("seed"));
        if (QTest::currentTestFailed())
            return;
        m_root = m_bed.root();
        QVERIFY(m_bed.installFakeUpdateInitramfs());
        QVERIFY(writeFile(m_root + QStringLiteral("/etc/os-release"), "ID=debian\nVERSION_ID=\"12\"\n",
                          readablePermissions()));
        QVERIFY(writeFile(m_root + QStringLiteral("/etc/initramfs-tools/modules"), "# modules\nloop\n",
                          readablePermissions()));
        m_bed.startServices();
        if (QTest::currentTestFailed())
            return;
        m_states = m_bed.folder() + QStringLiteral("/states");
        QVERIFY(save(QStringLiteral("pristine")));
        m_original = filesUnder(etc());
        const Run apply = m_bed.cli(m_bed.allowed(), change(QStringLiteral("apply")));
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.err + apply.out));
        m_applied = filesUnder(etc());
        QVERIFY(m_applied != m_original);
        m_appliedTransaction = lastTransaction();
        QVERIFY(save(QStringLiteral("applied")));
        m_bed.stopHelper(m_bed.takeHelper()); // each round starts its own
    }

    void killedAtEveryStepOfApply()
    {
        int step = 1;
        while (crashRound(QStringLiteral("apply"), step, m_original, m_applied) &&
               !QTest::currentTestFailed())
            ++step;
        QVERIFY(!QTest::currentTestFailed());
        qInfo("Apply: killed at %d steps", step - 1);
        QVERIFY(step > 10);
    }

    void killedAtEveryStepOfRevert()
    {
        const int before = m_moments;
        int step = 1;
        while (crashRound(QStringLiteral("revert"), step, m_applied, m_original) &&
               !QTest::currentTestFailed())
            ++step;
        QVERIFY(!QTest::currentTestFailed());
        qInfo("Revert: killed at %d steps", m_moments - before);
        QVERIFY(m_moments - before > 10);
    }

    void killedWhileTheToolRuns()
    {
        QVERIFY(restore(QStringLiteral("pristine")));
        QVERIFY(writeFile(m_root + QStringLiteral("/tool-slow"), "", readablePermissions()));
        QFile::remove(m_root + QStringLiteral("/tool-running"));
        QProcess *helper = m_bed.startHelper();
        QVERIFY(helper);
        QProcess *client = m_bed.startAs(m_bed.allowed(), m_bed.cli(), change(QStringLiteral("apply")));
        QDeadlineTimer deadline(15000);
        while (!QFileInfo::exists(m_root + QStringLiteral("/tool-running")) && !deadline.hasExpired())
            QTest::qWait(50);
        QVERIFY2(QFileInfo::exists(m_root + QStringLiteral("/tool-running")), "the tool did not start");
        QProcess::execute(QStringLiteral("/usr/bin/pkill"),
                          {QStringLiteral("-KILL"), QStringLiteral("-f"),
                           QStringLiteral("vfio-isolator-helper --root ") + m_root});
        HelperTestBed::finish(client);
        m_bed.stopHelper(helper);
        QFile::remove(m_root + QStringLiteral("/tool-slow"));
        ++m_moments;
        QStringList strays;
        QCOMPARE(mixedFiles(filesUnder(etc()), m_original, m_applied, &strays), QString());
        QProcess *next = m_bed.startHelper();
        QCOMPARE(lastState(), QStringLiteral("interrupted"));
        QVERIFY(filesUnder(etc()) == m_original);
        const Run again = m_bed.cli(m_bed.allowed(), change(QStringLiteral("apply")));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(filesUnder(etc()) == m_applied);
        m_bed.stopHelper(next);
    }

    void fiftyMomentsAtLeast()
    {
        qInfo("%d moments in all", m_moments);
        QVERIFY(m_moments >= 50);
    }

    void cleanupTestCase() { m_bed.stop(); }
};

QTEST_GUILESS_MAIN(HelperCrashSafety)
#include "helper_crash_safety.moc"
