// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Autostart.h"
#include "BannerStyle.h"
#include "DbusHelperService.h"
#include "DeviceDetails.h"
#include "DeviceFilterModel.h"
#include "DeviceTreeModel.h"
#include "HardwareReportDialogs.h"
#include "LocalPlanService.h"
#include "ReviewDialog.h"
#include "SampleMachine.h"
#include "SetupAssistant.h"
#include "SystemCheckHtml.h"
#include "UdevMonitor.h"
#include "topology/SystemRoot.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QTextDocument>

namespace vfio {

namespace {
const auto GeometryKey = QStringLiteral("window/geometry");
const QSize PreferredSize(1200, 720);

QString shortAddresses(const QList<PciAddress> &addresses)
{
    QStringList names;
    for (const PciAddress &address : addresses)
        names.append(address.toShortString());
    return names.join(QStringLiteral(", "));
}
} // namespace

MainWindow::MainWindow(const Source &source, std::unique_ptr<SystemChangeService> helper, QWidget *parent,
                       std::future<MachineReading> reading)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_model(new DeviceTreeModel(this)),
      m_filter(new DeviceFilterModel(this))
{
    m_ui->setupUi(this);
    if (helper) {
        m_helper = helper.release();
        m_helper->setParent(this);
        m_helperInjected = true;
    }
    m_confirm = [this](const QString &title, const QString &text) {
        rememberFocus();
        const bool yes = QMessageBox::warning(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                              QMessageBox::No) == QMessageBox::Yes;
        takeFocusBack();
        return yes;
    };
    setUpTree();
    connectFilters();
    connectModel();
    connectActions();
    setUpKeyboard();
    setUpTrayChoice();
    applyPaletteStyles();
    fitToScreen();
    load(source, reading.valid() ? std::optional<MachineReading>(reading.get()) : std::nullopt);
}

void MainWindow::setUpTree()
{
    m_filter->setSourceModel(m_model);
    QTreeView *view = m_ui->deviceTree;
    view->setModel(m_filter);
    view->sortByColumn(DeviceTreeModel::DeviceColumn, Qt::AscendingOrder);
    // The state matters most to a beginner: shown right after the name (the model keeps the documented
    // order). Widths keep the State column in view at 1024 pixels; long names elide (full text in details).
    view->header()->moveSection(DeviceTreeModel::StateColumn, 1);
    view->header()->setStretchLastSection(true);
    // Column widths from the first rows, not all of a big machine.
    view->header()->setResizeContentsPrecision(200);
    view->header()->resizeSection(DeviceTreeModel::DeviceColumn, 280);
    view->header()->resizeSection(DeviceTreeModel::StateColumn, 140);
    view->header()->resizeSection(DeviceTreeModel::ClassColumn, 120);
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({920, 340});
    // Group rows span the whole width so their summary is readable; spans are per row, so they are set again
    // whenever the filter or a rescan changes the rows.
    const auto refreshRows = [this, view] {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            view->setFirstColumnSpanned(row, {}, true);
        view->expandAll();
    };
    connect(m_filter, &QAbstractItemModel::layoutChanged, view, refreshRows);
    connect(m_filter, &QAbstractItemModel::rowsInserted, view, refreshRows);
    connect(m_filter, &QAbstractItemModel::modelReset, view, refreshRows);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateDetails);
}

void MainWindow::connectFilters()
{
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &DeviceFilterModel::setText);
    connect(m_ui->gpusOnlyCheck, &QCheckBox::toggled, m_filter, &DeviceFilterModel::setGpusOnly);
    connect(m_ui->hideBridgesCheck, &QCheckBox::toggled, m_filter, &DeviceFilterModel::setHideBridges);
    // A filter can hide the current row: the details must then not keep describing it.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetails);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateDetails);
}

void MainWindow::connectModel()
{
    // A caution (a storage controller when the controller of / is unknown) is shown like a problem.
    connect(m_model, &DeviceTreeModel::selectionExplained, this,
            [this](const QString &m, bool caution) { showBanner(m, caution); });
    connect(m_model, &DeviceTreeModel::tickRefused, this, [this](const QString &m) { showBanner(m, true); });
    // Queued: the question is asked after the click has been handled, outside the view's event.
    connect(m_model, &DeviceTreeModel::overrideRequested, this, &MainWindow::onOverrideRequested,
            Qt::QueuedConnection);
    connect(m_model, &DeviceTreeModel::selectionChanged, this, &MainWindow::updateSelectionSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
}

void MainWindow::connectActions()
{
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &MainWindow::openReview);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &MainWindow::openUndo);
    connect(m_ui->showDevicesButton, &QPushButton::clicked, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->devicesPage);
        m_ui->deviceTree->setFocus();
    });
    connect(m_ui->openSampleButton, &QPushButton::clicked, m_ui->actionOpenSample, &QAction::trigger);
    connect(m_ui->actionOpenSample, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_ui->actionOpenThisComputer, &QAction::triggered, this, [this] { openSource({}); });
    connect(m_ui->actionOpenRoot, &QAction::triggered, this, &MainWindow::chooseSnapshot);
    connect(m_ui->actionOpenReport, &QAction::triggered, this, &MainWindow::chooseHardwareReport);
    connect(m_ui->actionMakeReport, &QAction::triggered, this, &MainWindow::saveHardwareReport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRescan, &QAction::triggered, this, &MainWindow::rescan);
    connect(m_ui->actionExpandAll, &QAction::triggered, m_ui->deviceTree, &QTreeView::expandAll);
    connect(m_ui->actionCollapseAll, &QAction::triggered, m_ui->deviceTree, &QTreeView::collapseAll);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFirstTimeSetup, &QAction::triggered, this, [this] { openFirstTimeSetup(); });
}

// The whole flow without a mouse: Ctrl+F to the filter, Down or Enter from there into the list, Space
// ticks (the view's own), Enter in the list opens the review.
void MainWindow::setUpKeyboard()
{
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->devicesPage);
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    m_ui->filterEdit->installEventFilter(this);
    m_ui->deviceTree->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_ui->filterEdit && (enter || key == Qt::Key_Down)) {
        enterTree();
        return true;
    }
    if (watched == m_ui->deviceTree && enter) {
        reviewFromKeyboard();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

// Into the list at its current row, or at the first one when the filter left none current.
void MainWindow::enterTree()
{
    QTreeView *view = m_ui->deviceTree;
    if (!view->currentIndex().isValid() && m_filter->rowCount() > 0)
        view->setCurrentIndex(m_filter->index(0, 0));
    view->setFocus(Qt::TabFocusReason);
}

void MainWindow::reviewFromKeyboard()
{
    if (m_ui->reviewButton->isEnabled())
        openReview();
    else
        statusBar()->showMessage(m_model->topology().iommu.active
                                     ? tr("Nothing is ticked: tick a device with Space first.")
                                     : tr("Nothing can be applied without an active IOMMU."));
}

// The size the person chose last time, else the preferred size as far as the screen allows (a 1024x600
// netbook, or a 1280x800 screen at 200 % scale, has less room than the preferred 1200x720).
void MainWindow::fitToScreen()
{
    if (restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        return;
    const QRect available = screen()->availableGeometry();
    resize(PreferredSize.boundedTo(available.size() * 0.95));
    move(available.center() - rect().center());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPaletteStyles();
    QMainWindow::changeEvent(event);
}

// Banners and focus frames from the palette, so that a dark theme gets dark banners and a visible frame.
void MainWindow::applyPaletteStyles()
{
    const QPalette &colours = palette();
    m_ui->sampleBanner->setStyleSheet(bannerStyleSheet(BannerKind::Notice, colours));
    m_ui->infoBanner->setStyleSheet(bannerStyleSheet(m_bannerKind, colours));
    showBannerKind(m_ui->sampleBannerIcon, m_ui->sampleBanner, BannerKind::Notice);
    showBannerKind(m_ui->infoBannerIcon, m_ui->infoBanner, m_bannerKind);
    const QString highlight = colours.color(QPalette::Highlight).name();
    m_ui->detailsView->setStyleSheet(
        QStringLiteral("QTextBrowser:focus { border: 2px solid %1; }").arg(highlight));
}

MainWindow::~MainWindow() = default;

QTreeView *MainWindow::tree() const
{
    return m_ui->deviceTree;
}

QString MainWindow::bannerText() const
{
    return m_ui->infoBanner->isVisibleTo(this) ? m_ui->infoBanner->text() : QString();
}

QString MainWindow::detailsText() const
{
    return m_ui->detailsView->toPlainText();
}

bool MainWindow::showsNoIommuPage() const
{
    return m_ui->pages->currentWidget() == m_ui->noIommuPage;
}

QString MainWindow::readOnlyReason() const
{
    if (m_helperInjected)
        return {};
    if (m_source.sample)
        return tr(
            "This is the SAMPLE machine: you can explore and review, but nothing can be applied to it. Use "
            "File > Open this computer to work on your own machine.");
    if (m_source.root != QLatin1String("/"))
        return tr("This is a snapshot of a system (%1): the review shows what would be written there, but "
                  "changes "
                  "can only be applied to the running computer.")
            .arg(m_source.root);
    return {};
}

void MainWindow::openSource(const Source &source)
{
    if (hasUnappliedTicks() && !m_confirm(tr("Drop the ticks?"), unappliedTicksQuestion(source)))
        return;
    load(source);
}

void MainWindow::openSample()
{
    const QString root = sampleMachineRoot();
    if (root.isEmpty())
        showBanner(tr("The sample machine is not installed (share/vfio-isolator/sample); reinstall VFIO "
                      "Isolator."),
                   true);
    else
        openSource({root, true});
}

bool MainWindow::hasUnappliedTicks() const
{
    return m_model->selection().checked() != m_ticksAsConfigured;
}

QString MainWindow::unappliedTicksQuestion(const Source &next) const
{
    const QString where = next.sample                       ? tr("the sample machine")
                          : next.root == QLatin1String("/") ? tr("this computer")
                                                            : tr("the snapshot %1").arg(next.root);
    const QString ticked = shortAddresses(m_model->selection().checked());
    const QString now = ticked.isEmpty() ? tr("Now nothing is ticked.") : tr("Ticked now: %1.").arg(ticked);
    return tr("The ticks you changed here have not been applied. %1 Opening %2 drops them.\n\nOpen %2 "
              "anyway?")
        .arg(now, where);
}

void MainWindow::load(const Source &source, std::optional<MachineReading> reading)
{
    m_source = source;
    if (!reading || reading->root != source.root)
        reading = readMachine(source.root);
    const Topology topology = reading->topology;
    m_model->setMachine(std::move(reading->topology), std::move(reading->critical), std::move(reading->boot),
                        std::move(reading->facts));
    setUpPlanner(topology);
    setUpMonitor();
    showSource();
    const QString rootProblem = source.sample ? QString() : checkSystemRoot(source.root).error();
    showBanner({}, false);
    if (rootProblem.isEmpty() && !topology.problems.isEmpty())
        showBanner(topology.problems.join(QLatin1Char(' ')), true);
    showPage(rootProblem, topology);
    tickConfiguredDevices();

    m_ui->deviceTree->expandAll();
    for (int column : {DeviceTreeModel::AddressColumn, DeviceTreeModel::IdColumn,
                       DeviceTreeModel::DriverColumn, DeviceTreeModel::ModulesColumn})
        m_ui->deviceTree->resizeColumnToContents(column);
    updateSelectionSummary();
    updateDetails();
}

// Who answers Preview, Apply and Revert: the system bus helper for the running computer, the core's own
// planner (read-only) for a snapshot or the sample.
void MainWindow::setUpPlanner(const Topology &topology)
{
    const bool live = m_source.root == QLatin1String("/") && !m_source.sample;
    if (!m_helperInjected) {
        delete m_helper;
        // The sample is a Debian 12 machine; a snapshot says itself which generator it has.
        m_helper =
            live
                ? static_cast<SystemChangeService *>(new DbusHelperService(this))
                : new LocalPlanService(m_source.root, readOnlyReason(),
                                       m_source.sample ? QStringLiteral("initramfs-tools") : QString(), this);
    }
    if (auto *local = qobject_cast<LocalPlanService *>(m_helper))
        local->setTopology(topology);
}

// Live updates only make sense for the running machine.
void MainWindow::setUpMonitor()
{
    delete m_monitor;
    m_monitor = nullptr;
    if (m_source.root != QLatin1String("/") || m_source.sample)
        return;
    m_monitor = new UdevMonitor(this);
    connect(m_monitor, &UdevMonitor::changed, this, &MainWindow::rescan);
    if (!m_monitor->isActive())
        statusBar()->showMessage(m_monitor->problem());
}

// The title and the read-only banner. The application's name is not in the title: Qt adds the display
// name itself.
void MainWindow::showSource()
{
    if (m_source.sample) {
        setWindowTitle(tr("SAMPLE machine (read-only)"));
        m_ui->sampleBanner->setText(
            tr("<b>SAMPLE machine</b> — a built-in example to explore (a GPU with its audio "
               "function, two identical network cards, a PCI bridge). Nothing here changes "
               "this computer; Apply is disabled. File &gt; Open this computer goes back."));
    } else if (m_source.root != QLatin1String("/")) {
        const QString shown = m_source.label.isEmpty() ? m_source.root : m_source.label;
        setWindowTitle(tr("Snapshot %1 (read-only)").arg(shown));
        m_ui->sampleBanner->setText(
            tr("<b>Snapshot</b> of %1 — read-only: reviewing works, applying does not.")
                .arg(shown.toHtmlEscaped()));
    } else {
        setWindowTitle(QString());
    }
    m_ui->sampleBanner->setVisible(m_source.sample || m_source.root != QLatin1String("/"));
    m_ui->sampleBannerIcon->setVisible(m_ui->sampleBanner->isVisibleTo(this));
}

// The device list, or instead what stands in its way: a folder that is no system root, or no active IOMMU
// (the system check, as `vfio-isolator-cli check` gives it).
void MainWindow::showPage(const QString &rootProblem, const Topology &topology)
{
    m_ui->openSampleButton->setVisible(!m_source.sample);
    m_ui->showDevicesButton->setVisible(rootProblem.isEmpty());
    if (!rootProblem.isEmpty()) {
        m_ui->noIommuText->setHtml(
            QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                .arg(tr("This folder is not a system snapshot").toHtmlEscaped(), rootProblem.toHtmlEscaped(),
                     tr("Use File > Open a system snapshot… to choose another folder, or File > Open this "
                        "computer.")
                         .toHtmlEscaped()));
        m_ui->pages->setCurrentWidget(m_ui->noIommuPage);
        return;
    }
    const bool noIommu = !topology.iommu.active;
    m_ui->noIommuText->setHtml(noIommu ? systemCheckHtml(checkSystem(m_source.root, topology), m_source.root)
                                       : QString());
    m_ui->pages->setCurrentWidget(noIommu ? m_ui->noIommuPage : m_ui->devicesPage);
}

// The ticks start from what the configuration binds at the next boot, so that Apply changes only what the
// person changes, and the review can say what is kept, added and removed. The configuration already holds
// them: no host-critical question is asked again.
void MainWindow::tickConfiguredDevices()
{
    QList<PciAddress> configured;
    const std::optional<ConfiguredState> &config = m_model->bootConfiguration().config;
    if (config && m_model->topology().iommu.active) {
        for (const PciDevice &device : m_model->topology().devices) {
            if (config->binds(device))
                configured.append(device.address);
        }
    }
    m_model->restoreSelection(configured, configured);
    m_ticksAsConfigured = m_model->selection().checked();
}

void MainWindow::rescan()
{
    // Remember by address and group number: the model is rebuilt from a new scan.
    const QList<PciAddress> checked = m_model->selection().checked();
    const QList<PciAddress> overridden = m_model->selection().overridden();
    QSet<int> collapsed;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex group = m_filter->index(row, 0);
        if (!m_ui->deviceTree->isExpanded(group))
            collapsed.insert(group.data(DeviceTreeModel::GroupRole).toInt());
    }
    const QModelIndex current = m_ui->deviceTree->currentIndex();
    const QString currentAddress = current.data(DeviceTreeModel::AddressRole).toString();
    const int currentGroup = current.data(DeviceTreeModel::GroupRole).toInt();

    MachineReading reading = readMachine(m_source.root);
    const Topology topology = reading.topology;
    m_model->setMachine(std::move(reading.topology), std::move(reading.critical), std::move(reading.boot),
                        std::move(reading.facts));
    if (auto *local = qobject_cast<LocalPlanService *>(m_helper))
        local->setTopology(topology);
    const QStringList lost = m_model->restoreSelection(checked, overridden);

    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex group = m_filter->index(row, 0);
        m_ui->deviceTree->setExpanded(group,
                                      !collapsed.contains(group.data(DeviceTreeModel::GroupRole).toInt()));
    }
    QModelIndex restored;
    if (!currentAddress.isEmpty()) {
        if (const auto address = PciAddress::parse(currentAddress))
            restored = m_filter->mapFromSource(m_model->indexOf(*address));
    } else if (current.isValid()) {
        restored = m_filter->mapFromSource(
            m_model->indexOfGroup(currentGroup < 0 ? std::nullopt : std::optional<int>(currentGroup)));
    }
    if (restored.isValid())
        m_ui->deviceTree->setCurrentIndex(restored);
    statusBar()->showMessage(
        lost.isEmpty() ? tr("Devices rescanned.")
                       : tr("Devices rescanned; no longer ticked: %1.").arg(lost.join(QStringLiteral(", "))));
    updateDetails();
}

// The banner sits below the tree, so that its appearing or growing never moves the rows under the mouse.
void MainWindow::showBanner(const QString &text, bool problem)
{
    m_bannerKind = problem ? BannerKind::Problem : BannerKind::Information;
    m_ui->infoBanner->setText(text);
    m_ui->infoBanner->setStyleSheet(bannerStyleSheet(m_bannerKind, palette()));
    showBannerKind(m_ui->infoBannerIcon, m_ui->infoBanner, m_bannerKind);
    m_ui->infoBanner->setVisible(!text.isEmpty());
    m_ui->infoBannerIcon->setVisible(!text.isEmpty());
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_ui->deviceTree->currentIndex());
    if (!current.isValid()) {
        const QString select = tr("Select a device to see everything known about it.");
        const QString tick = m_model->topology().iommu.active
                                 ? tr("Tick a device to give it to virtual machines: its whole IOMMU group "
                                      "is ticked with it.")
                                 : tr("Without an active IOMMU no device can be given to a virtual machine; "
                                      "the list is for looking only.");
        m_ui->detailsView->setHtml(
            QStringLiteral("<p>%1</p><p>%2</p>").arg(select.toHtmlEscaped(), tick.toHtmlEscaped()));
        return;
    }
    if (const PciDevice *device = m_model->deviceAt(current)) {
        m_ui->detailsView->setHtml(deviceDetailsHtml(*device, *m_model));
        return;
    }
    const int group = current.data(DeviceTreeModel::GroupRole).toInt();
    m_ui->detailsView->setHtml(
        groupDetailsHtml(group < 0 ? std::nullopt : std::optional<int>(group), *m_model));
}

QString MainWindow::selectionSummary() const
{
    if (!m_model->topology().iommu.active)
        return tr(
            "Without an active IOMMU nothing can be given to a virtual machine: this list is for looking "
            "only.");
    const QList<PciAddress> checked = m_model->selection().checked();
    if (checked.isEmpty())
        return tr("Nothing ticked: tick the devices to give to virtual machines.");
    if (checked == m_ticksAsConfigured)
        return tr("Ticked for vfio-pci, as configured now: %1").arg(shortAddresses(checked));
    return tr("Ticked for vfio-pci: %1").arg(shortAddresses(checked));
}

void MainWindow::updateSelectionSummary()
{
    m_ui->selectionLabel->setText(selectionSummary());
    const bool iommu = m_model->topology().iommu.active;
    const std::optional<ConfiguredState> &config = m_model->bootConfiguration().config;
    m_ui->reviewButton->setEnabled(iommu && (!m_model->selection().isEmpty() || (config && config->managed)));
    m_ui->reviewButton->setToolTip(iommu ? tr("See exactly what will be written before anything is.")
                                         : tr("Nothing can be applied without an active IOMMU."));
    m_ui->undoButton->setEnabled(readOnlyReason().isEmpty() && config && config->managed);
}

void MainWindow::onOverrideRequested(const QString &address, const QString &message)
{
    showBanner(message, true);
    const auto parsed = PciAddress::parse(address);
    if (!parsed)
        return;
    if (!m_confirm(
            tr("This computer needs this device"),
            tr("%1\n\nTick it anyway? Only do this if the host has another way to show its screen, reach its "
               "disk or its network.")
                .arg(message)))
        return;
    if (!m_confirm(
            tr("Are you sure?"),
            tr("After the next restart the host will no longer have this device. If something goes wrong, "
               "start from a live USB stick and remove /etc/modprobe.d/vfio.conf.\n\nTick %1 and its group "
               "anyway?")
                .arg(parsed->toShortString())))
        return;
    m_model->tickWithOverride(*parsed);
}

ReviewDialog *MainWindow::openReview()
{
    return openDialog(static_cast<int>(ReviewDialog::Mode::Apply));
}

ReviewDialog *MainWindow::openUndo()
{
    return openDialog(static_cast<int>(ReviewDialog::Mode::Revert));
}

ReviewDialog *MainWindow::openDialog(int mode)
{
    rememberFocus();
    QStringList addresses;
    for (const PciAddress &address : m_model->selection().checked())
        addresses.append(address.toString());
    auto *dialog =
        new ReviewDialog(m_helper, static_cast<ReviewDialog::Mode>(mode), addresses, readOnlyReason(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::changesApplied, this, [this, mode] { onChangesApplied(mode); });
    connect(dialog, &QDialog::finished, this, &MainWindow::takeFocusBack);
    dialog->open(); // window-modal, but the event loop keeps running: the window stays responsive
    dialog->start();
    return dialog;
}

bool MainWindow::selectDevice(const QString &address)
{
    const auto parsed = PciAddress::parse(address);
    if (!parsed)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(*parsed));
    if (!index.isValid())
        return false;
    m_ui->deviceTree->setCurrentIndex(index);
    m_ui->deviceTree->scrollTo(index);
    return true;
}

void MainWindow::chooseSnapshot()
{
    rememberFocus();
    const QString root =
        QFileDialog::getExistingDirectory(this, tr("Open a system snapshot (a folder with sys/ and proc/)"));
    takeFocusBack();
    if (!root.isEmpty())
        openSource({root, false});
}

void MainWindow::chooseHardwareReport()
{
    rememberFocus();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a hardware report"), QDir::homePath(),
                                                      tr("Hardware reports (*.tar.gz)"));
    const auto folder = file.isEmpty() ? std::nullopt : openHardwareReport(this, file);
    takeFocusBack();
    if (folder)
        openSource({*folder, false, file});
}

// The report is of what the window shows: this computer, or the snapshot open.
void MainWindow::saveHardwareReport()
{
    rememberFocus();
    const QString file = QFileDialog::getSaveFileName(this, tr("Make a hardware report"), defaultReportFile(),
                                                      tr("Hardware reports (*.tar.gz)"));
    if (!file.isEmpty())
        makeHardwareReport(this, m_source.root, file);
    takeFocusBack();
}

// Without a window manager nobody gives the keyboard back to the window when a dialog closes: take it
// back to the widget that had it (else the tree), so that keyboard work goes on where it was.
void MainWindow::takeFocusBack()
{
    activateWindow();
    QWidget *target = m_focusBeforeDialog ? m_focusBeforeDialog.data() : m_ui->deviceTree;
    target->setFocus(Qt::OtherFocusReason);
}

void MainWindow::rememberFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->window() == this)
        m_focusBeforeDialog = focus;
}

void MainWindow::showAbout()
{
    rememberFocus();
    QMessageBox::about(
        this, tr("About VFIO Isolator"),
        tr("<p><b>VFIO Isolator %1</b></p><p>Gives PCI devices to virtual machines safely: whole IOMMU "
           "groups, bridges left with the host, every file shown before it is written.</p>")
            .arg(QCoreApplication::applicationVersion()));
    takeFocusBack();
}

} // namespace vfio

namespace vfio {

void MainWindow::setUpTrayChoice()
{
    QAction *action = m_ui->actionTrayAtLogin;
    action->setChecked(Autostart::isEnabled());
    connect(action, &QAction::toggled, this, [this](bool on) {
        const Result<void> switched = Autostart::setEnabled(on);
        if (!switched) {
            QMessageBox::warning(this, tr("Tray at login"), switched.error());
            return;
        }
        Autostart::markChosen();
        emit trayChoiceChanged(on);
    });
}

void MainWindow::onChangesApplied(int mode)
{
    rescan();
    // What is ticked is now what is configured; after an undo the configuration decides the ticks again.
    if (static_cast<ReviewDialog::Mode>(mode) == ReviewDialog::Mode::Revert) {
        m_model->clearSelection();
        tickConfiguredDevices();
    }
    m_ticksAsConfigured = m_model->selection().checked();
    updateSelectionSummary();
    // After the first successful Apply the tray comes on by itself (unless the person already chose), so
    // that the state after the restart is in view without opening anything.
    if (static_cast<ReviewDialog::Mode>(mode) != ReviewDialog::Mode::Apply || Autostart::wasChosen())
        return;
    Autostart::markChosen();
    if (Autostart::setEnabled(true)) {
        const QSignalBlocker blocker(m_ui->actionTrayAtLogin);
        m_ui->actionTrayAtLogin->setChecked(true);
        emit trayChoiceChanged(true);
    }
}

SetupAssistant *MainWindow::openFirstTimeSetup(bool atVerification)
{
    MachineReading machine{m_source.root, m_model->topology(), m_model->selection().critical(),
                           m_model->bootConfiguration(), m_model->kernelFacts()};
    auto *assistant = new SetupAssistant(std::move(machine), m_helper, readOnlyReason(), this);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &SetupAssistant::changesApplied, this,
            [this] { onChangesApplied(static_cast<int>(ReviewDialog::Mode::Apply)); });
    if (atVerification)
        assistant->startWithVerification();
    assistant->show();
    return assistant;
}

} // namespace vfio
