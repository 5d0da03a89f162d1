// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPages.h"

#include "ReviewDialog.h"
#include "SetupProgress.h"

#include "ui_SetupApplyPage.h"

namespace vfio {

SetupApplyPage::SetupApplyPage(SetupContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SetupApplyPage>()), m_context(context)
{
    m_ui->setupUi(this);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &SetupApplyPage::openReview);
}

SetupApplyPage::~SetupApplyPage() = default;

void SetupApplyPage::initializePage()
{
    QStringList names;
    for (const PciAddress &address : m_context.selection.checked()) {
        if (const PciDevice *device = m_context.machine.topology.find(address))
            names.append(SelectionRules::describe(*device).toHtmlEscaped());
    }
    m_ui->summary->setText(tr("<p>These devices will go to vfio-pci at every boot:</p><ul><li>%1</li></ul>"
                              "<p><b>Review and apply</b> shows each file and the command first; your "
                              "password is asked before anything is written.</p>")
                               .arg(names.join(QStringLiteral("</li><li>"))));
    m_ui->reviewButton->setDefault(true);
}

ReviewDialog *SetupApplyPage::openReview()
{
    QStringList addresses;
    for (const PciAddress &address : m_context.selection.checked())
        addresses.append(address.toString());
    auto *dialog = new ReviewDialog(m_context.helper, ReviewDialog::Mode::Apply, addresses,
                                    m_context.readOnlyReason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::changesApplied, this, [this] {
        m_applied = true;
        SetupProgress::rememberRestartPending();
        m_ui->applyStatus->setText(tr("<b>Applied.</b> Go on to restart the computer."));
        emit changesApplied();
        emit completeChanged();
    });
    dialog->open();
    dialog->start();
    return dialog;
}

bool SetupApplyPage::isComplete() const
{
    return m_applied;
}

} // namespace vfio
