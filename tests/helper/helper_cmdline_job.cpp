// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's kernel command line job without the bus: which requests are refused before polkit and with
// which error, the refusal of a system whose boot loader is unknown (the plan's own message), the no-op
// transaction of a change already in place, and what Revert runs for a tool without files (kernelstub: the
// plan of the recorded undo change, never the original command again).
#include "AtomicFile.h"
#include "HelperInterface.h"
#include "KernelCommandLineJob.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;

class CmdlineJobTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

    void write(const QString &systemPath, const QByteArray &content, mode_t mode = 0644) const
    {
        QVERIFY(atomicfile::write(m_root + systemPath, content, mode).ok());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("root"));
        QDir(m_root).removeRecursively();
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/etc")));
    }

    void requestsAreJudgedWordByWord_data()
    {
        QTest::addColumn<QStringList>("add");
        QTest::addColumn<QStringList>("remove");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("the IOMMU words")
            << QStringList{QStringLiteral("intel_iommu=on"), QStringLiteral("iommu=pt")}
            << QStringList{QStringLiteral("iommu=off")} << QString();
        QTest::newRow("vfio-pci ids")
            << QStringList{QStringLiteral("vfio-pci.ids=10de:1b80,10de:10f0")} << QStringList() << QString();
        QTest::newRow("init") << QStringList{QStringLiteral("init=/bin/sh")} << QStringList()
                              << QStringLiteral("\"init=/bin/sh\" is not a kernel parameter");
        QTest::newRow("removing quiet") << QStringList() << QStringList{QStringLiteral("quiet")}
                                        << QStringLiteral("\"quiet\" is not a kernel parameter");
        QTest::newRow("upper-case ids") << QStringList{QStringLiteral("vfio-pci.ids=10DE:1B80")}
                                        << QStringList() << QStringLiteral("vfio-pci.ids=10DE:1B80");
        QTest::newRow("added and removed")
            << QStringList{QStringLiteral("iommu=pt")} << QStringList{QStringLiteral("iommu=pt")}
            << QStringLiteral("contradicts itself");
        QTest::newRow("too many") << QStringList(17, QStringLiteral("iommu=pt")) << QStringList()
                                  << QStringLiteral("Too many words (17)");
    }

    void requestsAreJudgedWordByWord()
    {
        QFETCH(QStringList, add);
        QFETCH(QStringList, remove);
        QFETCH(QString, refusal);
        const auto refused = checkCommandLineRequest({add, remove});
        QCOMPARE(!refused.ok(), !refusal.isEmpty());
        if (!refused) {
            QCOMPARE(refused.failure().errorName, helpererrors::errorName(HelperError::InvalidArgument));
            QVERIFY2(refused.error().contains(refusal), qPrintable(refused.error()));
            QVERIFY(refused.error().contains(QStringLiteral("Nothing was changed")));
        }
    }

    void unknownBootLoaderIsRefusedWithThePlansMessage()
    {
        TransactionStore store(m_root);
        const auto prepared = prepareCommandLineChange(store, {{QStringLiteral("intel_iommu=on")}, {}});
        QVERIFY(!prepared.ok());
        const Failure *refusal = &prepared.failure();
        QCOMPARE(refusal->errorName, helpererrors::errorName(HelperError::UnsupportedSystem));
        QVERIFY2(
            refusal->message.contains(QStringLiteral("does not recognise how this system builds its kernel "
                                                     "command line")),
            qPrintable(refusal->message));
        QVERIFY(refusal->message.contains(QStringLiteral("add intel_iommu=on"))); // the way out, by hand
    }

    void aChangeInPlaceIsATransactionThatChangesNothing()
    {
        write(QStringLiteral("/etc/default/grub"), "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet intel_iommu=on\"\n");
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/etc/default/grub.d")));
        write(QStringLiteral("/usr/sbin/update-grub"), "#!/bin/sh\n", 0755);
        TransactionStore store(m_root);
        const auto prepared = prepareCommandLineChange(store, {{QStringLiteral("intel_iommu=on")}, {}});
        QVERIFY(prepared.ok());
        const PreparedTransaction *transaction = &*prepared;
        QVERIFY(transaction->changes.isEmpty());
        QVERIFY(transaction->record.commands.isEmpty()); // update-grub need not run
        QCOMPARE(toString(transaction->record.kind), toString(TransactionKind::KernelCommandLine));
        QVERIFY2(transaction->successMessage.startsWith(QStringLiteral("Nothing to change")),
                 qPrintable(transaction->successMessage));
    }

    void kernelstubRevertRunsTheUndoPlan()
    {
        write(QStringLiteral("/usr/bin/kernelstub"), "#!/bin/sh\n", 0755);
        write(QStringLiteral("/etc/kernelstub/configuration"),
              R"({"user": {"kernel_options": ["quiet", "splash", "intel_iommu=on", "iommu=pt"]}})");
        TransactionStore store(m_root);
        TransactionRecord applied;
        applied.id = TransactionStore::newId();
        applied.kind = TransactionKind::KernelCommandLine;
        applied.commands = {{QStringLiteral("/usr/bin/kernelstub"), QStringLiteral("-a"),
                             QStringLiteral("intel_iommu=on iommu=pt")}};
        // What the change did: added both words and took iommu=off away.
        applied.undo = {{QStringLiteral("iommu=off")},
                        {QStringLiteral("intel_iommu=on"), QStringLiteral("iommu=pt")}};
        QStringList notes;
        const auto commands = commandLineRevertCommands(store, applied, &notes);
        QVERIFY(commands.ok());
        const QList<QStringList> *list = &*commands;
        QCOMPARE(*list, (QList<QStringList>{{QStringLiteral("/usr/bin/kernelstub"), QStringLiteral("-d"),
                                             QStringLiteral("intel_iommu=on iommu=pt")}}));
        // iommu=off is not put back (it would switch the IOMMU off); Revert says so.
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QStringLiteral("iommu=off is not put back")),
                 qPrintable(notes.first()));
    }

    void fileBasedRevertRerunsItsOwnTool()
    {
        write(QStringLiteral("/usr/sbin/update-grub"), "#!/bin/sh\n", 0755);
        TransactionStore store(m_root);
        TransactionRecord applied;
        applied.kind = TransactionKind::KernelCommandLine;
        applied.commands = {{QStringLiteral("/usr/sbin/update-grub")}};
        QStringList notes;
        const auto commands = commandLineRevertCommands(store, applied, &notes);
        QVERIFY(commands.ok());
        QCOMPARE(*commands, applied.commands);
        // A tampered program is refused, and a missing tool names itself.
        applied.commands = {{QStringLiteral("/tmp/evil")}};
        QCOMPARE(commandLineRevertCommands(store, applied, &notes).failure().errorName,
                 helpererrors::errorName(HelperError::Failed));
        applied.commands = {{QStringLiteral("/usr/sbin/grub-mkconfig")}};
        const Failure missing = commandLineRevertCommands(store, applied, &notes).failure();
        QCOMPARE(missing.errorName, helpererrors::errorName(HelperError::UnsupportedSystem));
        QVERIFY(missing.message.contains(QStringLiteral("/usr/sbin/grub-mkconfig is missing")));
    }
};

QTEST_GUILESS_MAIN(CmdlineJobTest)
#include "helper_cmdline_job.moc"
