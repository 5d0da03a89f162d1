// The review dialog: the helper's plan shown file by file, Apply with progress and streaming output, success
// and failure words, Undo; a helper that cannot be reached (no bus, bus without the helper) is said so
// quickly; and the same flow end to end over a private D-Bus bus with a stand-in helper object.
#include "DbusHelperService.h"
#include "GuiTestSupport.h"
#include "PreviewPlan.h"
#include "ReviewDialog.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
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
    QVERIFY(server.registerObject(QString::fromLatin1(DbusHelperService::Path), &busHelper,
                                  QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY(server.registerService(QString::fromLatin1(DbusHelperService::Service)));

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
    server.unregisterService(QString::fromLatin1(DbusHelperService::Service));
    QDBusConnection::disconnectFromBus(QStringLiteral("h4-client"));
    QDBusConnection::disconnectFromBus(QStringLiteral("h4-server"));
}

QTEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
