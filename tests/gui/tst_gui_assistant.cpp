// SPDX-License-Identifier: GPL-3.0-or-later
// The first-time setup assistant on the fixtures, with the in-process stand-in helper: the checks and the
// IOMMU fix, choosing by the main window's rules, apply, restart and the verification after it.
#include "GuiTestSupport.h"
#include "VerifyTestTree.h"

#include "ReviewDialog.h"
#include "SetupAssistant.h"
#include "SetupPages.h"
#include "SetupProgress.h"

#include "topology/TopologyScanner.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace vfio;

namespace {

// What the helper's preview of the IOMMU switch looks like (one drop-in for GRUB and its regeneration).
const QString PlanJson = QStringLiteral(
    R"({"ok": true, "errors": [], "warnings": [], "devices": [], "commands": [["/usr/sbin/update-grub"]],
    "files": [{"path": "/etc/default/grub.d/vfio-isolator.cfg", "reason": "switch the IOMMU on", "old": null,
               "new": "GRUB_CMDLINE_LINUX_DEFAULT=intel_iommu=on\n"}]})");

struct Assistant
{
    test::FakeHelper helper;
    std::unique_ptr<SetupAssistant> wizard;

    explicit Assistant(const QString &root, const QString &readOnlyReason = {})
    {
        helper.planJson = PlanJson;
        wizard = std::make_unique<SetupAssistant>(readMachine(root), &helper, readOnlyReason);
        wizard->show();
    }
    template <typename Page> Page *page(int id) { return qobject_cast<Page *>(wizard->page(id)); }
};

// Reviews and applies the change the dialog shows, as a person clicking Apply does.
void applyIn(ReviewDialog *dialog)
{
    QTRY_COMPARE(int(dialog->phase()), int(ReviewDialog::Phase::Reviewing));
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_COMPARE(int(dialog->phase()), int(ReviewDialog::Phase::Succeeded));
}

} // namespace

class TestGuiAssistant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noIommuProposesTheFixAndGoesToRestart();
    void passthroughModeIsAnOptionNeverADefault();
    void seedNeedsNoFixAndChoosesByTheRules();
    void aGpuThatIsNotTheBootGpuComesFirst();
    void ticksStartFromTheConfiguration();
    void applyThenRestart();
    void verificationAfterTheRestart();
    void comesBackOnlyAfterARestart();
    void snapshotsChangeNothing();
};

void TestGuiAssistant::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestGuiAssistant::noIommuProposesTheFixAndGoesToRestart()
{
    Assistant assistant(test::fixture(QStringLiteral("noiommu")));
    auto *checks = assistant.page<SetupChecksPage>(SetupAssistant::ChecksPageId);
    QVERIFY(!checks->isComplete()); // no groups: nothing to choose before the IOMMU is on
    const QString findings = checks->findChild<QTextBrowser *>(QStringLiteral("checksView"))->toPlainText();
    QVERIFY2(findings.contains(QLatin1String("intel_iommu=off")), qPrintable(findings));
    auto *fix = checks->findChild<QPushButton *>(QStringLiteral("fixButton"));
    QVERIFY(fix->isVisible() && fix->isEnabled());

    QTest::mouseClick(fix, Qt::LeftButton);
    auto *dialog = checks->findChild<ReviewDialog *>();
    QVERIFY(dialog);
    applyIn(dialog);
    QCOMPARE(assistant.helper.previewedChange.remove, QStringList{QStringLiteral("intel_iommu=off")});
    QVERIFY(assistant.helper.previewedChange.add.contains(QStringLiteral("intel_iommu=on")));
    QVERIFY(!assistant.helper.previewedChange.add.contains(QStringLiteral("iommu=pt")));
    QCOMPARE(assistant.helper.commandLineSets, 1);
    QCOMPARE(assistant.helper.setChange, assistant.helper.previewedChange);
    QVERIFY(assistant.helper.applied.isEmpty()); // vfio.conf is not touched by the IOMMU switch
    QTRY_VERIFY(checks->isComplete());
    QCOMPARE(checks->nextId(), int(SetupAssistant::RestartPageId));
}

void TestGuiAssistant::passthroughModeIsAnOptionNeverADefault()
{
    Assistant assistant(test::fixture(QStringLiteral("noiommu")));
    auto *checks = assistant.page<SetupChecksPage>(SetupAssistant::ChecksPageId);
    auto *passthrough = checks->findChild<QCheckBox *>(QStringLiteral("passthroughBox"));
    QVERIFY(passthrough->isVisible());
    QVERIFY(!passthrough->isChecked());
    QVERIFY(!checks->proposedChange().add.contains(QStringLiteral("iommu=pt")));
    passthrough->setChecked(true);
    QVERIFY(checks->proposedChange().add.contains(QStringLiteral("iommu=pt")));
}

void TestGuiAssistant::seedNeedsNoFixAndChoosesByTheRules()
{
    Assistant assistant(test::fixture(QStringLiteral("seed")));
    auto *checks = assistant.page<SetupChecksPage>(SetupAssistant::ChecksPageId);
    QVERIFY(checks->isComplete());
    // The IOMMU is on: the only change on offer is the optional passthrough mode, off until ticked.
    auto *fix = checks->findChild<QPushButton *>(QStringLiteral("fixButton"));
    QVERIFY(!fix->isEnabled());
    QVERIFY(checks->proposedChange().isEmpty());
    checks->findChild<QCheckBox *>(QStringLiteral("passthroughBox"))->setChecked(true);
    QVERIFY(fix->isEnabled());
    // The words the system boots with go along: GRUB's drop-in holds the whole set it adds.
    QCOMPARE(checks->proposedChange().add,
             (QStringList{QStringLiteral("iommu=pt"), QStringLiteral("intel_iommu=on")}));
    QVERIFY(checks->proposedChange().remove.isEmpty());
    QCOMPARE(checks->nextId(), int(SetupAssistant::ChoosePageId));

    assistant.wizard->next();
    auto *choose = assistant.page<SetupChoosePage>(SetupAssistant::ChoosePageId);
    const QStringList rows = choose->groupTexts();
    QVERIFY2(rows.last().contains(QLatin1String("the host needs it: boot GPU")),
             qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.last().contains(QLatin1String("02:00.0")) && rows.last().contains(QLatin1String("02:00.1")),
             qPrintable(rows.last()));                         // the whole group on one row
    QVERIFY(rows.filter(QStringLiteral("00:1c.0")).isEmpty()); // root ports are never offered
    QVERIFY(!choose->isComplete());
    QVERIFY(!choose->tickGroupOf(QStringLiteral("0000:02:00.0"))); // refused: it shows this screen
    QVERIFY(assistant.wizard->context().selection.isEmpty());
    QVERIFY(choose->tickGroupOf(QStringLiteral("0000:03:00.0")));
    QVERIFY(choose->isComplete());
    QCOMPARE(assistant.wizard->context().selection.checked().size(), 1);
}

void TestGuiAssistant::aGpuThatIsNotTheBootGpuComesFirst()
{
    test::FixtureCopy tree(test::fixture(QStringLiteral("seed")));
    const QString bootVga =
        QFile::symLinkTarget(tree.root() + QStringLiteral("/sys/bus/pci/devices/0000:02:00.0")) +
        QStringLiteral("/boot_vga");
    QFile::remove(bootVga);
    QFile file(bootVga);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("0\n"); // another card shows the screen
    file.close();
    Assistant assistant(tree.root());
    assistant.wizard->next();
    const QStringList rows = assistant.page<SetupChoosePage>(SetupAssistant::ChoosePageId)->groupTexts();
    QVERIFY2(rows.first().contains(QLatin1String("02:00.0 (VGA compatible controller)")),
             qPrintable(rows.join(u'\n')));
    QVERIFY(!rows.first().contains(QLatin1String("host needs it")));
}

void TestGuiAssistant::ticksStartFromTheConfiguration()
{
    Assistant assistant(test::fixture(QStringLiteral("seed-vfio")));
    const QList<PciAddress> checked = assistant.wizard->context().selection.checked();
    QCOMPARE(checked.size(), 2);
    QCOMPARE(checked.first().toString(), QStringLiteral("0000:02:00.0"));
}

void TestGuiAssistant::applyThenRestart()
{
    QSettings().clear();
    Assistant assistant(test::fixture(QStringLiteral("seed")));
    QSignalSpy applied(assistant.wizard.get(), &SetupAssistant::changesApplied);
    QSignalSpy restart(assistant.wizard.get(), &SetupAssistant::restartRequested);
    assistant.wizard->next();
    QVERIFY(assistant.page<SetupChoosePage>(SetupAssistant::ChoosePageId)
                ->tickGroupOf(QStringLiteral("0000:03:00.0")));
    assistant.wizard->next();
    auto *apply = assistant.page<SetupApplyPage>(SetupAssistant::ApplyPageId);
    QCOMPARE(assistant.wizard->currentId(), int(SetupAssistant::ApplyPageId));
    QVERIFY(!apply->isComplete());
    applyIn(apply->openReview());
    QCOMPARE(assistant.helper.applied, QStringList{QStringLiteral("0000:03:00.0")});
    QTRY_VERIFY(apply->isComplete());
    QCOMPARE(applied.size(), 1);
    QVERIFY(QSettings().contains(QStringLiteral("setup/restartPendingSinceBoot")));

    assistant.wizard->next();
    QCOMPARE(assistant.wizard->currentId(), int(SetupAssistant::RestartPageId));
    auto *page = assistant.wizard->currentPage();
    const QString what = page->findChild<QLabel *>(QStringLiteral("whatHappens"))->text();
    QVERIFY2(what.contains(QLatin1String("vfio-pci takes the chosen devices")), qPrintable(what));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("safetyEntry"))
                ->text()
                .contains(QLatin1String("vfio_isolator=off")));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("restartButton")), Qt::LeftButton);
    QCOMPARE(restart.size(), 1);
}

void TestGuiAssistant::verificationAfterTheRestart()
{
    {
        Assistant assistant(test::fixture(QStringLiteral("seed-vfio")));
        assistant.wizard->startWithVerification();
        QCOMPARE(assistant.wizard->currentId(), int(SetupAssistant::VerifyPageId));
        auto *verify = assistant.page<SetupVerifyPage>(SetupAssistant::VerifyPageId);
        QVERIFY2(verify->summaryText().contains(QLatin1String("Every configured device is bound")),
                 qPrintable(verify->summaryText()));
    }
    test::FixtureCopy tree(test::fixture(QStringLiteral("seed-vfio")));
    tree.rebind(QStringLiteral("0000:02:00.1"), QStringLiteral("snd_hda_intel"));
    tree.configure(
        QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\nsoftdep snd_hda_intel pre: vfio-pci\n"),
        -60);
    Assistant assistant(tree.root());
    assistant.wizard->startWithVerification();
    auto *verify = assistant.page<SetupVerifyPage>(SetupAssistant::VerifyPageId);
    QVERIFY(verify->summaryText().contains(QLatin1String("not bound")));
    const QString devices = verify->findChild<QTextBrowser *>(QStringLiteral("verifyView"))->toPlainText();
    QVERIFY2(devices.contains(
                 QLatin1String("[!] configured but not bound (driver snd_hda_intel claimed it first)")),
             qPrintable(devices));
    QVERIFY2(devices.contains(QLatin1String("apply again to regenerate it")), qPrintable(devices)); // the fix
}

void TestGuiAssistant::comesBackOnlyAfterARestart()
{
    QSettings().clear();
    QVERIFY(!SetupProgress::verificationDue());
    SetupProgress::rememberRestartPending();
    QVERIFY(!SetupProgress::verificationDue()); // same boot: not yet
    QSettings().setValue(QStringLiteral("setup/restartPendingSinceBoot"), QStringLiteral("an-earlier-boot"));
    QVERIFY(SetupProgress::verificationDue());
    SetupProgress::clear();
    QVERIFY(!SetupProgress::verificationDue());
}

void TestGuiAssistant::snapshotsChangeNothing()
{
    Assistant assistant(test::fixture(QStringLiteral("noiommu")), QStringLiteral("This is a snapshot."));
    auto *checks = assistant.page<SetupChecksPage>(SetupAssistant::ChecksPageId);
    QVERIFY(!checks->findChild<QPushButton *>(QStringLiteral("fixButton"))->isEnabled());
    QVERIFY(
        checks->findChild<QLabel *>(QStringLiteral("fixStatus"))->text().contains(QLatin1String("snapshot")));
}

QTEST_MAIN(TestGuiAssistant)
#include "tst_gui_assistant.moc"
