// The main window on the seed fixture, driven like a person would: keyboard on the tree, confirmations,
// banners, details, rescans, the no-IOMMU page and the sample machine.
#include "DeviceFilterModel.h"
#include "DeviceTreeModel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReviewDialog.h"
#include "SampleMachine.h"

#include <QLabel>
#include <QPushButton>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace vfio;

namespace {
QModelIndex rowOf(MainWindow &window, const char *address, int column = 0)
{
    const QModelIndex source =
        window.model()->indexOf(*PciAddress::parse(QString::fromLatin1(address)), column);
    return window.filterModel()->mapFromSource(source);
}

Qt::CheckState checkOf(MainWindow &window, const char *address)
{
    return static_cast<Qt::CheckState>(rowOf(window, address).data(Qt::CheckStateRole).toInt());
}

// Clicks the check box of a row with the mouse, where the style draws it.
void clickCheckBox(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
}

struct Confirmations
{
    int asked = 0;
    bool answer = true;
    QStringList texts;
};

std::unique_ptr<MainWindow> seedWindow(Confirmations &confirmations)
{
    auto window =
        std::make_unique<MainWindow>(MainWindow::Source{test::fixture(QStringLiteral("seed")), false},
                                     std::make_unique<test::FakeHelper>());
    window->setConfirmer([&confirmations](const QString &, const QString &text) {
        ++confirmations.asked;
        confirmations.texts.append(text);
        return confirmations.answer;
    });
    window->resize(1280, 800);
    window->show();
    return window;
}
} // namespace

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void tickingTheVgaTicksItsAudioFunction();
    void declinedOverrideTicksNothing();
    void mouseClickTicksAndUnticks();
    void rootPortRefusalIsShown();
    void detailsFollowTheCurrentRow();
    void rescanKeepsChecksExpansionAndCurrentRow();
    void noIommuShowsTheExplanation();
    void sampleMachineIsLabelledAndReadOnly();
};

void TestGuiMainWindow::tickingTheVgaTicksItsAudioFunction()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    QTreeView *view = window->tree();
    view->setFocus();
    view->setCurrentIndex(rowOf(*window, "0000:02:00.0"));
    QTest::keyClick(view, Qt::Key_Space);
    // The VGA is the boot GPU: two confirmations, then the whole group 8 is ticked.
    QTRY_COMPARE(confirmations.asked, 2);
    QVERIFY(confirmations.texts.at(0).contains(QStringLiteral("boot")));
    QTRY_COMPARE(checkOf(*window, "0000:02:00.0"), Qt::Checked);
    QCOMPARE(checkOf(*window, "0000:02:00.1"), Qt::Checked);
    QVERIFY2(window->bannerText().contains(QStringLiteral("02:00.1 (Audio device) is in IOMMU group 8")),
             qPrintable(window->bannerText()));
    QCOMPARE(window->model()->selection().checked().size(), 2);
}

void TestGuiMainWindow::declinedOverrideTicksNothing()
{
    Confirmations confirmations;
    confirmations.answer = false;
    auto window = seedWindow(confirmations);
    QTreeView *view = window->tree();
    view->setFocus();
    view->setCurrentIndex(rowOf(*window, "0000:02:00.1"));
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_COMPARE(confirmations.asked, 1); // "no" at the first question ends it
    QTest::qWait(50);
    QCOMPARE(confirmations.asked, 1);
    QCOMPARE(checkOf(*window, "0000:02:00.0"), Qt::Unchecked);
    QCOMPARE(checkOf(*window, "0000:02:00.1"), Qt::Unchecked);
    QVERIFY(window->bannerText().contains(QStringLiteral("Not ticked")));
}

void TestGuiMainWindow::mouseClickTicksAndUnticks()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    QTreeView *view = window->tree();
    clickCheckBox(view, rowOf(*window, "0000:01:02.0"));
    QTRY_COMPARE(checkOf(*window, "0000:01:02.0"), Qt::Checked);
    QCOMPARE(checkOf(*window, "0000:01:01.0"), Qt::Checked); // same group 3
    QCOMPARE(confirmations.asked, 0);
    clickCheckBox(view, rowOf(*window, "0000:01:01.0"));
    QTRY_COMPARE(checkOf(*window, "0000:01:02.0"), Qt::Unchecked);
    QVERIFY(window->bannerText().contains(QStringLiteral("whole or not at all")));
}

void TestGuiMainWindow::rootPortRefusalIsShown()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    QTreeView *view = window->tree();
    const QModelIndex rootPort = rowOf(*window, "0000:00:1c.0");
    QVERIFY(!(rootPort.flags() & Qt::ItemIsUserCheckable));
    QVERIFY(rootPort.data(Qt::ToolTipRole).toString().contains(QStringLiteral("root port")));
    // Space on the row and a click where a box would be change nothing ...
    view->setFocus();
    view->setCurrentIndex(rootPort);
    QTest::keyClick(view, Qt::Key_Space);
    clickCheckBox(view, rootPort);
    QVERIFY(window->model()->selection().isEmpty());
    // ... and asking the model directly, as a view would, is refused with the reason in the banner.
    QVERIFY(!view->model()->setData(rootPort, Qt::Checked, Qt::CheckStateRole));
    QVERIFY2(window->bannerText().contains(QStringLiteral("PCIe root port")),
             qPrintable(window->bannerText()));
    QVERIFY(window->bannerText().contains(QStringLiteral("stay with the host")));
    QVERIFY(window->model()->selection().isEmpty());
    QCOMPARE(confirmations.asked, 0);
}

void TestGuiMainWindow::detailsFollowTheCurrentRow()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    window->tree()->setCurrentIndex(rowOf(*window, "0000:02:00.0"));
    const QString details = window->detailsText();
    QVERIFY(details.contains(QStringLiteral("0000:02:00.0")));
    QVERIFY(details.contains(QStringLiteral("Reset methods")));
    QVERIFY(details.contains(QStringLiteral("bochs")));                      // kernel module
    QVERIFY(details.contains(QStringLiteral("functions of the same card"))); // why in group 8
    QVERIFY(details.contains(QStringLiteral("02:00.1")));                    // the other member
    QVERIFY(details.contains(QStringLiteral("boot GPU")));
    window->tree()->setCurrentIndex(rowOf(*window, "0000:01:01.0"));
    QVERIFY2(window->detailsText().contains(QStringLiteral("bridge 00:05.0")),
             qPrintable(window->detailsText()));
    window->tree()->setCurrentIndex(rowOf(*window, "0000:03:00.0"));
    QVERIFY(window->detailsText().contains(QStringLiteral("alone in IOMMU group 9")));
}

void TestGuiMainWindow::rescanKeepsChecksExpansionAndCurrentRow()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    QVERIFY(window->model()->tickWithOverride(*PciAddress::parse(QStringLiteral("0000:02:00.0"))));
    window->model()->setData(window->model()->indexOf(*PciAddress::parse(QStringLiteral("0000:03:00.0"))),
                             Qt::Checked, Qt::CheckStateRole);
    QTreeView *view = window->tree();
    const QModelIndex group7 = window->filterModel()->mapFromSource(window->model()->indexOfGroup(7));
    view->collapse(group7);
    view->setCurrentIndex(rowOf(*window, "0000:04:00.0"));

    window->rescan();

    QCOMPARE(window->model()->selection().checked().size(), 3);
    QCOMPARE(checkOf(*window, "0000:02:00.1"), Qt::Checked);
    QCOMPARE(checkOf(*window, "0000:03:00.0"), Qt::Checked);
    QCOMPARE(confirmations.asked, 0); // the override given before is kept
    QVERIFY(!view->isExpanded(window->filterModel()->mapFromSource(window->model()->indexOfGroup(7))));
    QVERIFY(view->isExpanded(window->filterModel()->mapFromSource(window->model()->indexOfGroup(8))));
    QCOMPARE(view->currentIndex().data(DeviceTreeModel::AddressRole).toString(),
             QStringLiteral("0000:04:00.0"));
}

void TestGuiMainWindow::noIommuShowsTheExplanation()
{
    MainWindow window(MainWindow::Source{test::fixture(QStringLiteral("noiommu")), false});
    window.show();
    QVERIFY(window.showsNoIommuPage());
    const QString text = window.findChild<QTextBrowser *>(QStringLiteral("noIommuText"))->toPlainText();
    // The system check's findings, as the CLI's `check` shows them: a snapshot, so "This snapshot".
    QVERIFY2(text.contains(QStringLiteral("This snapshot is not ready for passthrough yet")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("This computer")));
    QVERIFY(text.contains(QStringLiteral("[!] Action needed The kernel command line switches the IOMMU off "
                                         "with intel_iommu=off")));
    QVERIFY(text.contains(QStringLiteral("Fix: Remove intel_iommu=off from the kernel command line and add "
                                         "intel_iommu=on")));
    QVERIFY(text.contains(QStringLiteral("[✓] OK The firmware announces Intel VT-d")));
    QVERIFY(!text.contains(QStringLiteral("amd_iommu=on")));
    auto *review = window.findChild<QPushButton *>(QStringLiteral("reviewButton"));
    QVERIFY(!review->isEnabled());
    // "Explore a sample machine" opens the labelled, read-only sample.
    window.findChild<QPushButton *>(QStringLiteral("openSampleButton"))->click();
    QVERIFY(window.source().sample);
    QVERIFY(!window.showsNoIommuPage());
    QVERIFY(window.windowTitle().contains(QStringLiteral("SAMPLE")));
}

void TestGuiMainWindow::sampleMachineIsLabelledAndReadOnly()
{
    const QString root = sampleMachineRoot();
    QVERIFY(!root.isEmpty());
    MainWindow window(MainWindow::Source{root, true});
    window.show();
    QVERIFY(window.windowTitle().contains(QStringLiteral("SAMPLE")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("sampleBanner"))->isVisible());
    QVERIFY(window.model()->tickWithOverride(*PciAddress::parse(QStringLiteral("0000:03:00.0"))));
    ReviewDialog *dialog = window.openReview();
    // The plan is computed locally by the core and shown, but Apply stays disabled.
    QTRY_COMPARE(dialog->phase(), ReviewDialog::Phase::Reviewing);
    QVERIFY2(!dialog->plan().files.isEmpty(), qPrintable(dialog->bannerText()));
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(dialog->bannerText().contains(QStringLiteral("SAMPLE")));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("undoButton"))->isEnabled());
    dialog->close();
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
