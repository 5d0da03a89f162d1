#include "ReviewDialog.h"

#include "HelperService.h"
#include "ui_ReviewDialog.h"

#include <QFontDatabase>
#include <QPushButton>
#include <QTextDocument>

namespace vfio {

namespace {
QString htmlList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style='margin:0'>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
// "adds intel_iommu=on; removes intel_iommu=off", for the command-line review.
QString commandLineWords(const CommandLineChange &change)
{
    QStringList parts;
    if (!change.add.isEmpty())
        parts.append(ReviewDialog::tr("adds <code>%1</code>").arg(change.add.join(u' ').toHtmlEscaped()));
    if (!change.remove.isEmpty())
        parts.append(
            ReviewDialog::tr("removes <code>%1</code>").arg(change.remove.join(u' ').toHtmlEscaped()));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace

ReviewDialog::ReviewDialog(HelperService *helper, Mode mode, const QStringList &addresses,
                           const QString &readOnlyReason, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReviewDialog>()), m_helper(helper), m_mode(mode),
      m_addresses(addresses), m_readOnlyReason(readOnlyReason)
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fileView->setFont(fixed);
    m_ui->outputView->setFont(fixed);
    m_ui->filesSplitter->setStretchFactor(1, 3);
    m_ui->filesSplitter->setSizes({260, 700});
    m_applyButton = m_ui->buttonBox->addButton(mode == Mode::Revert ? tr("&Undo") : tr("&Apply"),
                                               QDialogButtonBox::AcceptRole);
    m_applyButton->setEnabled(false);
    if (mode == Mode::Revert) {
        setWindowTitle(tr("Undo the last change"));
        m_ui->summaryLabel->setText(tr("The helper restores exactly the files the last Apply replaced and "
                                       "regenerates the initramfs."));
        m_ui->filesSplitter->setVisible(false);
    } else if (mode == Mode::KernelCommandLine) {
        setWindowTitle(tr("Switch the IOMMU on"));
        m_ui->summaryLabel->setText(tr("The helper changes the kernel command line your boot loader uses and "
                                       "regenerates its menu. The change takes effect at the next restart; "
                                       "Undo last change restores it."));
    }
    // Accept would close the dialog; Apply must keep it open to show progress.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, &ReviewDialog::runApply);
    connect(m_ui->fileList, &QListWidget::currentRowChanged, this, &ReviewDialog::showFile);

    connect(m_helper, &HelperService::previewReady, this, &ReviewDialog::onPreview);
    connect(m_helper, &HelperService::callFailed, this, &ReviewDialog::onCallFailed);
    connect(m_helper, &HelperService::transactionStarted, this, &ReviewDialog::onStarted);
    connect(m_helper, &HelperService::progress, this, &ReviewDialog::onProgress);
    connect(m_helper, &HelperService::finished, this, &ReviewDialog::onFinished);
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::start()
{
    if (m_mode == Mode::Revert) {
        runApply();
        return;
    }
    setPhase(Phase::AskingPreview);
    if (m_mode == Mode::KernelCommandLine)
        m_helper->previewCommandLine(m_change);
    else
        m_helper->preview(m_addresses);
}

QString ReviewDialog::bannerText() const
{
    QTextDocument document;
    document.setHtml(m_ui->statusBanner->text());
    return document.toPlainText();
}

void ReviewDialog::setBanner(const QString &html, bool problem)
{
    m_ui->statusBanner->setText(html);
    m_ui->statusBanner->setStyleSheet(
        problem ? QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; "
                                 "border-radius: 4px; padding: 8px; }")
                : QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #b9dfbb; "
                                 "border-radius: 4px; padding: 8px; }"));
    m_ui->statusBanner->setVisible(!html.isEmpty());
}

void ReviewDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool canApply = phase == Phase::Reviewing && m_plan.ok && m_readOnlyReason.isEmpty();
    m_applyButton->setEnabled(canApply);
    m_applyButton->setVisible(phase != Phase::Succeeded && phase != Phase::Failed &&
                              phase != Phase::Running && phase != Phase::PreviewFailed);
}

void ReviewDialog::onPreview(const QString &json)
{
    if (m_phase != Phase::AskingPreview)
        return;
    m_plan = PreviewPlan::fromJson(json);
    QString summary;
    if (m_mode == Mode::KernelCommandLine) {
        summary += tr("<p><b>The kernel command line changes:</b> %1</p>").arg(commandLineWords(m_change));
    } else if (m_plan.devices.isEmpty()) {
        summary +=
            tr("<p><b>Nothing is ticked:</b> applying removes VFIO Isolator's configuration and every device "
               "returns to the host at the next boot.</p>");
    } else {
        QStringList lines;
        for (const PreviewPlan::Device &device : m_plan.devices)
            lines.append(!device.reason.isEmpty()
                             ? device.reason
                             : tr("%1 is bound %2.")
                                   .arg(device.address, device.binding == QLatin1String("address")
                                                            ? tr("by its address")
                                                            : tr("by its ID")));
        QStringList system{m_plan.distribution, m_plan.initramfs};
        system.removeAll(QString());
        summary += tr("<p><b>These devices go to vfio-pci at the next boot</b>%1:</p>")
                       .arg(system.isEmpty()
                                ? QString()
                                : tr(" (on %1)").arg(system.join(QStringLiteral(", ")).toHtmlEscaped()));
        summary += htmlList(lines);
    }
    if (!m_plan.warnings.isEmpty())
        summary += tr("<p><b>Read this first:</b></p>") + htmlList(m_plan.warnings);
    m_ui->summaryLabel->setText(summary);

    m_ui->fileList->clear();
    for (const PreviewPlan::File &file : m_plan.files)
        m_ui->fileList->addItem(file.remove       ? tr("%1 (removed)").arg(file.path)
                                : file.oldContent ? tr("%1 (changed)").arg(file.path)
                                                  : tr("%1 (new)").arg(file.path));
    if (!m_plan.files.isEmpty())
        m_ui->fileList->setCurrentRow(0);

    QStringList commands;
    for (const QStringList &command : m_plan.commands)
        commands.append(
            QStringLiteral("<code>%1</code>").arg(command.join(QLatin1Char(' ')).toHtmlEscaped()));
    m_ui->commandsLabel->setText(
        commands.isEmpty() ? tr("<b>No command runs.</b>")
                           : tr("<b>Then the helper runs:</b> %1").arg(commands.join(QStringLiteral(", "))));
    if (!m_plan.ok) {
        setBanner(tr("<b>This selection cannot be applied:</b>") + htmlList(m_plan.errors), true);
    } else if (!m_readOnlyReason.isEmpty()) {
        setBanner(m_readOnlyReason.toHtmlEscaped(), true);
    } else {
        setBanner(
            tr("Nothing has been written yet. Apply asks for your password, writes these files and runs the "
               "command; your current configuration is kept so that Undo can restore it."),
            false);
    }
    setPhase(Phase::Reviewing);
}

void ReviewDialog::showFile(int row)
{
    if (row < 0 || row >= m_plan.files.size()) {
        m_ui->fileView->clear();
        return;
    }
    const PreviewPlan::File &file = m_plan.files.at(row);
    QString text = file.path + QLatin1Char('\n');
    if (!file.reason.isEmpty())
        text += file.reason + QLatin1Char('\n');
    if (file.remove) {
        text += tr("This file is removed. It held:") + QStringLiteral("\n\n") +
                file.oldContent.value_or(QString());
    } else {
        text += file.oldContent ? tr("Changes (- removed, + added):") : tr("New file:");
        text += QStringLiteral("\n\n");
        text += file.oldContent ? lineDiff(*file.oldContent, file.newContent) : file.newContent;
    }
    m_ui->fileView->setPlainText(text);
}

void ReviewDialog::onCallFailed(const QString &operation, const QString &, const QString &message)
{
    // The calls of both kinds of change: the devices' configuration and the kernel command line (whose
    // "KernelCommandLine" refusal comes from a service that cannot change it, in either phase).
    const bool commandLine = operation == QLatin1String("KernelCommandLine");
    const bool previewCall = operation.startsWith(QLatin1String("Preview")) || commandLine;
    const bool changeCall = operation == QLatin1String("Apply") || operation == QLatin1String("Revert") ||
                            operation == QLatin1String("SetKernelCommandLine") || commandLine;
    if (previewCall && m_phase == Phase::AskingPreview) {
        m_ui->summaryLabel->setText(tr("<b>The changes cannot be shown.</b>"));
        setBanner(tr("<b>The helper is not reachable.</b> %1").arg(message.toHtmlEscaped()), true);
        setPhase(Phase::PreviewFailed);
    } else if (changeCall && m_phase == Phase::Running) {
        m_ui->progressBar->setRange(0, 1);
        m_ui->progressBar->setValue(0);
        setBanner(tr("<b>Nothing was changed.</b> %1<br>Your previous configuration is in place.")
                      .arg(message.toHtmlEscaped()),
                  true);
        setPhase(Phase::Failed);
    }
}

void ReviewDialog::runApply()
{
    if (m_mode != Mode::Revert && (m_phase != Phase::Reviewing || !m_plan.ok || !m_readOnlyReason.isEmpty()))
        return;
    if (m_mode == Mode::Revert && !m_readOnlyReason.isEmpty()) {
        setBanner(m_readOnlyReason.toHtmlEscaped(), true);
        setPhase(Phase::PreviewFailed);
        return;
    }
    m_steps = 0;
    m_ui->progressBar->setVisible(true);
    m_ui->outputView->setVisible(true);
    const int expected = static_cast<int>(m_plan.files.size() + m_plan.commands.size());
    m_ui->progressBar->setRange(0, expected > 0 ? expected : 0); // 0..0 shows a busy bar
    m_ui->progressBar->setValue(0);
    setBanner(tr("Waiting for authorisation and the helper…"), false);
    setPhase(Phase::Running);
    if (m_mode == Mode::Apply)
        m_helper->apply(m_addresses);
    else if (m_mode == Mode::KernelCommandLine)
        m_helper->setCommandLine(m_change);
    else
        m_helper->revert();
}

void ReviewDialog::onStarted(const QString &transactionId)
{
    if (m_phase == Phase::Running && m_transaction.isEmpty())
        m_transaction = transactionId;
}

void ReviewDialog::onProgress(const QString &transactionId, const QString &step, const QString &line)
{
    if (m_phase != Phase::Running || (!m_transaction.isEmpty() && transactionId != m_transaction))
        return;
    if (!step.isEmpty() && m_ui->statusBanner->text() != step.toHtmlEscaped()) {
        setBanner(step.toHtmlEscaped(), false);
        m_ui->outputView->appendPlainText(QStringLiteral("== %1").arg(step));
        ++m_steps;
        if (m_ui->progressBar->maximum() > 0)
            m_ui->progressBar->setValue(std::min(m_steps, m_ui->progressBar->maximum()));
    }
    if (!line.isEmpty())
        m_ui->outputView->appendPlainText(line);
}

void ReviewDialog::onFinished(const QString &transactionId, bool success, const QString &message)
{
    if (m_phase != Phase::Running || (!m_transaction.isEmpty() && transactionId != m_transaction))
        return;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(success ? 1 : 0);
    if (success) {
        setBanner(tr("<b>Restart to finish.</b> %1").arg(message.toHtmlEscaped()), false);
        setPhase(Phase::Succeeded);
        emit changesApplied();
    } else {
        QString html = tr("<b>It did not work.</b> %1").arg(message.toHtmlEscaped());
        if (!message.contains(QLatin1String("previous configuration is in place")))
            html += tr("<br>Your previous configuration is in place.");
        setBanner(html, true);
        setPhase(Phase::Failed);
    }
}

} // namespace vfio
