// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel command line backends: the files each writes (only the words change, every other byte is kept)
// and the command each runs, their idempotence, their inverse, and the refusals.
#include "BootTestTree.h"

#include "boot/GrubDefaultsFile.h"
#include "boot/KernelCommandLineBackend.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using vfio::test::applyFiles;
using vfio::test::changedLines;
using vfio::test::changesNothing;
using vfio::test::readFile;
using vfio::test::writeFile;
using vfio::test::writeRecordingTool;

namespace {

const QString iommuOn = QStringLiteral("intel_iommu=on");
const QString passthrough = QStringLiteral("iommu=pt");
const CommandLineChange setupChange{{iommuOn, passthrough}, kernelparam::disabling()};
const CommandLineChange addOnly{{iommuOn, passthrough}, {}};

CommandLineRequest request(const QString &root, BootLoaderKind kind, const CommandLineChange &change,
                           const QString &grubConfig = QString())
{
    CommandLineRequest result;
    result.root = root;
    result.bootLoader = BootLoader{kind, grubConfig, QStringLiteral("test")};
    result.change = change;
    result.kernelRelease = QStringLiteral("6.1.0-18-amd64");
    return result;
}

// The plan for `change`, applied to the tree, then planned again: the second plan must be empty.
Result<CommandLinePlan> applyTwice(const CommandLineRequest &first, bool *secondIsEmpty)
{
    const Result<CommandLinePlan> plan = planCommandLineChange(first);
    applyFiles(plan);
    *secondIsEmpty = changesNothing(planCommandLineChange(first));
    return plan;
}

// /etc/default/grub as Debian ships it, with the value under test and a commented-out assignment.
QByteArray grubDefaults(const QByteArray &defaultLine,
                        const QByteArray &linuxLine = "GRUB_CMDLINE_LINUX=\"\"")
{
    return "# If you change this file, run 'update-grub' afterwards to update\n"
           "# /boot/grub/grub.cfg.\n"
           "\n"
           "GRUB_DEFAULT=0\n"
           "GRUB_TIMEOUT=5\n"
           "GRUB_DISTRIBUTOR=`lsb_release -i -s 2> /dev/null || echo Debian`\n"
           "#GRUB_CMDLINE_LINUX_DEFAULT=\"commented out stays\"\n" +
           defaultLine + "\n" + linuxLine +
           "\n"
           "\n"
           "# Uncomment to disable graphical terminal\n"
           "#GRUB_TERMINAL=console\n";
}

// What a shell sees in GRUB_CMDLINE_LINUX_DEFAULT after sourcing `files` in order, like grub-mkconfig.
QString sourcedValue(const QStringList &files)
{
    QString script;
    for (const QString &file : files)
        script += QStringLiteral(". '%1'; ").arg(file);
    script += QStringLiteral("printf '%s' \"$GRUB_CMDLINE_LINUX_DEFAULT\"");
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!sh.waitForFinished(10000) || sh.exitCode() != 0)
        return QStringLiteral("<sh failed: %1>").arg(QString::fromUtf8(sh.readAllStandardError()));
    return QString::fromUtf8(sh.readAllStandardOutput());
}

QString runAndRecord(const CommandStep &command, const QString &recordFile)
{
    QProcess process;
    process.start(command.hostProgram, command.arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return QStringLiteral("<did not run>");
    QFile record(recordFile);
    return record.open(QIODevice::ReadOnly) ? QString::fromUtf8(record.readAll())
                                            : QStringLiteral("<no record>");
}

} // namespace

class BootBackendsTest : public QObject
{
    Q_OBJECT

private slots:
    void grubDefaultsKeepsQuotingAndEveryOtherLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("inverseRestoresBytes");
        QTest::newRow("double quotes")
            << QByteArray("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet splash\"")
            << QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet splash intel_iommu=on iommu=pt\"") << true;
        QTest::newRow("single quotes")
            << QByteArray("GRUB_CMDLINE_LINUX_DEFAULT='quiet splash'")
            << QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT='quiet splash intel_iommu=on iommu=pt'") << true;
        QTest::newRow("no quotes") << QByteArray("GRUB_CMDLINE_LINUX_DEFAULT=quiet")
                                   << QStringLiteral(
                                          "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet intel_iommu=on iommu=pt\"")
                                   << false; // the quotes it needed stay: same words, not the same bytes
        QTest::newRow("empty, no quotes")
            << QByteArray("GRUB_CMDLINE_LINUX_DEFAULT=")
            << QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT=\"intel_iommu=on iommu=pt\"") << false;
        QTest::newRow("other parameters and a comment")
            << QByteArray("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet iommu=off mitigations=auto\" # tuned")
            << QStringLiteral(
                   "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet mitigations=auto intel_iommu=on iommu=pt\" # tuned")
            << true;
        QTest::newRow("export and a variable")
            << QByteArray("  export GRUB_CMDLINE_LINUX_DEFAULT=\"$GRUB_CMDLINE_LINUX_DEFAULT quiet\"")
            << QStringLiteral("  export GRUB_CMDLINE_LINUX_DEFAULT=\"$GRUB_CMDLINE_LINUX_DEFAULT quiet "
                              "intel_iommu=on iommu=pt\"")
            << true;
    }
    void grubDefaultsKeepsQuotingAndEveryOtherLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        QFETCH(bool, inverseRestoresBytes);
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        const QByteArray original = grubDefaults(line, "GRUB_CMDLINE_LINUX=\"console=ttyS0 amd_iommu=off\"");
        writeFile(root, QStringLiteral("etc/default/grub"), original);

        bool secondIsEmpty = false;
        const Result<CommandLinePlan> plan =
            applyTwice(request(root, BootLoaderKind::GrubDefaults, setupChange), &secondIsEmpty);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->files.size(), 1);
        QCOMPARE(plan->files.first().path, QStringLiteral("/etc/default/grub"));
        QCOMPARE(plan->files.first().oldContent, std::optional<QString>(QString::fromUtf8(original)));
        QCOMPARE(changedLines(QString::fromUtf8(original), plan->files.first().newContent),
                 (QStringList{expected, QStringLiteral("GRUB_CMDLINE_LINUX=\"console=ttyS0\"")}));
        QVERIFY(plan->files.first().newContent.contains(
            QLatin1String("#GRUB_CMDLINE_LINUX_DEFAULT=\"commented out stays\"\n")));
        QCOMPARE(plan->commands.size(), 1);
        QCOMPARE(plan->commands.first().program, QStringLiteral("/usr/sbin/update-grub"));
        QCOMPARE(plan->commands.first().hostProgram, root + QStringLiteral("/usr/sbin/update-grub"));
        QVERIFY(plan->commands.first().arguments.isEmpty());
        QVERIFY(secondIsEmpty);

        // Adding only, then the inverse, gives the file back.
        writeFile(root, QStringLiteral("etc/default/grub"), original);
        const Result<CommandLinePlan> added =
            planCommandLineChange(request(root, BootLoaderKind::GrubDefaults, addOnly));
        applyFiles(added);
        const Result<CommandLinePlan> undone = planCommandLineChange(
            request(root, BootLoaderKind::GrubDefaults, CommandLineChange{{}, addOnly.add}));
        applyFiles(undone);
        QCOMPARE(readFile(root, QStringLiteral("etc/default/grub")) == QString::fromUtf8(original),
                 inverseRestoresBytes);
    }

    void grubDefaultsAppendsAMissingVariable()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        // No final newline, and only a commented-out assignment.
        const QByteArray original = "GRUB_DEFAULT=0\n#GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\nGRUB_TIMEOUT=5";
        writeFile(root, QStringLiteral("etc/default/grub"), original);
        bool secondIsEmpty = false;
        const Result<CommandLinePlan> plan =
            applyTwice(request(root, BootLoaderKind::GrubDefaults, setupChange), &secondIsEmpty);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->files.size(), 1);
        QCOMPARE(plan->files.first().newContent,
                 QString::fromUtf8(original) +
                     QStringLiteral("\nGRUB_CMDLINE_LINUX_DEFAULT=\"intel_iommu=on iommu=pt\"\n"));
        QCOMPARE(sourcedValue({root + QStringLiteral("/etc/default/grub")}),
                 QStringLiteral("intel_iommu=on iommu=pt"));
        QVERIFY(secondIsEmpty);
    }

    void grubWordsTheUserHasAreNotAddedAgain()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        const QByteArray original =
            grubDefaults("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"", "GRUB_CMDLINE_LINUX=\"intel_iommu=on\"");
        writeFile(root, QStringLiteral("etc/default/grub"), original);
        const Result<CommandLinePlan> defaults =
            planCommandLineChange(request(root, BootLoaderKind::GrubDefaults, addOnly));
        QVERIFY2(defaults.ok(), qPrintable(defaults.error()));
        QCOMPARE(defaults->files.size(), 1);
        QCOMPARE(changedLines(QString::fromUtf8(original), defaults->files.first().newContent),
                 QStringList{QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet iommu=pt\"")});
        const Result<CommandLinePlan> dropIn =
            planCommandLineChange(request(root, BootLoaderKind::GrubDropIn, addOnly));
        QVERIFY2(dropIn.ok(), qPrintable(dropIn.error()));
        QCOMPARE(dropIn->files.size(), 1);
        QVERIFY(dropIn->files.first().newContent.endsWith(
            QLatin1String("=\"$GRUB_CMDLINE_LINUX_DEFAULT iommu=pt\"\n")));
        // Everything there already: no drop-in, no update-grub.
        writeFile(root, QStringLiteral("etc/default/grub"),
                  grubDefaults("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet iommu=pt\"",
                               "GRUB_CMDLINE_LINUX=\"intel_iommu=on\""));
        QVERIFY(changesNothing(planCommandLineChange(request(root, BootLoaderKind::GrubDropIn, addOnly))));
    }

    // Found by fuzz_grub_defaults: `GRUB_CMDLINE_LINUX=x"` was rewritten as `"x"" intel_iommu=on"`, which
    // the shell reads differently each time the same change is applied again.
    void grubValueMixingQuotesIsNotRewritten_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("unquoted, then quoted") << QStringLiteral("GRUB_CMDLINE_LINUX=quiet\" splash\"");
        QTest::newRow("a stray quote") << QStringLiteral("GRUB_CMDLINE_LINUX=\x02\"");
        QTest::newRow("two quoted parts") << QStringLiteral("GRUB_CMDLINE_LINUX=\"quiet\"' splash'");
        QTest::newRow("an escaped space") << QStringLiteral("GRUB_CMDLINE_LINUX=a\\ b");
    }

    void grubValueMixingQuotesIsNotRewritten()
    {
        QFETCH(QString, assignment);
        const QString text = QStringLiteral("GRUB_DEFAULT=0\n") + assignment + QLatin1Char('\n');
        QVERIFY(!grubdefaults::isEditable(text, grubdefaults::linuxVariable()));
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        writeFile(root, QStringLiteral("etc/default/grub"), text.toUtf8());
        QVERIFY(!planCommandLineChange(request(root, BootLoaderKind::GrubDefaults, setupChange)).ok());
        QCOMPARE(readFile(root, QStringLiteral("etc/default/grub")), text);
        QVERIFY(grubdefaults::isEditable(QStringLiteral("GRUB_CMDLINE_LINUX=\"quiet\" # ok\n"),
                                         grubdefaults::linuxVariable()));
        QVERIFY(grubdefaults::isEditable(QStringLiteral("GRUB_CMDLINE_LINUX=\"quiet\"; export GRUB_X\n"),
                                         grubdefaults::linuxVariable()));
    }

    void grubValueOverSeveralLinesIsNotOverridden()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        const QByteArray original =
            "GRUB_DEFAULT=0\nGRUB_CMDLINE_LINUX_DEFAULT=\"quiet\n  iommu=off splash\"\n";
        writeFile(root, QStringLiteral("etc/default/grub"), original);
        const Result<CommandLinePlan> defaults =
            planCommandLineChange(request(root, BootLoaderKind::GrubDefaults, setupChange));
        QVERIFY(!defaults.ok());
        QVERIFY(changesNothing(defaults));
        QVERIFY(defaults.error().contains(QLatin1String("several lines")));
        // The drop-in can still add, but cannot take iommu=off out of that value.
        QVERIFY(!planCommandLineChange(request(root, BootLoaderKind::GrubDropIn, setupChange)).ok());
        const Result<CommandLinePlan> addOnlyPlan =
            planCommandLineChange(request(root, BootLoaderKind::GrubDropIn, addOnly));
        QVERIFY2(addOnlyPlan.ok(), qPrintable(addOnlyPlan.error()));
        QCOMPARE(addOnlyPlan->files.size(), 1);
        QCOMPARE(addOnlyPlan->files.first().path, QStringLiteral("/etc/default/grub.d/vfio-isolator.cfg"));
        QCOMPARE(readFile(root, QStringLiteral("etc/default/grub")), QString::fromUtf8(original));
    }

    void grubDefaultsWithoutTheFileIsRefused()
    {
        QTemporaryDir dir;
        writeRecordingTool(dir.path(), QStringLiteral("usr/sbin/update-grub"));
        const Result<CommandLinePlan> plan =
            planCommandLineChange(request(dir.path(), BootLoaderKind::GrubDefaults, setupChange));
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().contains(QLatin1String("/etc/default/grub")));
        QVERIFY(changesNothing(plan));
    }

    void grubDropInIsCreatedAndRemoved()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        const QByteArray original = grubDefaults("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet iommu=off\"");
        writeFile(root, QStringLiteral("etc/default/grub"), original);
        bool secondIsEmpty = false;
        const Result<CommandLinePlan> plan =
            applyTwice(request(root, BootLoaderKind::GrubDropIn, setupChange), &secondIsEmpty);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->files.size(), 2);
        const FileChange &dropIn = plan->files.at(0);
        QCOMPARE(dropIn.path, QStringLiteral("/etc/default/grub.d/vfio-isolator.cfg"));
        QVERIFY(!dropIn.oldContent);
        QVERIFY(dropIn.newContent.endsWith(QLatin1String(
            "\nGRUB_CMDLINE_LINUX_DEFAULT=\"$GRUB_CMDLINE_LINUX_DEFAULT intel_iommu=on iommu=pt\"\n")));
        // The drop-in cannot take iommu=off away: /etc/default/grub loses that word and nothing else.
        QCOMPARE(plan->files.at(1).path, QStringLiteral("/etc/default/grub"));
        QCOMPARE(changedLines(QString::fromUtf8(original), plan->files.at(1).newContent),
                 QStringList{QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"")});
        QCOMPARE(plan->commands.size(), 1);
        QCOMPARE(plan->commands.first().program, QStringLiteral("/usr/sbin/update-grub"));
        QVERIFY(secondIsEmpty);
        // What grub-mkconfig would see: /etc/default/grub, then the drop-in.
        QCOMPARE(sourcedValue({root + QStringLiteral("/etc/default/grub"), dropIn.hostPath}),
                 QStringLiteral("quiet intel_iommu=on iommu=pt"));

        // Nothing to add: the drop-in goes, /etc/default/grub is not touched again.
        const Result<CommandLinePlan> removal =
            planCommandLineChange(request(root, BootLoaderKind::GrubDropIn, {}));
        QVERIFY2(removal.ok(), qPrintable(removal.error()));
        QCOMPARE(removal->files.size(), 1);
        QVERIFY(removal->files.first().remove);
        QCOMPARE(removal->files.first().path, dropIn.path);
        QCOMPARE(removal->files.first().oldContent, std::optional<QString>(dropIn.newContent));
        QCOMPARE(removal->commands.size(), 1);
        applyFiles(removal);
        QVERIFY(!QFile::exists(dropIn.hostPath));
        QVERIFY(changesNothing(planCommandLineChange(request(root, BootLoaderKind::GrubDropIn, {}))));
    }

    void grubMkconfigWhereUpdateGrubIsMissing()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/grub2-mkconfig"));
        const Result<CommandLinePlan> plan = planCommandLineChange(
            request(root, BootLoaderKind::GrubDropIn, addOnly, QStringLiteral("/boot/grub2/grub.cfg")));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->commands.size(), 1);
        QCOMPARE(plan->commands.first().program, QStringLiteral("/usr/sbin/grub2-mkconfig"));
        QCOMPARE(plan->commands.first().arguments,
                 (QStringList{QStringLiteral("-o"), QStringLiteral("/boot/grub2/grub.cfg")}));

        // update-grub writes /boot/grub/grub.cfg only: for another grub.cfg grub-mkconfig -o is used.
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        const Result<CommandLinePlan> efi = planCommandLineChange(request(
            root, BootLoaderKind::GrubDropIn, addOnly, QStringLiteral("/boot/efi/EFI/debian/grub.cfg")));
        QVERIFY2(efi.ok(), qPrintable(efi.error()));
        QCOMPARE(efi->commands.first().program, QStringLiteral("/usr/sbin/grub2-mkconfig"));
        QCOMPARE(efi->commands.first().arguments.last(), QStringLiteral("/boot/efi/EFI/debian/grub.cfg"));

        QTemporaryDir bare;
        const Result<CommandLinePlan> none =
            planCommandLineChange(request(bare.path(), BootLoaderKind::GrubDropIn, addOnly));
        QVERIFY(!none.ok());
        QVERIFY(none.error().contains(QLatin1String("grub-mkconfig")));
        QVERIFY(changesNothing(none));
    }

    void grubBlsRunsGrubbyWithTheExactArguments()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/grubby"));
        writeFile(
            root, QStringLiteral("boot/loader/entries/abc-6.5.6-300.fc39.x86_64.conf"),
            "title Fedora Linux (6.5.6-300.fc39.x86_64)\noptions root=UUID=1 ro rhgb quiet iommu=off\n");
        writeFile(
            root, QStringLiteral("boot/loader/entries/abc-6.5.5-300.fc39.x86_64.conf"),
            "title Fedora Linux (6.5.5-300.fc39.x86_64)\noptions root=UUID=1 ro rhgb quiet intel_iommu=on\n");
        const Result<CommandLinePlan> plan =
            planCommandLineChange(request(root, BootLoaderKind::GrubBls, setupChange));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->files.isEmpty());
        QCOMPARE(plan->commands.size(), 1);
        const CommandStep &grubby = plan->commands.first();
        QCOMPARE(grubby.program, QStringLiteral("/usr/sbin/grubby"));
        const QStringList expected{QStringLiteral("--update-kernel=ALL"),
                                   QStringLiteral("--args=intel_iommu=on iommu=pt"),
                                   QStringLiteral("--remove-args=iommu=off")};
        QCOMPARE(grubby.arguments, expected);
        QCOMPARE(runAndRecord(grubby, root + QStringLiteral("/usr/sbin/grubby.args")),
                 expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        // Revert: the inverse, and only what really changed.
        QCOMPARE(plan->undo, (CommandLineChange{{QStringLiteral("iommu=off")}, {iommuOn, passthrough}}));

        writeFile(root, QStringLiteral("boot/loader/entries/abc-6.5.6-300.fc39.x86_64.conf"),
                  "options root=UUID=1 ro intel_iommu=on iommu=pt\n");
        writeFile(root, QStringLiteral("boot/loader/entries/abc-6.5.5-300.fc39.x86_64.conf"),
                  "options root=UUID=1 ro iommu=pt intel_iommu=on\n");
        QVERIFY(changesNothing(planCommandLineChange(request(root, BootLoaderKind::GrubBls, setupChange))));

        QTemporaryDir bare;
        QVERIFY(!planCommandLineChange(request(bare.path(), BootLoaderKind::GrubBls, setupChange)).ok());
    }

    void kernelstubRunsWithTheExactArguments()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/bin/kernelstub"));
        writeFile(root, QStringLiteral("etc/kernelstub/configuration"),
                  R"({"default": {"kernel_options": ["quiet", "splash"]},
                      "user": {"kernel_options": ["quiet", "splash", "amd_iommu=off", "iommu=pt"]}})");
        const Result<CommandLinePlan> plan =
            planCommandLineChange(request(root, BootLoaderKind::Kernelstub, setupChange));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->files.isEmpty());
        QCOMPARE(plan->commands.size(), 2);
        QCOMPARE(plan->commands.at(0).program, QStringLiteral("/usr/bin/kernelstub"));
        QCOMPARE(plan->commands.at(0).arguments,
                 (QStringList{QStringLiteral("-d"), QStringLiteral("amd_iommu=off")}));
        QCOMPARE(plan->commands.at(1).arguments,
                 (QStringList{QStringLiteral("-a"), QStringLiteral("intel_iommu=on")}));
        QCOMPARE(runAndRecord(plan->commands.at(1), root + QStringLiteral("/usr/bin/kernelstub.args")),
                 QStringLiteral("-a\nintel_iommu=on\n"));
        QCOMPARE(plan->undo, (CommandLineChange{{QStringLiteral("amd_iommu=off")}, {iommuOn}}));

        writeFile(root, QStringLiteral("etc/kernelstub/configuration"),
                  R"({"user": {"kernel_options": ["quiet", "intel_iommu=on", "iommu=pt"]}})");
        QVERIFY(
            changesNothing(planCommandLineChange(request(root, BootLoaderKind::Kernelstub, setupChange))));
        // Unknown state: the whole change, both words in one argument.
        QFile::remove(root + QStringLiteral("/etc/kernelstub/configuration"));
        const Result<CommandLinePlan> blind =
            planCommandLineChange(request(root, BootLoaderKind::Kernelstub, addOnly));
        QVERIFY2(blind.ok(), qPrintable(blind.error()));
        QCOMPARE(blind->commands.size(), 1);
        QCOMPARE(blind->commands.first().arguments,
                 (QStringList{QStringLiteral("-a"), QStringLiteral("intel_iommu=on iommu=pt")}));
        QVERIFY(!blind->notes.isEmpty());
    }

    void kernelCmdlineIsEditedAndTheEntryRegenerated()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/bin/kernel-install"));
        writeFile(root, QStringLiteral("boot/vmlinuz-6.1.0-18-amd64"), "kernel");
        const QByteArray original = "root=UUID=2f1c rw  quiet\n";
        writeFile(root, QStringLiteral("etc/kernel/cmdline"), original);
        bool secondIsEmpty = false;
        const Result<CommandLinePlan> plan =
            applyTwice(request(root, BootLoaderKind::SystemdBootKernelCmdline, setupChange), &secondIsEmpty);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->files.size(), 1);
        QCOMPARE(plan->files.first().path, QStringLiteral("/etc/kernel/cmdline"));
        QCOMPARE(plan->files.first().newContent,
                 QStringLiteral("root=UUID=2f1c rw  quiet intel_iommu=on iommu=pt\n"));
        QCOMPARE(plan->commands.size(), 1);
        QCOMPARE(plan->commands.first().program, QStringLiteral("/usr/bin/kernel-install"));
        QCOMPARE(plan->commands.first().arguments,
                 (QStringList{QStringLiteral("add"), QStringLiteral("6.1.0-18-amd64"),
                              QStringLiteral("/boot/vmlinuz-6.1.0-18-amd64")}));
        QVERIFY(secondIsEmpty);
        applyFiles(planCommandLineChange(
            request(root, BootLoaderKind::SystemdBootKernelCmdline, CommandLineChange{{}, addOnly.add})));
        QCOMPARE(readFile(root, QStringLiteral("etc/kernel/cmdline")), QString::fromUtf8(original));

        CommandLineRequest noRelease = request(root, BootLoaderKind::SystemdBootKernelCmdline, setupChange);
        noRelease.kernelRelease.clear();
        const Result<CommandLinePlan> refused = planCommandLineChange(noRelease);
        QVERIFY(!refused.ok());
        QVERIFY(changesNothing(refused));
    }

    void loaderEntriesOptionsLinesAreEdited()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QByteArray first = "# Boot Loader Specification type#1 entry\n"
                                 "title      Debian GNU/Linux bookworm\n"
                                 "version    6.1.0-18-amd64\n"
                                 "machine-id 4a1b\n"
                                 "options    root=UUID=2f1c ro quiet intel_iommu=off\n"
                                 "linux      /4a1b/6.1.0-18-amd64/linux\n"
                                 "initrd     /4a1b/6.1.0-18-amd64/initrd.img-6.1.0-18-amd64\n";
        const QByteArray second =
            "title Debian (6.1.0-17)\nlinux /vmlinuz-6.1.0-17\noptions root=UUID=2f1c ro\n";
        const QByteArray noOptions = "title Memtest\nefi /memtest.efi";
        writeFile(root, QStringLiteral("boot/efi/loader/loader.conf"), "timeout 3\n");
        writeFile(root, QStringLiteral("boot/efi/loader/entries/4a1b-6.1.0-18-amd64.conf"), first);
        writeFile(root, QStringLiteral("boot/efi/loader/entries/4a1b-6.1.0-17-amd64.conf"), second);
        writeFile(root, QStringLiteral("boot/efi/loader/entries/memtest.conf"), noOptions);
        writeFile(root, QStringLiteral("boot/efi/loader/entries/notes.txt"), "not an entry");
        bool secondIsEmpty = false;
        const Result<CommandLinePlan> plan =
            applyTwice(request(root, BootLoaderKind::SystemdBootEntries, setupChange), &secondIsEmpty);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->commands.isEmpty());
        QCOMPARE(plan->files.size(), 3);
        QCOMPARE(plan->files.at(0).path, QStringLiteral("/boot/efi/loader/entries/4a1b-6.1.0-17-amd64.conf"));
        QCOMPARE(changedLines(QString::fromUtf8(second), plan->files.at(0).newContent),
                 QStringList{QStringLiteral("options root=UUID=2f1c ro intel_iommu=on iommu=pt")});
        QCOMPARE(changedLines(QString::fromUtf8(first), plan->files.at(1).newContent),
                 QStringList{QStringLiteral("options    root=UUID=2f1c ro quiet intel_iommu=on iommu=pt")});
        QCOMPARE(plan->files.at(2).newContent,
                 QString::fromUtf8(noOptions) + QStringLiteral("\noptions intel_iommu=on iommu=pt\n"));
        QVERIFY(secondIsEmpty);
        QCOMPARE(readFile(root, QStringLiteral("boot/efi/loader/entries/notes.txt")),
                 QStringLiteral("not an entry"));

        // Adding only, then the inverse: the entries with an options line are back byte for byte.
        writeFile(root, QStringLiteral("boot/efi/loader/entries/4a1b-6.1.0-17-amd64.conf"), second);
        applyFiles(planCommandLineChange(request(root, BootLoaderKind::SystemdBootEntries, addOnly)));
        applyFiles(planCommandLineChange(
            request(root, BootLoaderKind::SystemdBootEntries, CommandLineChange{{}, addOnly.add})));
        QCOMPARE(readFile(root, QStringLiteral("boot/efi/loader/entries/4a1b-6.1.0-17-amd64.conf")),
                 QString::fromUtf8(second));

        QTemporaryDir bare;
        QVERIFY(!planCommandLineChange(request(bare.path(), BootLoaderKind::SystemdBootEntries, setupChange))
                     .ok());
    }

    void unknownBootLoaderSaysWhatToDoByHand()
    {
        QTemporaryDir dir;
        const Result<CommandLinePlan> plan =
            planCommandLineChange(request(dir.path(), BootLoaderKind::Unknown, setupChange));
        QVERIFY(!plan.ok());
        QVERIFY(changesNothing(plan));
        QVERIFY(plan.error().contains(QLatin1String("intel_iommu=on iommu=pt")));
        QVERIFY(plan.error().contains(QLatin1String("intel_iommu=off")));
        QVERIFY(plan.error().contains(QLatin1String("/etc/default/grub")));
    }

    void wordsOutsideTheListAreRefused()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeRecordingTool(root, QStringLiteral("usr/sbin/update-grub"));
        writeRecordingTool(root, QStringLiteral("usr/sbin/grubby"));
        const QByteArray original = grubDefaults("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"");
        writeFile(root, QStringLiteral("etc/default/grub"), original);
        for (const CommandLineChange &change : {CommandLineChange{{QStringLiteral("init=/bin/sh")}, {}},
                                                CommandLineChange{{}, {QStringLiteral("quiet")}},
                                                CommandLineChange{{QStringLiteral("iommu=off")}, {}}}) {
            for (const BootLoaderKind kind :
                 {BootLoaderKind::GrubDefaults, BootLoaderKind::GrubDropIn, BootLoaderKind::GrubBls}) {
                const Result<CommandLinePlan> plan = planCommandLineChange(request(root, kind, change));
                QVERIFY(!plan.ok());
                QVERIFY(changesNothing(plan));
            }
        }
        QCOMPARE(readFile(root, QStringLiteral("etc/default/grub")), QString::fromUtf8(original));
    }
};

QTEST_GUILESS_MAIN(BootBackendsTest)
#include "tst_boot_backends.moc"
