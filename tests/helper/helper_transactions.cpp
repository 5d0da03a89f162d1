// SPDX-License-Identifier: GPL-3.0-or-later
// Transactions: backups, records, rollback when the initramfs tool fails, and Revert's exact restoration
// (including "the file did not exist" -> removed).
#include "AtomicFile.h"
#include "HelperService.h"
#include "ScriptedAuthorizer.h"
#include "TransactionRunner.h"
#include "TransactionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;

class TransactionsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

    QByteArray read(const QString &systemPath) const
    {
        QFile file(m_root + systemPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }
    void write(const QString &systemPath, const QByteArray &content, mode_t mode = 0644) const
    {
        QVERIFY(atomicfile::write(m_root + systemPath, content, mode).ok());
    }

    // A fake initramfs tool inside the root that appends its arguments to a log and fails when told to.
    void installTool() const
    {
        write(QStringLiteral("/usr/sbin/update-initramfs"),
              "#!/bin/sh\n"
              "echo \"$@\" >> \"$(dirname \"$0\")/../../tool.log\"\n"
              "if [ -e \"$(dirname \"$0\")/../../tool-fails\" ]; then\n"
              "  echo 'update-initramfs: Generating /boot/initrd.img-6.1.0'\n"
              "  echo 'E: mkinitramfs failure cpio 141' >&2; exit 1\n"
              "fi\n"
              "echo 'update-initramfs: Generating /boot/initrd.img-6.1.0'\n",
              0755);
    }

    struct Outcome
    {
        bool success = false;
        QString message;
        QStringList steps;
        TransactionRecord record;
    };

    Outcome runTransaction(TransactionStore &store, TransactionRecord record, QList<FileReplacement> changes)
    {
        TransactionRunner runner(store, std::move(record), std::move(changes));
        Outcome outcome;
        connect(&runner, &TransactionRunner::progress, &runner,
                [&](const QString &step, const QString &) { outcome.steps << step; });
        QSignalSpy finished(&runner, &TransactionRunner::finished);
        runner.start(QStringLiteral("Restart to finish."));
        if (finished.isEmpty())
            finished.wait(10000);
        if (finished.size() != 1)
            qFatal("finished emitted %d times", int(finished.size()));
        outcome.success = finished.first().at(0).toBool();
        outcome.message = finished.first().at(1).toString();
        outcome.record = runner.record();
        return outcome;
    }

    static TransactionRecord applyRecord()
    {
        TransactionRecord record;
        record.id = TransactionStore::newId();
        record.kind = TransactionKind::Apply;
        record.addresses = {QStringLiteral("0000:02:00.0")};
        record.commands = {{QStringLiteral("/usr/sbin/update-initramfs"), QStringLiteral("-u"),
                            QStringLiteral("-k"), QStringLiteral("all")}};
        return record;
    }

    static QList<FileReplacement> applyChanges()
    {
        return {FileReplacement{QStringLiteral("/etc/modprobe.d/vfio.conf"),
                                QByteArray("# managed\noptions vfio-pci ids=1234:1111\n"),
                                QStringLiteral("ids"), std::nullopt},
                FileReplacement{QStringLiteral("/etc/initramfs-tools/modules"),
                                QByteArray("# user line\nvfio\nvfio_pci\n"), QStringLiteral("modules"),
                                std::nullopt}};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + QStringLiteral("/root");
        QDir(m_root).removeRecursively();
        QVERIFY(QDir().mkpath(m_root));
        installTool();
        // One file existed before (with unusual permissions), the other did not.
        write(QStringLiteral("/etc/initramfs-tools/modules"), "# user line\n", 0600);
    }

    void recordRoundTripsThroughJson()
    {
        TransactionRecord record = applyRecord();
        record.state = TransactionState::Complete;
        record.files = {
            FileBackup{QStringLiteral("/etc/x"), true, 0600, QStringLiteral("file-0"), QStringLiteral("ab")}};
        const auto back = TransactionRecord::fromJson(record.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->id, record.id);
        QCOMPARE(back->commands, record.commands);
        QCOMPARE(back->files.size(), 1);
        QCOMPARE(back->files.first().mode, 0600);
        // A record naming a backup outside its folder is rejected.
        QJsonObject evil = record.toJson();
        evil.insert(
            QStringLiteral("files"),
            QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/etc/x")},
                                   {QStringLiteral("existed"), true},
                                   {QStringLiteral("backup"), QStringLiteral("../../../etc/shadow")}}});
        QVERIFY(!TransactionRecord::fromJson(evil).has_value());
    }

    void successfulApplyWritesFilesKeepsBackupsAndRecords()
    {
        TransactionStore store(m_root);
        const Outcome outcome = runTransaction(store, applyRecord(), applyChanges());
        QVERIFY2(outcome.success, qPrintable(outcome.message));
        QCOMPARE(read(QStringLiteral("/etc/modprobe.d/vfio.conf")),
                 QByteArray("# managed\noptions vfio-pci ids=1234:1111\n"));
        QCOMPARE(read(QStringLiteral("/etc/initramfs-tools/modules")),
                 QByteArray("# user line\nvfio\nvfio_pci\n"));
        // The existing file keeps its permissions, the new one gets 0644.
        QCOMPARE(atomicfile::permissions(m_root + QStringLiteral("/etc/initramfs-tools/modules")).value_or(0),
                 mode_t(0600));
        QCOMPARE(atomicfile::permissions(m_root + QStringLiteral("/etc/modprobe.d/vfio.conf")).value_or(0),
                 mode_t(0644));
        QCOMPARE(read(QStringLiteral("/tool.log")), QByteArray("-u -k all\n"));
        QVERIFY(outcome.steps.contains(QStringLiteral("Writing /etc/modprobe.d/vfio.conf")));

        const auto saved = store.load(outcome.record.id);
        QVERIFY(saved.has_value());
        QCOMPARE(toString(saved->state), QStringLiteral("complete"));
        QCOMPARE(store.history(), QStringList{outcome.record.id});
        QCOMPARE(store.lastRevertableApply()->id, outcome.record.id);
        QCOMPARE(saved->files.size(), 2);
        QVERIFY(!saved->files.at(0).existed);
        QVERIFY(saved->files.at(1).existed);
        QCOMPARE(store.backupContent(*saved, saved->files.at(1)).value_or(QByteArray()),
                 QByteArray("# user line\n"));
        QCOMPARE(saved->files.at(0).newSha256, sha256Hex("# managed\noptions vfio-pci ids=1234:1111\n"));
    }

    void failingToolPutsEveryPreviousFileBack()
    {
        write(QStringLiteral("/tool-fails"), "");
        TransactionStore store(m_root);
        const Outcome outcome = runTransaction(store, applyRecord(), applyChanges());
        QVERIFY(!outcome.success);
        QVERIFY2(outcome.message.contains(QStringLiteral("E: mkinitramfs failure cpio 141")),
                 qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("previous configuration is in place")));
        QCOMPARE(read(QStringLiteral("/etc/modprobe.d/vfio.conf")), QByteArray("<missing>"));
        QCOMPARE(read(QStringLiteral("/etc/initramfs-tools/modules")), QByteArray("# user line\n"));
        QCOMPARE(atomicfile::permissions(m_root + QStringLiteral("/etc/initramfs-tools/modules")).value_or(0),
                 mode_t(0600));
        // The folder the transaction had to create is gone again.
        QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/etc/modprobe.d")));
        QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/etc/initramfs-tools")));
        QCOMPARE(toString(store.load(outcome.record.id)->state), QStringLiteral("rolled-back"));
        QVERIFY(!store.lastRevertableApply().has_value());
    }

    void missingToolIsAFailureWithFilesRestored()
    {
        QVERIFY(QFile::remove(m_root + QStringLiteral("/usr/sbin/update-initramfs")));
        TransactionStore store(m_root);
        const Outcome outcome = runTransaction(store, applyRecord(), applyChanges());
        QVERIFY(!outcome.success);
        QVERIFY(outcome.message.contains(QStringLiteral("update-initramfs")));
        QCOMPARE(read(QStringLiteral("/etc/modprobe.d/vfio.conf")), QByteArray("<missing>"));
    }

    void revertRestoresExactlyWhatTheLastApplyReplaced()
    {
        TransactionStore store(m_root);
        const Outcome first = runTransaction(store, applyRecord(), applyChanges());
        QVERIFY(first.success);
        // A second apply on top: Revert must go back to the state after the first, not to the beginning.
        QList<FileReplacement> second = applyChanges();
        second[0].content = QByteArray("# managed\noptions vfio-pci ids=1234:1111,8086:293e\n");
        const Outcome secondOutcome = runTransaction(store, applyRecord(), second);
        QVERIFY(secondOutcome.success);
        QCOMPARE(store.lastRevertableApply()->id, secondOutcome.record.id);

        auto restoring = store.restoringChanges(*store.lastRevertableApply());
        QVERIFY2(restoring.ok(), qPrintable(restoring.error()));
        TransactionRecord revert;
        revert.id = TransactionStore::newId();
        revert.kind = TransactionKind::Revert;
        revert.reverts = secondOutcome.record.id;
        revert.commands = secondOutcome.record.commands;
        const Outcome reverted = runTransaction(store, revert, *restoring);
        QVERIFY(reverted.success);
        QCOMPARE(read(QStringLiteral("/etc/modprobe.d/vfio.conf")),
                 QByteArray("# managed\noptions vfio-pci ids=1234:1111\n"));

        // Undo the first apply too: the file that did not exist before is removed, the other is as it was.
        auto applied = store.load(secondOutcome.record.id);
        applied->revertedBy = reverted.record.id;
        QVERIFY(store.save(*applied).ok());
        QCOMPARE(store.lastRevertableApply()->id, first.record.id);
        QVERIFY(store.restore(*store.lastRevertableApply()).ok());
        QCOMPARE(read(QStringLiteral("/etc/modprobe.d/vfio.conf")), QByteArray("<missing>"));
        QCOMPARE(read(QStringLiteral("/etc/initramfs-tools/modules")), QByteArray("# user line\n"));
        QCOMPARE(atomicfile::permissions(m_root + QStringLiteral("/etc/initramfs-tools/modules")).value_or(0),
                 mode_t(0600));
        QCOMPARE(store.history().size(), 3);
    }

    void interruptedTransactionIsUndoneWhenTheHelperStarts()
    {
        // A transaction cut short after writing one file (power cut): the record still says "running".
        TransactionStore store(m_root);
        TransactionRecord record = applyRecord();
        QVERIFY(store.begin(record, applyChanges()).ok());
        write(QStringLiteral("/etc/modprobe.d/vfio.conf"), "half of the new configuration\n");

        HelperService::Options options;
        options.root = m_root;
        helpertest::ScriptedAuthorizer nobodyAsked;
        HelperService service(options, nobodyAsked);
        service.recoverInterruptedTransaction();

        QCOMPARE(read(QStringLiteral("/etc/modprobe.d/vfio.conf")), QByteArray("<missing>"));
        QCOMPARE(read(QStringLiteral("/etc/initramfs-tools/modules")), QByteArray("# user line\n"));
        QCOMPARE(toString(store.load(record.id)->state), QStringLiteral("interrupted"));
        QVERIFY(!store.lastRevertableApply().has_value());
    }

    void commandLineRecordKeepsItsChangeAndUndo()
    {
        TransactionRecord record = applyRecord();
        record.kind = TransactionKind::KernelCommandLine;
        record.state = TransactionState::Complete;
        record.commandLine = {{QStringLiteral("intel_iommu=on")}, {QStringLiteral("iommu=off")}};
        record.undo = {{QStringLiteral("iommu=off")}, {QStringLiteral("intel_iommu=on")}};
        record.files = {FileBackup{QStringLiteral("/boot/efi/loader/entries/a.conf"), true, 0755,
                                   QStringLiteral("file-0"), QStringLiteral("ab")}};
        const auto back = TransactionRecord::fromJson(record.toJson());
        QVERIFY(back.has_value()); // boot entries are managed paths too
        QCOMPARE(toString(back->kind), QStringLiteral("cmdline"));
        QCOMPARE(back->commandLine, record.commandLine);
        QCOMPARE(back->undo, record.undo);
        // A word outside the fixed list in a record means it was tampered with: Revert must not run it.
        QJsonObject evil = record.toJson();
        evil.insert(QStringLiteral("undo"),
                    QJsonObject{{QStringLiteral("add"), QJsonArray{QStringLiteral("init=/bin/sh")}}});
        QVERIFY(!TransactionRecord::fromJson(evil).has_value());
        QJsonObject outside = record.toJson();
        outside.insert(QStringLiteral("files"),
                       QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/usr/bin/x")}}});
        QVERIFY(!TransactionRecord::fromJson(outside).has_value());
    }

    void revertTakesEitherKindButStateSeesOnlyApplies()
    {
        TransactionStore store(m_root);
        const Outcome applied = runTransaction(store, applyRecord(), applyChanges());
        QVERIFY(applied.success);
        // A kernelstub-like change: no file, only an undo change.
        TransactionRecord toolOnly = applyRecord();
        toolOnly.kind = TransactionKind::KernelCommandLine;
        toolOnly.undo = {{}, {QStringLiteral("intel_iommu=on")}};
        const Outcome changed = runTransaction(store, toolOnly, {});
        QVERIFY(changed.success);
        QCOMPARE(store.lastRevertable()->id, changed.record.id);
        QCOMPARE(store.lastRevertableApply()->id, applied.record.id);
        // The same change again changes nothing and has nothing to undo: Revert looks past it.
        TransactionRecord again = applyRecord();
        again.kind = TransactionKind::KernelCommandLine;
        again.commands.clear();
        QVERIFY(runTransaction(store, again, {}).success);
        QCOMPARE(store.lastRevertable()->id, changed.record.id);
    }

    void missingBackupIsReportedNotGuessed()
    {
        TransactionStore store(m_root);
        const Outcome outcome = runTransaction(store, applyRecord(), applyChanges());
        QVERIFY(outcome.success);
        QVERIFY(QFile::remove(store.folder() + QStringLiteral("/transactions/") + outcome.record.id +
                              QStringLiteral("/file-1")));
        const auto restoring = store.restoringChanges(outcome.record);
        QVERIFY(!restoring.ok());
        QVERIFY2(restoring.error().contains(QStringLiteral("/etc/initramfs-tools/modules")),
                 qPrintable(restoring.error()));
    }
};

QTEST_GUILESS_MAIN(TransactionsTest)
#include "helper_transactions.moc"
