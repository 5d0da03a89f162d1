// SPDX-License-Identifier: GPL-3.0-or-later
// A plan's files reach the disk as the plan says: with the permission bits it asks for (the GRUB safety
// script must be executable, 0755) and deleted when it removes a file. Real core plans (safetyEntryPlan and
// its removal) on a temporary root, carried out by the real TransactionRunner.
#include "AtomicFile.h"
#include "PlanFiles.h"
#include "TransactionRunner.h"
#include "TransactionStore.h"
#include "boot/BootLoader.h"
#include "boot/KernelCommandLineBackend.h"
#include "plan/HelperPlan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;

namespace {
const QString safetyScript = QStringLiteral("/etc/grub.d/42_vfio_isolator_safe");
}

class PlanFilesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

    // Runs `plan` as the helper does: its files through the mapping, its commands after them.
    bool runPlan(const CommandLinePlan &plan)
    {
        QList<HelperPlan::File> files;
        for (const FileChange &change : plan.files)
            files.append(toPlanFile(change));
        TransactionStore store(m_root);
        TransactionRecord record;
        record.id = TransactionStore::newId();
        record.kind = TransactionKind::KernelCommandLine;
        record.commands = toCommandLists(plan.commands);
        TransactionRunner runner(store, std::move(record), toFileReplacements(files));
        QSignalSpy finished(&runner, &TransactionRunner::finished);
        runner.start(QStringLiteral("done"));
        if (finished.isEmpty() && !finished.wait(10000))
            return false;
        return finished.first().at(0).toBool();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("root"));
        QDir(m_root).removeRecursively();
        QVERIFY(atomicfile::write(m_root + QStringLiteral("/etc/default/grub"),
                                  "GRUB_DEFAULT=0\nGRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\n")
                    .ok());
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/etc/default/grub.d")));
        QVERIFY(atomicfile::write(m_root + QStringLiteral("/usr/sbin/update-grub"),
                                  "#!/bin/sh\necho \"$@\" >> \"$(dirname \"$0\")/../../update-grub.log\"\n",
                                  0755)
                    .ok());
    }

    void modeAndRemovalSurviveTheMapping()
    {
        HelperPlan::File script{QStringLiteral("/etc/grub.d/x"), {},    std::nullopt,
                                QStringLiteral("#!/bin/sh\n"),   false, 0755};
        const FileReplacement written = toFileReplacement(script);
        QCOMPARE(written.mode, std::optional<int>(0755));
        QCOMPARE(written.content, std::optional<QByteArray>("#!/bin/sh\n"));
        script.remove = true;
        script.newContent.clear();
        QVERIFY(!toFileReplacement(script).content.has_value()); // nothing to write: removed
    }

    void safetyScriptIsExecutableAndItsRemovalDeletesIt()
    {
        const BootLoader loader = detectBootLoader(m_root);
        QCOMPARE(toString(loader.kind), QStringLiteral("grub-dropin"));
        const Result<CommandLinePlan> install = safetyEntryPlan(m_root, loader);
        QVERIFY2(install.ok(), qPrintable(install.error()));
        QVERIFY(runPlan(*install));
        const auto mode = atomicfile::permissions(m_root + safetyScript);
        QVERIFY(mode.has_value());
        QCOMPARE(*mode & 0777, mode_t(0755));
        QVERIFY(QFileInfo(m_root + QStringLiteral("/update-grub.log")).exists()); // the command ran after

        const Result<CommandLinePlan> removal = safetyEntryRemovalPlan(m_root, loader);
        QVERIFY2(removal.ok(), qPrintable(removal.error()));
        QCOMPARE(removal->files.size(), 1);
        QVERIFY(removal->files.first().remove);
        QVERIFY(runPlan(*removal));
        QVERIFY(!QFileInfo::exists(m_root + safetyScript));
        const Result<CommandLinePlan> done = safetyEntryRemovalPlan(m_root, loader);
        QVERIFY(!done || done->changesNothing()); // done: nothing left to remove
    }
};

QTEST_GUILESS_MAIN(PlanFilesTest)
#include "helper_plan_files.moc"
