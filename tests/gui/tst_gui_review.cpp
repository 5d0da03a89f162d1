// SPDX-License-Identifier: GPL-3.0-or-later
// The review dialog: the helper's plan shown file by file, Apply with progress and streaming output, success
// and failure words, Undo; a helper that cannot be reached (no bus, bus without the helper) is said so
// quickly; and the same flow end to end over a private D-Bus bus with a stand-in helper object.
#include "DbusHelperService.h"
#include "GuiTestSupport.h"
#include "HelperInterface.h"
#include "LocalPlanService.h"
#include "PreviewPlan.h"
#include "ReviewDialog.h"
#include "plan/HelperPlan.h"

#include "policy/VfioConfig.h"

#include "topology/TopologyScanner.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

using namespace vfio;

namespace {
const QString PlanJson =
    QStringLiteral(R"({"ok": true, "errors": [], "warnings": ["02:00.0 is the boot GPU."],
  "distribution": "debian",
  "files": [{"path": "/etc/modprobe.d/vfio.conf", "reason": "vfio-pci takes the devices", "old": "# mine\n",
             "new": "# mine\n# >>> VFIO Isolator\noptions vfio-pci ids=1234:1111,8086:293e\n"},
            {"path": "/etc/initramfs-tools/modules", "reason": "load vfio early", "old": null,
             "new": "vfio\nvfio_pci\n"}],
  "commands": [["/usr/sbin/update-initramfs", "-u", "-k", "all"]],
  "devices": [{"address": "0000:02:00.0", "binding": "ids", "reason": "bound by ID"},
              {"address": "0000:02:00.1", "binding": "ids", "reason": "bound by ID"}]})");

const QStringList Selection{QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")};

// A stand-in for the real helper, exported on a private bus with the documented interface.
class BusHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.vfio_isolator.Helper1")

public:
    bool busy = false;
    QStringList lastApply;

public slots:
    QString Preview(const QStringList &) { return PlanJson; }
    QString Apply(const QStringList &addresses)
    {
        if (busy) {
            sendErrorReply(QStringLiteral("io.github.vfio_isolator.Error.Busy"),
                           QStringLiteral("Another change is running."));
            return {};
        }
        lastApply = addresses;
        QTimer::singleShot(20, this, [this] {
            emit Progress(QStringLiteral("t1"), QStringLiteral("Writing /etc/modprobe.d/vfio.conf"),
                          QString());
            emit Progress(QStringLiteral("t1"),
                          QStringLiteral("Regenerating the initramfs with update-initramfs"),
                          QStringLiteral("update-initramfs: Generating /boot/initrd.img-6.1.0-50-amd64"));
            emit Finished(QStringLiteral("t1"), true,
                          QStringLiteral("02:00.0 goes to vfio-pci at the next boot."));
        });
        return QStringLiteral("t1");
    }
    QString Revert() { return QStringLiteral("t2"); }
    QString State() { return QStringLiteral("{}"); }

signals:
    void Progress(const QString &transactionId, const QString &step, const QString &line);
    void Finished(const QString &transactionId, bool success, const QString &message);
};

// A private bus (dbus-daemon with the session configuration), stopped at the end of the test.
class PrivateBus
{
public:
    PrivateBus()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return;
        m_process.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                 QStringLiteral("--print-address=1")});
        if (!m_process.waitForReadyRead(5000))
            return;
        m_address = QString::fromUtf8(m_process.readLine()).trimmed();
    }
    ~PrivateBus()
    {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    QString address() const { return m_address; }

private:
    QProcess m_process;
    QString m_address;
};

QPlainTextEdit *outputOf(ReviewDialog &dialog)
{
    return dialog.findChild<QPlainTextEdit *>(QStringLiteral("outputView"));
}

// What the summary above the files and the "What the lines mean" panel say, as plain text.
QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}
QString summaryOf(const ReviewDialog &dialog)
{
    return plainText(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text());
}
QString lineHelpOf(const ReviewDialog &dialog)
{
    const auto *help = dialog.findChild<QTextBrowser *>(QStringLiteral("lineHelp"));
    return help ? help->toPlainText() : QString();
}

const QString SnapshotReason = QStringLiteral("This is a snapshot: reviewing works, applying does not.");

// The review of `addresses` on a snapshot at `root` (the GUI's in-process planner, as MainWindow uses it for
// --root), shown and answered.
struct SnapshotReview
{
    LocalPlanService service;
    ReviewDialog dialog;

    SnapshotReview(const QString &root, const QStringList &addresses)
        : service(root, SnapshotReason),
          dialog(&service, ReviewDialog::Mode::Apply, addresses, SnapshotReason)
    {
        service.setTopology(TopologyScanner(root).scan());
        dialog.show();
        dialog.start();
    }
    bool reviewed() const { return dialog.phase() == ReviewDialog::Phase::Reviewing; }
    QStringList paths() const
    {
        QStringList result;
        for (const PreviewPlan::File &file : dialog.plan().files)
            result.append(file.path);
        return result;
    }
};

// A snapshot root made of the `seed` fixture's sys/, proc/ and lib/, Debian's update-initramfs (an empty
// stand-in: the generator is detected, not run) and an etc/ of its own, holding the vfio.conf that Apply of
// `configured` writes (VFIO Isolator's own block).
bool makeConfiguredSnapshot(const QString &root, const QStringList &configured)
{
    const QString seed = test::fixture(QStringLiteral("seed"));
    for (const QString &dir : {QStringLiteral("sys"), QStringLiteral("proc"), QStringLiteral("lib")}) {
        if (!QFile::link(seed + QLatin1Char('/') + dir, root + QLatin1Char('/') + dir))
            return false;
    }
    PlanOptions options;
    options.backend = QStringLiteral("initramfs-tools");
    const HelperPlan plan = makeHelperPlan(TopologyScanner(root).scan(), root, configured, options);
    if (!plan.ok() || plan.files.isEmpty() || plan.files.first().path != VfioConfig::path())
        return false;
    if (!QDir(root).mkpath(QStringLiteral("etc/modprobe.d")) ||
        !QDir(root).mkpath(QStringLiteral("usr/sbin")))
        return false;
    QFile tool(root + QStringLiteral("/usr/sbin/update-initramfs"));
    if (!tool.open(QIODevice::WriteOnly))
        return false;
    tool.close();
    QFile file(root + VfioConfig::path());
    return file.open(QIODevice::WriteOnly) && file.write(plan.files.first().newContent.toUtf8()) > 0;
}

// The snapshot the reviews of what changes hands start from: the GPU (02:00.0 and 02:00.1) configured.
bool makeGpuConfiguredSnapshot(const QTemporaryDir &dir)
{
    return dir.isValid() && makeConfiguredSnapshot(
                                dir.path(), {QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
}
} // namespace

class TestGuiReview : public QObject
{
    Q_OBJECT

private slots:
    void parsesThePlan();
    void diffMarksChangedLines();
    void showsThePreviewThenApplies();
    void failureSaysTheOldConfigurationIsInPlace();
    void refusedPlanCannotBeApplied();
    void undoStartsAtOnce();
    void unreachableBusIsExplainedQuickly();
    void busWithoutHelperIsExplained();
    void endToEndOverAPrivateBus();
    void snapshotReviewShowsTheFilesOfWhatIsTicked();
    void reviewSaysWhatIsAddedAndKept();
    void reviewSaysWhatIsRemoved();
    void reviewOfNothingTickedRemovesEverything();
    void reviewOfTheConfiguredTicksChangesNothing();
    void handWrittenConfigurationIsNotRemoved();
    void longLinesWrapAndEachKindOfLineIsExplained();
    void dialogFitsTheScreenWithItsButtons();
};

void TestGuiReview::parsesThePlan()
{
    const PreviewPlan plan = PreviewPlan::fromJson(PlanJson);
    QVERIFY(plan.ok);
    QCOMPARE(plan.files.size(), 2);
    QVERIFY(plan.files.at(0).oldContent.has_value());
    QVERIFY(!plan.files.at(1).oldContent.has_value());
    QCOMPARE(plan.commands.at(0).at(0), QStringLiteral("/usr/sbin/update-initramfs"));
    QCOMPARE(plan.devices.at(1).address, QStringLiteral("0000:02:00.1"));
    const PreviewPlan broken = PreviewPlan::fromJson(QStringLiteral("{not json"));
    QVERIFY(!broken.ok);
    QCOMPARE(broken.errors.size(), 1);
    QVERIFY(broken.errors.at(0).contains(QStringLiteral("reinstall")));
}

void TestGuiReview::diffMarksChangedLines()
{
    const QString diff = lineDiff(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nc\nd"));
    QCOMPARE(diff, QStringLiteral("  a\n- b\n+ B\n  c\n+ d"));
    QCOMPARE(lineDiff(QStringLiteral("same"), QStringLiteral("same")), QStringLiteral("  same"));
}

void TestGuiReview::showsThePreviewThenApplies()
{
    test::FakeHelper helper;
    helper.planJson = PlanJson;
    ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, Selection, QString());
    dialog.show();
    dialog.start();
    QCOMPARE(dialog.phase(), ReviewDialog::Phase::AskingPreview);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Reviewing);
    QVERIFY(dialog.applyButton()->isEnabled());
    auto *files = dialog.findChild<QListWidget *>(QStringLiteral("fileList"));
    QCOMPARE(files->count(), 2);
    QVERIFY(files->item(1)->text().contains(QStringLiteral("(new)")));
    const QString shown = dialog.findChild<QPlainTextEdit *>(QStringLiteral("fileView"))->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("+ options vfio-pci ids=1234:1111,8086:293e")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("  # mine")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("commandsLabel"))
                ->text()
                .contains(QStringLiteral("update-initramfs -u -k all")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QStringLiteral("boot GPU")));

    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.phase(), ReviewDialog::Phase::Running);
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Succeeded);
    QCOMPARE(helper.applied, Selection);
    QVERIFY2(dialog.bannerText().startsWith(QStringLiteral("Restart to finish.")),
             qPrintable(dialog.bannerText()));
    QVERIFY(dialog.bannerText().contains(QStringLiteral("02:00.0 and 02:00.1")));
    const QString output = outputOf(dialog)->toPlainText();
    QVERIFY(output.contains(QStringLiteral("== Regenerating the initramfs")));
    QVERIFY(output.contains(QStringLiteral("output of: Writing /etc/modprobe.d/vfio.conf")));
    auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QCOMPARE(bar->value(), bar->maximum());
}

void TestGuiReview::failureSaysTheOldConfigurationIsInPlace()
{
    test::FakeHelper helper;
    helper.planJson = PlanJson;
    helper.succeed = false;
    helper.finishMessage = QStringLiteral("update-initramfs: failed to write /boot");
    ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, Selection, QString());
    dialog.show();
    dialog.start();
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Reviewing);
    dialog.applyButton()->click();
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Failed);
    QVERIFY(dialog.bannerText().contains(QStringLiteral("failed to write /boot")));
    QVERIFY(dialog.bannerText().contains(QStringLiteral("previous configuration is in place")));
}

void TestGuiReview::refusedPlanCannotBeApplied()
{
    test::FakeHelper helper;
    helper.planJson =
        QStringLiteral(R"({"ok": false, "errors": ["02:00.1 is in IOMMU group 8 but is not selected."],
                                         "warnings": [], "files": [], "commands": [], "devices": []})");
    ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, {QStringLiteral("0000:02:00.0")}, QString());
    dialog.show();
    dialog.start();
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Reviewing);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.bannerText().contains(QStringLiteral("not selected")));
}

void TestGuiReview::undoStartsAtOnce()
{
    test::FakeHelper helper;
    ReviewDialog dialog(&helper, ReviewDialog::Mode::Revert, {}, QString());
    dialog.show();
    dialog.start(); // one click in the window: no second confirmation
    QCOMPARE(dialog.phase(), ReviewDialog::Phase::Running);
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Succeeded);
    QCOMPARE(helper.reverts, 1);
    QCOMPARE(helper.previews, 0);
}

void TestGuiReview::unreachableBusIsExplainedQuickly()
{
    const QDBusConnection nowhere = QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/vfio-isolator-test-bus"), QStringLiteral("h4-nowhere"));
    QVERIFY(!nowhere.isConnected());
    DbusHelperService helper(nowhere);
    ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, Selection, QString());
    dialog.show();
    QElapsedTimer timer;
    timer.start();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), ReviewDialog::Phase::PreviewFailed, 2000);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(dialog.bannerText().contains(QStringLiteral("helper is not reachable")),
             qPrintable(dialog.bannerText()));
    QVERIFY(dialog.bannerText().contains(QStringLiteral("system bus cannot be reached")));
    QVERIFY(!dialog.applyButton()->isVisible());
    QDBusConnection::disconnectFromBus(QStringLiteral("h4-nowhere"));
}

void TestGuiReview::busWithoutHelperIsExplained()
{
    PrivateBus bus;
    if (bus.address().isEmpty())
        QFAIL("dbus-daemon could not be started (install dbus-daemon: scripts/setup.sh lists it)");
    const QDBusConnection connection =
        QDBusConnection::connectToBus(bus.address(), QStringLiteral("h4-empty"));
    QVERIFY(connection.isConnected());
    DbusHelperService helper(connection);
    ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, Selection, QString());
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), ReviewDialog::Phase::PreviewFailed, 5000);
    QVERIFY2(dialog.bannerText().contains(QStringLiteral("not installed")), qPrintable(dialog.bannerText()));
    QVERIFY(dialog.bannerText().contains(QStringLiteral("Nothing was changed")));
    QDBusConnection::disconnectFromBus(QStringLiteral("h4-empty"));
}

void TestGuiReview::endToEndOverAPrivateBus()
{
    PrivateBus bus;
    if (bus.address().isEmpty())
        QFAIL("dbus-daemon could not be started (install dbus-daemon: scripts/setup.sh lists it)");
    QDBusConnection server = QDBusConnection::connectToBus(bus.address(), QStringLiteral("h4-server"));
    BusHelper busHelper;
    QVERIFY(server.registerObject(helperinterface::objectPath(), &busHelper,
                                  QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY(server.registerService(helperinterface::busName()));

    const QDBusConnection client = QDBusConnection::connectToBus(bus.address(), QStringLiteral("h4-client"));
    DbusHelperService helper(client);
    {
        ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, Selection, QString());
        dialog.show();
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), ReviewDialog::Phase::Reviewing, 5000);
        QCOMPARE(dialog.plan().files.size(), 2);
        dialog.applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), ReviewDialog::Phase::Succeeded, 5000);
        QCOMPARE(busHelper.lastApply, Selection);
        QVERIFY(outputOf(dialog)->toPlainText().contains(QStringLiteral("Generating /boot/initrd.img")));
        QVERIFY(dialog.bannerText().contains(QStringLiteral("Restart to finish")));
    }
    {
        busHelper.busy = true;
        ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, Selection, QString());
        dialog.show();
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), ReviewDialog::Phase::Reviewing, 5000);
        dialog.applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.phase(), ReviewDialog::Phase::Failed, 5000);
        QVERIFY2(dialog.bannerText().contains(QStringLiteral("busy")), qPrintable(dialog.bannerText()));
        QVERIFY(dialog.bannerText().contains(QStringLiteral("previous configuration is in place")));
    }
    server.unregisterService(helperinterface::busName());
    QDBusConnection::disconnectFromBus(QStringLiteral("h4-client"));
    QDBusConnection::disconnectFromBus(QStringLiteral("h4-server"));
}

// Issue 7, item 1: `--root tests/data/seed`, 03:00.0 ticked. The snapshot holds no initramfs generator (only
// sys/, proc/ and the module index); the review used to be refused with "Nothing is ticked", no files and no
// command. It shows the files for what is ticked, and says separately that no generator was found and what
// would run on a Debian system.
void TestGuiReview::snapshotReviewShowsTheFilesOfWhatIsTicked()
{
    SnapshotReview review(test::fixture(QStringLiteral("seed")), {QStringLiteral("0000:03:00.0")});
    QTRY_VERIFY(review.reviewed());
    const PreviewPlan &plan = review.dialog.plan();
    QVERIFY2(plan.ok, qPrintable(plan.errors.join(QLatin1Char('\n'))));
    QCOMPARE(review.paths(), (QStringList{QStringLiteral("/etc/modprobe.d/vfio.conf"),
                                          QStringLiteral("/etc/initramfs-tools/modules")}));
    QVERIFY(plan.files.at(0).newContent.contains(QStringLiteral("0000:03:00.0")));
    QCOMPARE(plan.commands,
             (QList<QStringList>{{QStringLiteral("/usr/sbin/update-initramfs"), QStringLiteral("-u"),
                                  QStringLiteral("-k"), QStringLiteral("all")}}));
    QCOMPARE(review.dialog.findChild<QListWidget *>(QStringLiteral("fileList"))->count(), 2);

    const QString summary = summaryOf(review.dialog);
    QVERIFY2(!summary.contains(QStringLiteral("Nothing is ticked")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("03:00.0")), qPrintable(summary));
    // A notice of its own, apart from the errors (there are none) and the warnings.
    const qsizetype notice = summary.indexOf(QStringLiteral("About this review:"));
    QVERIFY2(notice >= 0, qPrintable(summary));
    QVERIFY(summary.indexOf(QStringLiteral("No initramfs generator was found in this snapshot"), notice) >
            notice);
    QVERIFY(
        summary.contains(QStringLiteral("as on a Debian or Ubuntu system, which builds its initramfs with "
                                        "initramfs-tools")));
    QVERIFY(summary.contains(QStringLiteral("then run /usr/sbin/update-initramfs -u -k all")));
    QVERIFY(!review.dialog.bannerText().contains(QStringLiteral("cannot be applied")));
    QVERIFY(review.dialog.findChild<QLabel *>(QStringLiteral("commandsLabel"))
                ->text()
                .contains(QStringLiteral("update-initramfs -u -k all")));
    // Still read-only.
    QVERIFY(!review.dialog.applyButton()->isEnabled());
    QVERIFY(review.dialog.bannerText().contains(QStringLiteral("snapshot")));

    // The GPU and its audio function (the boot GPU, ticked through the override) likewise.
    SnapshotReview gpu(test::fixture(QStringLiteral("seed")),
                       {QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
    QTRY_VERIFY(gpu.reviewed());
    QVERIFY(gpu.dialog.plan().ok);
    QVERIFY(gpu.dialog.plan().files.at(0).newContent.contains(
        QStringLiteral("options vfio-pci ids=1234:1111,8086:293e")));
}

// Issue 7, item 2 (the review's half): per device, what is kept (configured and still ticked), added (newly
// ticked) and removed (configured, now unticked).
// The configuration as it is, plus 03:00.0.
void TestGuiReview::reviewSaysWhatIsAddedAndKept()
{
    QTemporaryDir dir;
    QVERIFY(makeGpuConfiguredSnapshot(dir));
    SnapshotReview review(dir.path(), {QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1"),
                                       QStringLiteral("0000:03:00.0")});
    QTRY_VERIFY(review.reviewed());
    QVERIFY(review.dialog.plan().ok);
    const QString summary = summaryOf(review.dialog);
    const qsizetype added = summary.indexOf(QStringLiteral("Added (newly ticked)"));
    const qsizetype kept = summary.indexOf(QStringLiteral("Kept (configured already and still ticked)"));
    QVERIFY2(added >= 0 && kept > added, qPrintable(summary));
    QVERIFY(summary.indexOf(QStringLiteral("03:00.0")) > added);
    QVERIFY(summary.indexOf(QStringLiteral("03:00.0")) < kept);
    QVERIFY(summary.indexOf(QStringLiteral("02:00.0"), kept) > kept);
    QVERIFY(summary.indexOf(QStringLiteral("02:00.1"), kept) > kept);
    QVERIFY(!summary.contains(QStringLiteral("Removed")));
    // This root has its generator: no notice, and the system's generator with the word explained.
    QVERIFY(!summary.contains(QStringLiteral("About this review")));
    QVERIFY2(summary.contains(QStringLiteral("This system builds its initramfs with initramfs-tools (the "
                                             "initramfs is the small file system the kernel starts from")),
             qPrintable(summary));
}

// The GPU unticked, the network card ticked instead.
void TestGuiReview::reviewSaysWhatIsRemoved()
{
    QTemporaryDir dir;
    QVERIFY(makeGpuConfiguredSnapshot(dir));
    SnapshotReview review(dir.path(), {QStringLiteral("0000:03:00.0")});
    QTRY_VERIFY(review.reviewed());
    const QString summary = summaryOf(review.dialog);
    const qsizetype removed = summary.indexOf(QStringLiteral("Removed (configured now, no longer ticked)"));
    QVERIFY2(removed >= 0, qPrintable(summary));
    QVERIFY(summary.indexOf(QStringLiteral("02:00.0 (VGA compatible controller) [1234:1111]"), removed) >
            removed);
    QVERIFY(summary.indexOf(QStringLiteral("02:00.1"), removed) > removed);
    QVERIFY(summary.contains(QStringLiteral("return to the host at the next boot")));
    QVERIFY(summary.indexOf(QStringLiteral("Added (newly ticked)")) < removed);
    QVERIFY(!summary.contains(QStringLiteral("Kept")));
}

// Nothing ticked any more: both removed.
void TestGuiReview::reviewOfNothingTickedRemovesEverything()
{
    QTemporaryDir dir;
    QVERIFY(makeGpuConfiguredSnapshot(dir));
    SnapshotReview review(dir.path(), {});
    QTRY_VERIFY(review.reviewed());
    const QString summary = summaryOf(review.dialog);
    QVERIFY2(summary.contains(QStringLiteral("Nothing is ticked")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Removed")));
    QVERIFY(review.paths().contains(VfioConfig::path()));
}

// The same ticks as configured: nothing changes hands.
void TestGuiReview::reviewOfTheConfiguredTicksChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(makeGpuConfiguredSnapshot(dir));
    SnapshotReview review(dir.path(), {QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
    QTRY_VERIFY(review.reviewed());
    const QString summary = summaryOf(review.dialog);
    QVERIFY2(summary.contains(QStringLiteral("No device changes hands")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("Added")));
}

// seed-vfio's vfio.conf is written by hand (no VFIO Isolator block): its devices are configured (kept when
// ticked), and unticking them does not remove them, which the review says rather than promising it.
void TestGuiReview::handWrittenConfigurationIsNotRemoved()
{
    const QString root = test::fixture(QStringLiteral("seed-vfio"));
    {
        SnapshotReview review(root, {QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1")});
        QTRY_VERIFY(review.reviewed());
        const QString summary = summaryOf(review.dialog);
        QVERIFY2(summary.contains(QStringLiteral("Kept (configured already and still ticked)")),
                 qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("Added")));
    }
    {
        SnapshotReview review(root, {});
        QTRY_VERIFY(review.reviewed());
        const QString summary = summaryOf(review.dialog);
        const qsizetype stays = summary.indexOf(QStringLiteral("Not removed"));
        QVERIFY2(stays >= 0, qPrintable(summary));
        QVERIFY(summary.indexOf(QStringLiteral("02:00.0"), stays) > stays);
        QVERIFY(summary.contains(QStringLiteral("delete that line by hand")));
        QVERIFY(!summary.contains(QStringLiteral("Removed (")));
    }
}

// Issue 7, item 12: the long `install vfio-pci` line wraps in the view (the file's bytes are the same), and
// each kind of line is explained in one sentence made from the file's content.
void TestGuiReview::longLinesWrapAndEachKindOfLineIsExplained()
{
    SnapshotReview review(
        test::fixture(QStringLiteral("seed")),
        {QStringLiteral("0000:02:00.0"), QStringLiteral("0000:02:00.1"), QStringLiteral("0000:03:00.0")});
    QTRY_VERIFY(review.reviewed());
    const PreviewPlan &plan = review.dialog.plan();
    QVERIFY(plan.ok);
    // The file keeps its one-line hook.
    const QStringList lines = plan.files.at(0).newContent.split(QLatin1Char('\n'));
    const auto install = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral("install vfio-pci "));
    });
    QVERIFY(install != lines.cend());
    QVERIFY(install->contains(QStringLiteral("driver_override")) &&
            install->contains(QStringLiteral("exec /sbin/modprobe --ignore-install vfio-pci")));

    auto *view = review.dialog.findChild<QPlainTextEdit *>(QStringLiteral("fileView"));
    QCOMPARE(view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QVERIFY(view->toPlainText().contains(*install)); // shown whole, only wrapped
    QVERIFY(!view->horizontalScrollBar()->isVisible());

    const QString help = lineHelpOf(review.dialog);
    QVERIFY(help.startsWith(QStringLiteral("What the lines mean")));
    QTRY_COMPARE(
        review.dialog.findChild<QTextBrowser *>(QStringLiteral("lineHelp"))->verticalScrollBar()->value(), 0);
    QVERIFY2(
        help.contains(QStringLiteral("options vfio-pci ids=…: when vfio-pci loads, it takes every device "
                                     "with one of these vendor:device IDs (1234:1111, 8086:293e)")),
        qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("softdep … pre: vfio-pci (for bochs, e1000e, snd_hda_intel)")));
    QVERIFY(help.contains(QStringLiteral("install vfio-pci … (one long line in the file, wrapped here)")));
    QVERIFY(help.contains(QStringLiteral("vfio_isolator=off")));
    QVERIFY(help.contains(QStringLiteral("driver_override file of 0000:03:00.0")));
    QVERIFY(help.contains(QStringLiteral("comments")));
    QVERIFY(help.contains(QStringLiteral("marker lines")));

    // The initramfs configuration: its module lines, and the word "initramfs" in the summary.
    review.dialog.findChild<QListWidget *>(QStringLiteral("fileList"))->setCurrentRow(1);
    const QString modules = lineHelpOf(review.dialog);
    QVERIFY2(
        modules.contains(QStringLiteral("initramfs-tools puts each module named here into the initramfs")),
        qPrintable(modules));
    QVERIFY(modules.contains(QStringLiteral("vfio_pci")));
    QVERIFY(summaryOf(review.dialog)
                .contains(QStringLiteral("The initramfs is the small file system the kernel starts from")));
}

// Issue 7, item 7: the dialog fits the screen's available area (the offscreen screen is 800x600, smaller
// than the dialog's usual 980x680), and Apply and Close are inside it even when the plan's text is long.
void TestGuiReview::dialogFitsTheScreenWithItsButtons()
{
    test::FakeHelper helper;
    QString warnings;
    for (int i = 0; i < 40; ++i)
        warnings +=
            QStringLiteral(R"(,"Warning number %1, long enough to take a line of its own in the summary.")")
                .arg(i);
    helper.planJson = QString(PlanJson).replace(QStringLiteral(R"(["02:00.0 is the boot GPU."])"),
                                                QStringLiteral(R"(["02:00.0 is the boot GPU.")") + warnings +
                                                    QLatin1Char(']'));
    ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, Selection, QString());
    dialog.show();
    dialog.start();
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Reviewing);
    QCOMPARE(dialog.plan().warnings.size(), 41);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRect available = dialog.screen()->availableGeometry();
    QVERIFY2(available.contains(dialog.frameGeometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                                        .arg(dialog.frameGeometry().width())
                                                                        .arg(dialog.frameGeometry().height())
                                                                        .arg(available.width())
                                                                        .arg(available.height())));
    auto *close =
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close);
    for (QWidget *button : {static_cast<QWidget *>(dialog.applyButton()), static_cast<QWidget *>(close)}) {
        QVERIFY(button->isVisible());
        const QRect inDialog(button->mapTo(&dialog, QPoint(0, 0)), button->size());
        QVERIFY2(dialog.rect().contains(inDialog), qPrintable(button->objectName()));
    }
    // The long summary scrolls instead, whole (not squeezed).
    auto *area = dialog.findChild<QScrollArea *>(QStringLiteral("contentArea"));
    QTRY_VERIFY(area->verticalScrollBar()->isVisible());
    const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    const QString sizes = QStringLiteral("label %1 of %2, content %3x%4, viewport %5x%6")
                              .arg(summary->height())
                              .arg(summary->heightForWidth(summary->width()))
                              .arg(area->widget()->width())
                              .arg(area->widget()->height())
                              .arg(area->viewport()->width())
                              .arg(area->viewport()->height()) +
                          QStringLiteral(" hfw %1 min %2 hashfw %3")
                              .arg(area->widget()->heightForWidth(area->viewport()->width()))
                              .arg(area->widget()->minimumSizeHint().height())
                              .arg(area->widget()->hasHeightForWidth());
    QTRY_VERIFY2(summary->height() >= summary->heightForWidth(summary->width()), qPrintable(sizes));
    QVERIFY2(area->widget()->width() <= area->viewport()->width(), qPrintable(sizes));
}

QTEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
