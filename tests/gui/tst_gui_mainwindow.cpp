// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the seed fixture, driven like a person would: keyboard on the tree, confirmations,
// banners, details, rescans, the no-IOMMU page and the sample machine.
#include "BannerStyle.h"
#include "DeviceFilterModel.h"
#include "DeviceTreeModel.h"
#include "GuiTestSupport.h"
#include "HardwareReportDialogs.h"
#include "MainWindow.h"
#include "ReviewDialog.h"
#include "SampleMachine.h"
#include "report/HardwareReport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace vfio;

namespace {
using test::checkOf;
using test::clickCheckBox;
using test::rowOf;

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
    void initTestCase();
    void tickingTheVgaTicksItsAudioFunction();
    void aHardwareReportOpensAsTheMachineItCameFrom();
    void declinedOverrideTicksNothing();
    void mouseClickTicksAndUnticks();
    void rootPortRefusalIsShown();
    void detailsFollowTheCurrentRow();
    void rescanKeepsChecksExpansionAndCurrentRow();
    void noIommuShowsTheExplanation();
    void sampleMachineIsLabelledAndReadOnly();
    // As a new user meets the window (issue 7).
    void configuredDevicesStartTicked();
    void theTreeDoesNotMoveWhenTheBannerChanges();
    void openingAnotherMachineAsksBeforeDroppingTicks();
    void aFilterThatHidesTheCurrentDeviceClearsItsDetails();
    void aFolderThatIsNoSystemSaysSo();
    void devicesWithoutAnIommuAreForLookingOnly();
    void bannersFollowADarkPalette();
    void theWindowFitsASmallScreenAndKeepsItsSize();
    void focusComesBackAfterADialog();
    void theTitleNamesTheAppOnce();
    void aDiskControllerIsTickedWithACaution();
};

void TestGuiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the remembered window size in a test folder
    QSettings().clear();
}

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
    QVERIFY(text.contains(
        QStringLiteral("Fix: Remove intel_iommu=off from the kernel command line (intel_iommu=on is "
                       "already there and stays)")));
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

void TestGuiMainWindow::configuredDevicesStartTicked()
{
    // seed-vfio's etc/modprobe.d/vfio.conf binds 1234:1111 and 8086:293e (02:00.0 and 02:00.1).
    MainWindow window(MainWindow::Source{test::fixture(QStringLiteral("seed-vfio")), false},
                      std::make_unique<test::FakeHelper>());
    int asked = 0;
    window.setConfirmer([&asked](const QString &, const QString &) { return ++asked, true; });
    window.show();
    QCOMPARE(test::checkOf(window, "0000:02:00.0"), Qt::Checked);
    QCOMPARE(test::checkOf(window, "0000:02:00.1"), Qt::Checked);
    QCOMPARE(window.model()->selection().checked().size(), 2);
    const QString summary = window.findChild<QLabel *>(QStringLiteral("selectionLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("as configured now")), qPrintable(summary));
    QVERIFY(window.bannerText().isEmpty()); // no host-critical question for what is configured already
    // Nothing was changed, so opening another machine drops nothing and asks nothing.
    window.openSource({test::fixture(QStringLiteral("seed")), false});
    QCOMPARE(asked, 0);
    QVERIFY(window.model()->selection().isEmpty()); // seed has no configuration
}

// Help > Make a hardware report writes what File > Open a hardware report reads back: the same groups and
// devices, the configured ones ticked, the report's file named in the title.
void TestGuiMainWindow::aHardwareReportOpensAsTheMachineItCameFrom()
{
    QTemporaryDir place;
    const QString file = place.filePath(QStringLiteral("report.tar.gz"));
    const QString machine = test::fixture(QStringLiteral("seed-vfio"));
    QVERIFY(report::writeHardwareReport(machine, file).ok());
    const auto folder = openHardwareReport(nullptr, file);
    QVERIFY(folder);
    MainWindow original(MainWindow::Source{machine, false}, std::make_unique<test::FakeHelper>());
    MainWindow readBack(MainWindow::Source{*folder, false, file}, std::make_unique<test::FakeHelper>());
    readBack.show();
    QVERIFY2(readBack.windowTitle().contains(file), qPrintable(readBack.windowTitle()));
    QCOMPARE(readBack.model()->rowCount(), original.model()->rowCount());
    for (int group = 0; group < original.model()->rowCount(); ++group) {
        const QModelIndex index = original.model()->index(group, 0);
        QCOMPARE(readBack.model()->rowCount(readBack.model()->index(group, 0)),
                 original.model()->rowCount(index));
        QCOMPARE(readBack.model()->index(group, 0).data(), index.data());
    }
    QCOMPARE(readBack.model()->selection().checked(), original.model()->selection().checked());
    QCOMPARE(test::checkOf(readBack, "0000:02:00.0"), Qt::Checked);
}

void TestGuiMainWindow::theTreeDoesNotMoveWhenTheBannerChanges()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    QTreeView *view = window->tree();
    const QModelIndex row = rowOf(*window, "0000:01:02.0");
    const auto where = [&] {
        QApplication::processEvents(); // let the layout follow the banner
        return view->viewport()->mapTo(window.get(), view->visualRect(row).topLeft());
    };
    const QPoint before = where();
    clickCheckBox(view, row); // ticks group 3: a banner of two sentences
    QTRY_COMPARE(checkOf(*window, "0000:01:02.0"), Qt::Checked);
    QVERIFY(!window->bannerText().isEmpty());
    QCOMPARE(where(), before);
    clickCheckBox(view, rowOf(*window, "0000:00:1c.0")); // refused: a root port, another banner
    view->model()->setData(rowOf(*window, "0000:00:1c.0"), Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(where(), before);
    clickCheckBox(view, row); // unticks
    QTRY_COMPARE(checkOf(*window, "0000:01:02.0"), Qt::Unchecked);
    QCOMPARE(where(), before);
}

void TestGuiMainWindow::openingAnotherMachineAsksBeforeDroppingTicks()
{
    Confirmations confirmations;
    confirmations.answer = false;
    auto window = seedWindow(confirmations);
    clickCheckBox(window->tree(), rowOf(*window, "0000:01:02.0"));
    QTRY_COMPARE(checkOf(*window, "0000:01:02.0"), Qt::Checked);
    auto *openSample = window->findChild<QAction *>(QStringLiteral("actionOpenSample"));
    openSample->trigger();
    QCOMPARE(confirmations.asked, 1);
    QVERIFY2(confirmations.texts.constLast().contains(QStringLiteral("not been applied")),
             qPrintable(confirmations.texts.constLast()));
    QVERIFY(confirmations.texts.constLast().contains(QStringLiteral("Ticked now: 01:01.0, 01:02.0.")));
    QVERIFY(!window->source().sample); // "No": still the seed, ticks kept
    QCOMPARE(checkOf(*window, "0000:01:02.0"), Qt::Checked);
    confirmations.answer = true;
    openSample->trigger();
    QCOMPARE(confirmations.asked, 2);
    QVERIFY(window->source().sample);
}

void TestGuiMainWindow::aFilterThatHidesTheCurrentDeviceClearsItsDetails()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    window->tree()->setCurrentIndex(rowOf(*window, "0000:01:02.0"));
    QVERIFY(window->detailsText().contains(QStringLiteral("0000:01:02.0")));
    window->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("02:00"));
    QVERIFY(!rowOf(*window, "0000:01:02.0").isValid()); // hidden by the filter
    QVERIFY2(!window->detailsText().contains(QStringLiteral("01:02.0")), qPrintable(window->detailsText()));
}

void TestGuiMainWindow::aFolderThatIsNoSystemSaysSo()
{
    QTemporaryDir folder;
    MainWindow window(MainWindow::Source{folder.path(), false}, std::make_unique<test::FakeHelper>());
    window.show();
    QVERIFY(window.showsNoIommuPage());
    const QString text = window.findChild<QTextBrowser *>(QStringLiteral("noIommuText"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("This folder is not a system snapshot")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("no readable sys/bus/pci/devices")));
    QVERIFY(!text.contains(QStringLiteral("This computer")));
    QVERIFY(!text.contains(QStringLiteral("IOMMU"))); // not a machine at all, so nothing about its IOMMU
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("showDevicesButton"))->isVisible());
}

void TestGuiMainWindow::devicesWithoutAnIommuAreForLookingOnly()
{
    MainWindow window(MainWindow::Source{test::fixture(QStringLiteral("noiommu")), false},
                      std::make_unique<test::FakeHelper>());
    window.show();
    auto *showDevices = window.findChild<QPushButton *>(QStringLiteral("showDevicesButton"));
    QCOMPARE(showDevices->text(), QStringLiteral("Show the devices anyway")); // not "this computer's"
    showDevices->click();
    QVERIFY(!window.showsNoIommuPage());
    const QString summary = window.findChild<QLabel *>(QStringLiteral("selectionLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("for looking only")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("tick the devices")));
    QVERIFY(!window.detailsText().contains(QStringLiteral("Tick a device")));
}

namespace {
int backgroundLightness(const QLabel *label)
{
    const QString sheet = label->styleSheet();
    const qsizetype at = sheet.indexOf(QStringLiteral("background: #"));
    return at < 0 ? -1 : QColor(sheet.mid(at + 12, 7)).lightness();
}
} // namespace

void TestGuiMainWindow::bannersFollowADarkPalette()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    window->setPalette(dark);
    clickCheckBox(window->tree(), rowOf(*window, "0000:01:02.0"));
    QTRY_VERIFY(!window->bannerText().isEmpty());
    auto *banner = window->findChild<QLabel *>(QStringLiteral("infoBanner"));
    auto *snapshot = window->findChild<QLabel *>(QStringLiteral("sampleBanner"));
    QVERIFY2(backgroundLightness(banner) >= 0, qPrintable(banner->styleSheet()));
    QVERIFY2(backgroundLightness(banner) < 90, qPrintable(banner->styleSheet()));
    QVERIFY2(backgroundLightness(snapshot) < 90, qPrintable(snapshot->styleSheet()));
    QVERIFY(banner->styleSheet().contains(QStringLiteral("color: #eeeeee")));
    window->setPalette(QPalette(QColor(0xef, 0xef, 0xef))); // and back to a light one
    QVERIFY2(backgroundLightness(banner) > 180, qPrintable(banner->styleSheet()));
}

void TestGuiMainWindow::theWindowFitsASmallScreenAndKeepsItsSize()
{
    QSettings().clear();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        MainWindow window(MainWindow::Source{test::fixture(QStringLiteral("seed")), false},
                          std::make_unique<test::FakeHelper>());
        window.show();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        // Everything fits a 1024x600 netbook screen.
        QVERIFY(window.minimumSizeHint().width() <= 1024);
        QVERIFY(window.minimumSizeHint().height() <= 560);
        window.resize(700, 500); // the person's choice
        window.close();
    }
    MainWindow again(MainWindow::Source{test::fixture(QStringLiteral("seed")), false},
                     std::make_unique<test::FakeHelper>());
    QCOMPARE(again.size(), QSize(700, 500));
}

void TestGuiMainWindow::focusComesBackAfterADialog()
{
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    QVERIFY(window->model()->tickWithOverride(*PciAddress::parse(QStringLiteral("0000:03:00.0"))));
    window->tree()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), window->tree());
    ReviewDialog *dialog = window->openReview();
    QTRY_VERIFY(QApplication::focusWidget() != window->tree());
    dialog->reject();
    QTRY_COMPARE(QApplication::focusWidget(), window->tree());
}

void TestGuiMainWindow::theTitleNamesTheAppOnce()
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("VFIO Isolator"));
    MainWindow window(MainWindow::Source{test::fixture(QStringLiteral("seed")), false},
                      std::make_unique<test::FakeHelper>());
    // Qt adds the display name to the title itself ("Snapshot … (read-only) — VFIO Isolator").
    QVERIFY2(!window.windowTitle().contains(QStringLiteral("VFIO Isolator")),
             qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
}

void TestGuiMainWindow::aDiskControllerIsTickedWithACaution()
{
    // seed: root=/dev/vda on the command line and no block devices in the snapshot.
    Confirmations confirmations;
    auto window = seedWindow(confirmations);
    clickCheckBox(window->tree(), rowOf(*window, "0000:00:01.0"));
    QTRY_COMPARE(checkOf(*window, "0000:00:01.0"), Qt::Checked); // not refused ...
    QVERIFY2(window->bannerText().contains(QStringLiteral("cannot tell which controller holds")),
             qPrintable(window->bannerText()));
    // ... but shown as a caution, not as the blue "what happened" banner.
    auto *banner = window->findChild<QLabel *>(QStringLiteral("infoBanner"));
    QCOMPARE(banner->styleSheet(), bannerStyleSheet(BannerKind::Problem, window->palette()));
    QCOMPARE(confirmations.asked, 0);
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
