// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPages.h"

#include "ReviewDialog.h"
#include "SetupProgress.h"
#include "SystemCheckHtml.h"

#include "checks/IommuSetupChange.h"

#include "ui_SetupChecksPage.h"

namespace vfio {

namespace {

bool offersPassthrough(const SystemCheck &check)
{
    const Finding *finding = check.find(CheckId::IommuPassthrough);
    return finding && !finding->fix.commandLine.add.isEmpty();
}

} // namespace

SetupChecksPage::SetupChecksPage(SetupContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SetupChecksPage>()), m_context(context)
{
    m_ui->setupUi(this);
    m_ui->checksView->setHtml(systemCheckHtml(context.check, context.machine.root));
    m_ui->passthroughBox->setVisible(offersPassthrough(context.check));
    const bool canFix = !context.check.commandLineFix().isEmpty() || offersPassthrough(context.check);
    m_ui->fixButton->setVisible(canFix);
    if (context.check.commandLineFix().isEmpty())
        m_ui->fixButton->setText(tr("&Change the kernel command line…"));
    // With the IOMMU already on, the only change on offer is the optional passthrough mode.
    const auto updateFixButton = [this] {
        m_ui->fixButton->setEnabled(!proposedChange().isEmpty() && m_context.readOnlyReason.isEmpty() &&
                                    !m_fixApplied);
    };
    connect(m_ui->passthroughBox, &QCheckBox::toggled, this, updateFixButton);
    updateFixButton();
    if (!context.readOnlyReason.isEmpty() && canFix) {
        m_ui->fixButton->setEnabled(false);
        m_ui->fixStatus->setText(context.readOnlyReason.toHtmlEscaped());
    } else if (!context.machine.topology.iommu.active && !canFix) {
        m_ui->fixStatus->setText(
            tr("<b>The IOMMU cannot be switched on from here.</b> Follow the blocked steps above, then start "
               "the setup again."));
    }
    connect(m_ui->fixButton, &QPushButton::clicked, this, &SetupChecksPage::openFix);
}

SetupChecksPage::~SetupChecksPage() = default;

CommandLineChange SetupChecksPage::proposedChange() const
{
    const bool passthrough = m_ui->passthroughBox->isVisible() && m_ui->passthroughBox->isChecked();
    return iommuSetupChange(m_context.check, m_context.machine.topology.iommu.kernelCommandLine, passthrough);
}

ReviewDialog *SetupChecksPage::openFix()
{
    auto *dialog = new ReviewDialog(m_context.helper, ReviewDialog::Mode::KernelCommandLine, {},
                                    m_context.readOnlyReason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCommandLineChange(proposedChange());
    connect(dialog, &ReviewDialog::changesApplied, this, [this] {
        m_fixApplied = true;
        SetupProgress::rememberRestartPending();
        m_ui->fixButton->setEnabled(false);
        m_ui->fixStatus->setText(
            tr("<b>Done.</b> The IOMMU comes on at the next restart; then open the setup "
               "again to choose the devices."));
        emit completeChanged();
    });
    dialog->open();
    dialog->start();
    return dialog;
}

bool SetupChecksPage::isComplete() const
{
    // Without an active IOMMU there are no groups to choose from: the way on is the fix and a restart.
    return m_context.machine.topology.iommu.active || m_fixApplied;
}

int SetupChecksPage::nextId() const
{
    return m_context.machine.topology.iommu.active ? SetupAssistant::ChoosePageId
                                                   : SetupAssistant::RestartPageId;
}

} // namespace vfio
