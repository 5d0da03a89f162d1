// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven by the keyboard alone (issue 12): Ctrl+F to the filter, a filter typed, Down into
// the list, Space ticks a group, Enter opens the review, Tab to Apply and Enter, Escape closes; on the seed
// fixture with the stand-in helper. Also what a screen reader is told: names on the controls, the tick and
// the state in words, and each banner's kind beside its colour.
#include "DeviceFilterModel.h"
#include "DeviceTreeModel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReviewDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace vfio;

namespace {
// The helper's answer for group 9 (the 82574 network card at 03:00.0, alone in its group).
const QString PlanJson = QStringLiteral(
    R"({"ok": true, "errors": [], "warnings": [], "distribution": "debian",
  "files": [{"path": "/etc/modprobe.d/vfio.conf", "reason": "vfio-pci takes the devices", "old": null,
             "new": "# >>> VFIO Isolator\noptions vfio-pci ids=8086:10d3\n"}],
  "commands": [["/usr/sbin/update-initramfs", "-u", "-k", "all"]],
  "devices": [{"address": "0000:03:00.0", "binding": "address", "reason": "03:00.0 is bound by its address"}]})");

struct Fixture
{
    test::FakeHelper *helper = nullptr;
    int confirmations = 0;
    std::unique_ptr<MainWindow> window;
};

std::unique_ptr<Fixture> seedWindow()
{
    auto fixture = std::make_unique<Fixture>();
    auto helper = std::make_unique<test::FakeHelper>();
    helper->planJson = PlanJson;
    helper->finishMessage = QStringLiteral("03:00.0 goes to vfio-pci at the next boot.");
    fixture->helper = helper.get();
    fixture->window = std::make_unique<MainWindow>(
        MainWindow::Source{test::fixture(QStringLiteral("seed")), false}, std::move(helper));
    fixture->window->setConfirmer([raw = fixture.get()](const QString &, const QString &) {
        ++raw->confirmations;
        return true;
    });
    fixture->window->resize(1280, 800);
    fixture->window->show();
    return fixture;
}

// Where the keyboard is: the key goes to the focus widget, as it would from a real keyboard.
QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "no widget has the keyboard");
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}
} // namespace

class TestGuiKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theWholeApplyFlowWithoutAMouse();
    void enterWithNothingTickedSaysWhy();
    void enterInTheFileListDoesNotApply();
    void controlsHaveAccessibleNames();
    void theTickAndStateAreWords();
    void bannersHaveAnIconAndAKindInWords();
};

void TestGuiKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestGuiKeyboard::theWholeApplyFlowWithoutAMouse()
{
    auto fixture = seedWindow();
    MainWindow &window = *fixture->window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTreeView *tree = window.tree();
    tree->setFocus(); // the keyboard starts somewhere else than the filter
    QTRY_COMPARE(focused(), tree);

    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(focused(), filter);
    QTest::keyClicks(focused(), QStringLiteral("03:00.0"));
    QCOMPARE(filter->text(), QStringLiteral("03:00.0"));
    QTRY_COMPARE(window.filterModel()->rowCount(), 1); // group 9 alone
    press(Qt::Key_Down);
    QTRY_COMPARE(focused(), tree);
    QCOMPARE(tree->currentIndex().data(DeviceTreeModel::GroupRole).toInt(), 9);
    QVERIFY(tree->currentIndex().data(DeviceTreeModel::IsGroupRole).toBool());

    press(Qt::Key_Space); // ticks the group, and so its device
    QTRY_COMPARE(test::checkOf(window, "0000:03:00.0"), Qt::Checked);
    QCOMPARE(fixture->confirmations, 0);

    press(Qt::Key_Return);
    ReviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ReviewDialog *>()) != nullptr);
    QTRY_COMPARE(dialog->phase(), ReviewDialog::Phase::Reviewing);
    QTRY_VERIFY(focused() && focused()->window() == dialog);
    for (int tabs = 0; tabs < 20 && focused() != dialog->applyButton(); ++tabs)
        press(Qt::Key_Tab);
    QCOMPARE(focused(), dialog->applyButton());
    press(Qt::Key_Return);
    QTRY_COMPARE(dialog->phase(), ReviewDialog::Phase::Succeeded);
    QCOMPARE(fixture->helper->applied, QStringList{QStringLiteral("0000:03:00.0")});
    QVERIFY2(dialog->bannerText().startsWith(QStringLiteral("Restart to finish.")),
             qPrintable(dialog->bannerText()));

    // The window shows the result: the tick is now what is configured. Escape closes the review and the
    // keyboard is back in the list.
    const QString summary = window.findChild<QLabel *>(QStringLiteral("selectionLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("as configured now: 03:00.0")), qPrintable(summary));
    const QPointer<ReviewDialog> closing(dialog);
    press(Qt::Key_Escape);
    QTRY_VERIFY(closing.isNull());
    QTRY_COMPARE(focused(), tree);
}

void TestGuiKeyboard::enterWithNothingTickedSaysWhy()
{
    auto fixture = seedWindow();
    MainWindow &window = *fixture->window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(focused(), window.findChild<QLineEdit *>(QStringLiteral("filterEdit")));
    press(Qt::Key_Return); // Enter from the filter goes into the list too
    QTRY_COMPARE(focused(), window.tree());
    QVERIFY(window.tree()->currentIndex().isValid());
    press(Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(window.findChild<ReviewDialog *>() == nullptr);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("tick a device with Space")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestGuiKeyboard::enterInTheFileListDoesNotApply()
{
    test::FakeHelper helper;
    helper.planJson = PlanJson;
    ReviewDialog dialog(&helper, ReviewDialog::Mode::Apply, {QStringLiteral("0000:03:00.0")}, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.start();
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Reviewing);
    auto *files = dialog.findChild<QListWidget *>(QStringLiteral("fileList"));
    files->setFocus();
    QTRY_COMPARE(focused(), files);
    press(Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(dialog.phase(), ReviewDialog::Phase::Reviewing); // Apply wants the focus on it
    QVERIFY(helper.applied.isEmpty());
    dialog.applyButton()->setFocus();
    QTRY_COMPARE(focused(), dialog.applyButton());
    press(Qt::Key_Space);
    QTRY_COMPARE(dialog.phase(), ReviewDialog::Phase::Succeeded);
    QCOMPARE(helper.applied, QStringList{QStringLiteral("0000:03:00.0")});
}

void TestGuiKeyboard::controlsHaveAccessibleNames()
{
    auto fixture = seedWindow();
    MainWindow &window = *fixture->window;
    // Every control a person works with has a name or words of its own a screen reader says.
    for (QWidget *control : window.findChildren<QWidget *>()) {
        const bool interactive = control->focusPolicy() != Qt::NoFocus && control->isVisibleTo(&window) &&
                                 control->parentWidget() && !control->inherits("QScrollBar") &&
                                 !control->inherits("QMenu") && control->objectName().size() > 0 &&
                                 !control->objectName().startsWith(QLatin1String("qt_"));
        if (!interactive)
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(control);
        const bool named = !control->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named, qPrintable(control->objectName()));
    }
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter->accessibleDescription().contains(QStringLiteral("Ctrl+F")));
    QVERIFY(window.tree()->accessibleDescription().contains(QStringLiteral("Space")));

    ReviewDialog dialog(fixture->helper, ReviewDialog::Mode::Apply, {QStringLiteral("0000:03:00.0")},
                        QString());
    QVERIFY(!dialog.applyButton()->accessibleDescription().isEmpty());
    for (const char *name : {"fileList", "fileView", "lineHelp", "outputView", "statusBanner", "progressBar"})
        QVERIFY2(!dialog.findChild<QWidget *>(QLatin1String(name))->accessibleName().isEmpty(), name);
}

void TestGuiKeyboard::theTickAndStateAreWords()
{
    auto fixture = seedWindow();
    MainWindow &window = *fixture->window;
    const QModelIndex nic = test::rowOf(window, "0000:03:00.0");
    const QString before = nic.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(before.contains(QStringLiteral("03:00.0")) && before.contains(QStringLiteral("not ticked")),
             qPrintable(before));
    const QString state = test::rowOf(window, "0000:03:00.0", DeviceTreeModel::StateColumn).data().toString();
    QVERIFY2(before.endsWith(state), qPrintable(before));
    window.filterModel()->setData(nic, Qt::Checked, Qt::CheckStateRole);
    const QString after = test::rowOf(window, "0000:03:00.0").data(Qt::AccessibleTextRole).toString();
    QVERIFY2(after.contains(QStringLiteral("ticked for vfio-pci")), qPrintable(after));
    const QString bridge = test::rowOf(window, "0000:00:1c.0").data(Qt::AccessibleTextRole).toString();
    QVERIFY2(bridge.contains(QStringLiteral("cannot be ticked")), qPrintable(bridge));
    QVERIFY(!nic.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
}

void TestGuiKeyboard::bannersHaveAnIconAndAKindInWords()
{
    auto fixture = seedWindow();
    MainWindow &window = *fixture->window;
    auto *banner = window.findChild<QLabel *>(QStringLiteral("infoBanner"));
    auto *icon = window.findChild<QLabel *>(QStringLiteral("infoBannerIcon"));
    // A root port cannot be ticked: a problem banner, with its icon and the word.
    window.filterModel()->setData(test::rowOf(window, "0000:00:1c.0"), Qt::Checked, Qt::CheckStateRole);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(icon->isVisible());
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(banner->accessibleDescription(), QStringLiteral("Problem"));
    // The snapshot banner says read-only, in words and by its icon.
    auto *snapshot = window.findChild<QLabel *>(QStringLiteral("sampleBanner"));
    auto *snapshotIcon = window.findChild<QLabel *>(QStringLiteral("sampleBannerIcon"));
    QVERIFY(snapshot->isVisible() && snapshotIcon->isVisible());
    QVERIFY(snapshot->text().contains(QStringLiteral("read-only")));
    QCOMPARE(snapshotIcon->accessibleName(), QStringLiteral("Read-only"));
}

QTEST_MAIN(TestGuiKeyboard)
#include "tst_gui_keyboard.moc"
