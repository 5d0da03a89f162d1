// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPages.h"

#include "boot/BootLoader.h"

#include "ui_SetupRestartPage.h"

namespace vfio {

namespace {

QString gpuWords(const SetupContext &context)
{
    QStringList gpus;
    for (const PciAddress &address : context.selection.checked()) {
        const PciDevice *device = context.machine.topology.find(address);
        if (device && device->baseClass() == 0x03)
            gpus.append(SelectionRules::describe(*device));
    }
    return gpus.join(QStringLiteral(", "));
}

QString safetyWords(BootLoaderKind kind)
{
    if (kind == BootLoaderKind::Unknown)
        return SetupRestartPage::tr(
            "<p><b>If the screen stays black:</b> this boot loader is not one VFIO Isolator knows, so it has "
            "no safety entry. Add <code>vfio_isolator=off</code> to the kernel command line in the boot menu "
            "for one start: every device then gets its normal driver, and Undo last change gives them back "
            "for good.</p>");
    return SetupRestartPage::tr(
        "<p><b>If the screen stays black</b> or the computer does not start normally: restart and choose the "
        "entry ending in <i>“without VFIO passthrough”</i> in the boot menu (hold Shift or press Esc while "
        "the computer starts to see the menu). That start gives every device its normal driver; then open "
        "VFIO "
        "Isolator and choose <b>Undo last change</b>.</p>");
}

} // namespace

SetupRestartPage::SetupRestartPage(SetupContext &context, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SetupRestartPage>()), m_context(context)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(m_ui->restartButton, &QPushButton::clicked, this, [this] {
        m_ui->restartStatus->setText(tr("Asking the system to restart…"));
        emit restartRequested();
    });
}

SetupRestartPage::~SetupRestartPage() = default;

void SetupRestartPage::showProblem(const QString &message)
{
    m_ui->restartStatus->setText(QStringLiteral("<b>%1</b>").arg(message.toHtmlEscaped()));
}

void SetupRestartPage::initializePage()
{
    QString what;
    if (!m_context.machine.topology.iommu.active)
        what = tr("<p>At the next start the kernel switches the IOMMU on and makes the IOMMU groups. Open "
                  "the setup again afterwards to choose the devices.</p>");
    else if (const QString gpus = gpuWords(m_context); !gpus.isEmpty())
        what =
            tr("<p>At the next start vfio-pci takes the chosen devices. <b>The screen connected to %1 goes "
               "dark</b>: that card now waits for a virtual machine. Keep a screen on the graphics card "
               "that shows this window.</p>")
                .arg(gpus.toHtmlEscaped());
    else
        what =
            tr("<p>At the next start vfio-pci takes the chosen devices; the host no longer uses them.</p>");
    what += tr("<p>After the restart VFIO Isolator checks by itself that every device was bound, and says "
               "why where one was not.</p>");
    m_ui->whatHappens->setText(what);
    m_ui->safetyEntry->setText(safetyWords(detectBootLoader(m_context.machine.root).kind));
    m_ui->restartButton->setEnabled(m_context.readOnlyReason.isEmpty());
    if (!m_context.readOnlyReason.isEmpty())
        m_ui->restartStatus->setText(m_context.readOnlyReason.toHtmlEscaped());
}

} // namespace vfio
