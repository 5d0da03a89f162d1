// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BannerStyle.h"
#include "MachineReading.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class QTreeView;

namespace vfio {

class DeviceFilterModel;
class DeviceTreeModel;
class SystemChangeService;
class ReviewDialog;
class SetupAssistant;
class UdevMonitor;

// The main window: the tree of IOMMU groups, the details of the current device, and the way to review and
// apply the selection. It never writes system files; every change goes through the helper.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Source
    {
        QString root = QStringLiteral("/");
        bool sample = false; // the built-in sample machine: read-only, labelled SAMPLE
        QString label = {};  // what the person opened, where it is not `root`: a hardware report's file
    };
    // Asks the person a yes/no question; the default shows a message box. Tests replace it.
    using Confirmer = std::function<bool(const QString &title, const QString &text)>;

    // `helper` null: the system bus helper for the live machine, a local read-only planner otherwise.
    // `reading`: the machine being read on a worker thread (main() starts it before Qt, so that reading and
    // building the window overlap); it is waited for once the window is built.
    explicit MainWindow(const Source &source, std::unique_ptr<SystemChangeService> helper = nullptr,
                        QWidget *parent = nullptr, std::future<MachineReading> reading = {});
    ~MainWindow() override;

    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // Reads the machine again, keeping check marks, expanded groups and the current row.
    void rescan();
    // Shows a different system root (sample machine, snapshot, this computer); asks first when ticks that
    // were not applied would be dropped.
    void openSource(const Source &source);

    ReviewDialog *openReview();
    ReviewDialog *openUndo();
    // The first-time setup assistant on this window's machine; `atVerification`: after the restart.
    SetupAssistant *openFirstTimeSetup(bool atVerification = false);

    const Source &source() const { return m_source; }
    DeviceTreeModel *model() const { return m_model; }
    DeviceFilterModel *filterModel() const { return m_filter; }
    QTreeView *tree() const;
    QString bannerText() const;
    QString detailsText() const;
    bool showsNoIommuPage() const;

    // Selects (makes current) the row of a device, e.g. for screenshots: false when it is not shown.
    bool selectDevice(const QString &address);

signals:
    // The person switched the tray on or off (View menu), or the first successful Apply switched it on.
    void trayChoiceChanged(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpTree();
    void connectFilters();
    void connectModel();
    void connectActions();
    void setUpKeyboard();
    void enterTree();
    void reviewFromKeyboard();
    void fitToScreen();
    void applyPaletteStyles();
    void setUpPlanner(const Topology &topology);
    void setUpMonitor();
    void showSource();
    void showPage(const QString &rootProblem, const Topology &topology);
    void tickConfiguredDevices();
    bool hasUnappliedTicks() const;
    QString unappliedTicksQuestion(const Source &next) const;
    QString selectionSummary() const;
    void openSample();
    void rememberFocus();
    void takeFocusBack();
    void setUpTrayChoice();
    void onChangesApplied(int mode);
    void load(const Source &source, std::optional<MachineReading> reading = std::nullopt);
    void showBanner(const QString &text, bool problem);
    void updateDetails();
    void updateSelectionSummary();
    void onOverrideRequested(const QString &address, const QString &message);
    void chooseSnapshot();
    void chooseHardwareReport();
    void saveHardwareReport();
    void showAbout();
    ReviewDialog *openDialog(int mode);
    QString readOnlyReason() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Source m_source;
    DeviceTreeModel *m_model = nullptr;
    DeviceFilterModel *m_filter = nullptr;
    SystemChangeService *m_helper = nullptr;
    bool m_helperInjected = false;
    UdevMonitor *m_monitor = nullptr;
    Confirmer m_confirm;
    QList<PciAddress> m_ticksAsConfigured; // the ticks as the configuration left them: nothing to apply
    BannerKind m_bannerKind = BannerKind::Information;
    QPointer<QWidget> m_focusBeforeDialog;
};

} // namespace vfio
