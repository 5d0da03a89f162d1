// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPages.h"

#include "SetupProgress.h"

#include "verify/MachineVerification.h"

#include "ui_SetupVerifyPage.h"

namespace vfio {

namespace {

QString verificationHtml(const Verification &verification)
{
    QString html;
    for (const DeviceVerification &device : verification.relevant()) {
        const bool problem = device.status == DeviceStatus::NotBound;
        html += QStringLiteral("<p><b>%1 %2</b><br>%3%4<br>%5</p>")
                    .arg(device.address.toShortString(), device.name.toHtmlEscaped(),
                         problem ? SetupVerifyPage::tr("[!] ") : SetupVerifyPage::tr("[✓] "),
                         device.text.toHtmlEscaped(), device.detail.toHtmlEscaped());
    }
    for (const QString &id : verification.unmatchedIds)
        html += SetupVerifyPage::tr("<p><b>[!] %1</b> matches no device on this computer: that part of the "
                                    "configuration does nothing. Apply again from the main window to "
                                    "write it anew.</p>")
                    .arg(id.toHtmlEscaped());
    return html;
}

} // namespace

SetupVerifyPage::SetupVerifyPage(SetupContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SetupVerifyPage>()), m_context(context)
{
    m_ui->setupUi(this);
    setFinalPage(true);
}

SetupVerifyPage::~SetupVerifyPage() = default;

void SetupVerifyPage::initializePage()
{
    // Read afresh, with the initramfs listed where a device did not bind: this page is the answer to "why".
    const Verification verification = verifyMachine(m_context.machine.root).verification;
    m_ui->verifySummary->setText(QStringLiteral("<b>%1</b>").arg(verification.summary().toHtmlEscaped()));
    m_ui->verifyView->setHtml(verificationHtml(verification));
    if (verification.overall() != Verification::Overall::RestartPending)
        SetupProgress::clear(); // seen: the assistant does not come back by itself again
}

QString SetupVerifyPage::summaryText() const
{
    return m_ui->verifySummary->text();
}

} // namespace vfio
