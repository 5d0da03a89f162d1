#include "MainWindow.h"

#include "Autostart.h"
#include "DbusHelperService.h"
#include "DeviceDetails.h"
#include "DeviceFilterModel.h"
#include "DeviceTreeModel.h"
#include "LocalPlanService.h"
#include "ReviewDialog.h"
#include "SampleMachine.h"
#include "SetupAssistant.h"
#include "SystemCheckHtml.h"
#include "UdevMonitor.h"
#include "ui_MainWindow.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSet>
#include <QTextDocument>

namespace vfio {

namespace {
const QString InfoStyle = QStringLiteral("QLabel { background: #e7f0fb; color: #0b3768; border: 1px solid "
                                         "#b5cde9; border-radius: 4px; padding: 6px; }");
const QString ProblemStyle = QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid "
                                            "#f5c2c0; border-radius: 4px; padding: 6px; }");
} // namespace

MainWindow::MainWindow(Source source, std::unique_ptr<HelperService> helper, QWidget *parent,
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
        return QMessageBox::warning(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };

    m_filter->setSourceModel(m_model);
    QTreeView *view = m_ui->deviceTree;
    view->setModel(m_filter);
    view->sortByColumn(DeviceTreeModel::DeviceColumn, Qt::AscendingOrder);
    // Widths that keep the State column in view at 1280 pixels; long names elide (full text in details).
    // The state matters most to a beginner: shown right after the name (the model keeps the documented
    // order).
    view->header()->moveSection(DeviceTreeModel::StateColumn, 1);
    view->header()->setStretchLastSection(true);
    view->header()->setResizeContentsPrecision(
        200); // column widths from the first rows, not all of a big machine
    view->header()->resizeSection(DeviceTreeModel::DeviceColumn, 280);
    view->header()->resizeSection(DeviceTreeModel::StateColumn, 140);
    view->header()->resizeSection(DeviceTreeModel::ClassColumn, 120);
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({920, 340});

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &DeviceFilterModel::setText);
    connect(m_ui->gpusOnlyCheck, &QCheckBox::toggled, m_filter, &DeviceFilterModel::setGpusOnly);
    connect(m_ui->hideBridgesCheck, &QCheckBox::toggled, m_filter, &DeviceFilterModel::setHideBridges);
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

    connect(m_model, &DeviceTreeModel::selectionExplained, this,
            [this](const QString &m) { showBanner(m, false); });
    connect(m_model, &DeviceTreeModel::tickRefused, this, [this](const QString &m) { showBanner(m, true); });
    // Queued: the question is asked after the click has been handled, outside the view's event.
    connect(m_model, &DeviceTreeModel::overrideRequested, this, &MainWindow::onOverrideRequested,
            Qt::QueuedConnection);
    connect(m_model, &DeviceTreeModel::selectionChanged, this, &MainWindow::updateSelectionSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);

    connect(m_ui->reviewButton, &QPushButton::clicked, this, &MainWindow::openReview);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &MainWindow::openUndo);
    connect(m_ui->showDevicesButton, &QPushButton::clicked, this,
            [this] { m_ui->pages->setCurrentIndex(0); });
    connect(m_ui->openSampleButton, &QPushButton::clicked, m_ui->actionOpenSample, &QAction::trigger);
    connect(m_ui->actionOpenSample, &QAction::triggered, this, [this] {
        const QString root = sampleMachineRoot();
        if (root.isEmpty())
            showBanner(tr("The sample machine is not installed (share/vfio-isolator/sample); reinstall VFIO "
                          "Isolator."),
                       true);
        else
            openSource({root, true});
    });
    connect(m_ui->actionOpenThisComputer, &QAction::triggered, this, [this] { openSource({}); });
    connect(m_ui->actionOpenRoot, &QAction::triggered, this, &MainWindow::chooseSnapshot);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRescan, &QAction::triggered, this, &MainWindow::rescan);
    connect(m_ui->actionExpandAll, &QAction::triggered, view, &QTreeView::expandAll);
    connect(m_ui->actionCollapseAll, &QAction::triggered, view, &QTreeView::collapseAll);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    setUpTrayChoice();
    connect(m_ui->actionFirstTimeSetup, &QAction::triggered, this, [this] { openFirstTimeSetup(); });

    load(source, reading.valid() ? std::optional<MachineReading>(reading.get()) : std::nullopt);
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
    load(source);
}

void MainWindow::load(const Source &source, std::optional<MachineReading> reading)
{
    m_source = source;
    if (!reading || reading->root != source.root)
        reading = readMachine(source.root);
    const Topology topology = reading->topology;
    m_model->setMachine(std::move(reading->topology), std::move(reading->critical), std::move(reading->boot),
                        std::move(reading->facts));

    if (!m_helperInjected) {
        delete m_helper;
        if (source.root == QLatin1String("/") && !source.sample) {
            m_helper = new DbusHelperService(this);
        } else {
            // The sample is a Debian 12 machine; a snapshot says itself which generator it has.
            m_helper =
                new LocalPlanService(source.root, readOnlyReason(),
                                     source.sample ? QStringLiteral("initramfs-tools") : QString(), this);
        }
    }
    if (auto *local = qobject_cast<LocalPlanService *>(m_helper))
        local->setTopology(topology);

    // Live updates only make sense for the running machine.
    delete m_monitor;
    m_monitor = nullptr;
    if (source.root == QLatin1String("/") && !source.sample) {
        m_monitor = new UdevMonitor(this);
        connect(m_monitor, &UdevMonitor::changed, this, &MainWindow::rescan);
        if (!m_monitor->isActive())
            statusBar()->showMessage(m_monitor->problem());
    }

    if (source.sample) {
        setWindowTitle(tr("VFIO Isolator — SAMPLE machine (read-only)"));
        m_ui->sampleBanner->setText(
            tr("<b>SAMPLE machine</b> — a built-in example to explore (a GPU with its audio "
               "function, two identical network cards, a PCI bridge). Nothing here changes "
               "this computer; Apply is disabled. File &gt; Open this computer goes back."));
        m_ui->sampleBanner->setVisible(true);
    } else if (source.root != QLatin1String("/")) {
        setWindowTitle(tr("VFIO Isolator — snapshot %1 (read-only)").arg(source.root));
        m_ui->sampleBanner->setText(
            tr("<b>Snapshot</b> of %1 — read-only: reviewing works, applying does not.")
                .arg(source.root.toHtmlEscaped()));
        m_ui->sampleBanner->setVisible(true);
    } else {
        setWindowTitle(tr("VFIO Isolator"));
        m_ui->sampleBanner->setVisible(false);
    }
    m_ui->infoBanner->setVisible(false);
    if (!topology.problems.isEmpty())
        showBanner(topology.problems.join(QLatin1Char(' ')), true);

    const bool noIommu = !topology.iommu.active;
    m_ui->noIommuText->setHtml(noIommu ? systemCheckHtml(checkSystem(source.root, topology), source.root)
                                       : QString());
    m_ui->pages->setCurrentWidget(noIommu ? m_ui->noIommuPage : m_ui->devicesPage);
    m_ui->openSampleButton->setVisible(!source.sample);

    m_ui->deviceTree->expandAll();
    for (int column : {DeviceTreeModel::AddressColumn, DeviceTreeModel::IdColumn,
                       DeviceTreeModel::DriverColumn, DeviceTreeModel::ModulesColumn})
        m_ui->deviceTree->resizeColumnToContents(column);
    updateSelectionSummary();
    updateDetails();
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

void MainWindow::showBanner(const QString &text, bool problem)
{
    m_ui->infoBanner->setText(text);
    m_ui->infoBanner->setStyleSheet(problem ? ProblemStyle : InfoStyle);
    m_ui->infoBanner->setVisible(!text.isEmpty());
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_ui->deviceTree->currentIndex());
    if (!current.isValid()) {
        m_ui->detailsView->setHtml(
            tr("<p>Select a device to see everything known about it.</p><p>Tick a device to "
               "give it to virtual machines: its whole IOMMU group is ticked with it.</p>"));
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

void MainWindow::updateSelectionSummary()
{
    const QList<PciAddress> checked = m_model->selection().checked();
    QStringList names;
    for (const PciAddress &address : checked)
        names.append(address.toShortString());
    m_ui->selectionLabel->setText(checked.isEmpty()
                                      ? tr("Nothing ticked: tick the devices to give to virtual machines.")
                                      : (checked.size() == 1
                                             ? tr("1 device ticked for vfio-pci: %1")
                                             : tr("%1 devices ticked for vfio-pci: %2").arg(checked.size()))
                                            .arg(names.join(QStringLiteral(", "))));
    const bool iommu = m_model->topology().iommu.active;
    const std::optional<ConfiguredState> &config = m_model->bootConfiguration().config;
    m_ui->reviewButton->setEnabled(iommu && (!checked.isEmpty() || (config && config->managed)));
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
    QStringList addresses;
    for (const PciAddress &address : m_model->selection().checked())
        addresses.append(address.toString());
    auto *dialog =
        new ReviewDialog(m_helper, static_cast<ReviewDialog::Mode>(mode), addresses, readOnlyReason(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::changesApplied, this, [this, mode] { onChangesApplied(mode); });
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
    const QString root =
        QFileDialog::getExistingDirectory(this, tr("Open a system snapshot (a folder with sys/ and proc/)"));
    if (!root.isEmpty())
        openSource({root, false});
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About VFIO Isolator"),
        tr("<p><b>VFIO Isolator %1</b></p><p>Gives PCI devices to virtual machines safely: whole IOMMU "
           "groups, bridges left with the host, every file shown before it is written.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace vfio

namespace vfio {

void MainWindow::setUpTrayChoice()
{
    QAction *action = m_ui->actionTrayAtLogin;
    action->setChecked(Autostart::isEnabled());
    connect(action, &QAction::toggled, this, [this](bool on) {
        QString error;
        if (!Autostart::setEnabled(on, &error)) {
            QMessageBox::warning(this, tr("Tray at login"), error);
            return;
        }
        Autostart::markChosen();
        emit trayChoiceChanged(on);
    });
}

void MainWindow::onChangesApplied(int mode)
{
    rescan();
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
