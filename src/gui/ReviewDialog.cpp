// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewDialog.h"

#include "BannerStyle.h"
#include "ConfigLineHelp.h"
#include "ReviewHtml.h"
#include "SystemChangeService.h"
#include "ui_ReviewDialog.h"

#include "policy/VfioConfig.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace vfio {

using reviewhtml::code;
using reviewhtml::htmlList;

namespace {
// "Your system builds its initramfs with initramfs-tools", with the word explained. A plan with notices was
// made for an assumed generator (a snapshot without one), which the notice says: only the word then.
QString initramfsSentence(const PreviewPlan &plan)
{
    if (plan.initramfs.isEmpty())
        return {};
    if (!plan.notices.isEmpty())
        return ReviewDialog::tr(
            "<p>The initramfs is the small file system the kernel starts from, which loads "
            "the first drivers, so it has to load vfio-pci first as well.</p>");
    const QString what = ReviewDialog::tr("the initramfs is the small file system the kernel starts from, "
                                          "which loads the first drivers, so it has to load vfio-pci first "
                                          "as well");
    return plan.distribution.isEmpty()
               ? ReviewDialog::tr("<p>This system builds its initramfs with %1 (%2).</p>")
                     .arg(plan.initramfs.toHtmlEscaped(), what)
               : ReviewDialog::tr("<p>%1 builds its initramfs with %2 (%3).</p>")
                     .arg(plan.distribution.toHtmlEscaped(), plan.initramfs.toHtmlEscaped(), what);
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

ReviewDialog::ReviewDialog(SystemChangeService *helper, Mode mode, const QStringList &addresses,
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
    m_ui->fileSplitter->setStretchFactor(0, 3);
    m_ui->fileSplitter->setStretchFactor(1, 2);
    m_ui->lineHelp->setVisible(false);
    m_applyButton = m_ui->buttonBox->addButton(mode == Mode::Revert ? tr("&Undo") : tr("&Apply"),
                                               QDialogButtonBox::AcceptRole);
    m_applyButton->setEnabled(false);
    m_applyButton->setAccessibleDescription(
        mode == Mode::Revert
            ? tr("Restores the files the last Apply replaced")
            : tr("Asks for your password, then writes the files shown and runs the commands"));
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setAccessibleDescription(tr("Closes this window; Escape does the same"));
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

    connect(m_helper, &SystemChangeService::previewReady, this, &ReviewDialog::onPreview);
    connect(m_helper, &SystemChangeService::callFailed, this, &ReviewDialog::onCallFailed);
    connect(m_helper, &SystemChangeService::transactionStarted, this, &ReviewDialog::onStarted);
    connect(m_helper, &SystemChangeService::progress, this, &ReviewDialog::onProgress);
    connect(m_helper, &SystemChangeService::finished, this, &ReviewDialog::onFinished);
    // The scroll area sizes its content by the preferred heights and for the width without a scroll bar;
    // updateScrolling() gives it the real minimum instead (see there).
    m_ui->contentArea->installEventFilter(this);
    m_ui->content->installEventFilter(this);
    fitToScreen();
}

bool ReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_ui->contentArea && event->type() == QEvent::Resize) ||
        (watched == m_ui->content && event->type() == QEvent::LayoutRequest))
        updateScrolling();
    return QDialog::eventFilter(watched, event);
}

void ReviewDialog::updateScrolling()
{
    // The files and the tools' output take what room is left (their size hints are ignored), so the content
    // needs its minimum for the width it gets: the wrapped texts whole, the lists at their smallest. Below
    // that it scrolls, with the bar switched on first so that the texts are wrapped for the narrower width.
    QLayout *layout = m_ui->content->layout();
    const QSize area = m_ui->contentArea->size();
    int width = area.width();
    int needed = layout->minimumHeightForWidth(width);
    if (needed < 0)
        needed = layout->minimumSize().height();
    Qt::ScrollBarPolicy policy = Qt::ScrollBarAlwaysOff;
    if (needed > area.height()) {
        policy = Qt::ScrollBarAlwaysOn;
        width -= m_ui->contentArea->verticalScrollBar()->sizeHint().width();
        needed = std::max(needed, layout->minimumHeightForWidth(width));
    }
    if (m_ui->contentArea->verticalScrollBarPolicy() != policy)
        m_ui->contentArea->setVerticalScrollBarPolicy(policy);
    if (m_ui->content->minimumHeight() != needed)
        m_ui->content->setMinimumHeight(needed);
}

ReviewDialog::~ReviewDialog() = default;

// QDialog presses its default button (Apply, as the button box made it) on an Enter that no widget took:
// Enter in the file list, say. Applying changes the system, so Enter presses Apply only once Tab has put
// the focus on it (the button takes that Enter itself, like Space). Escape still closes.
void ReviewDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ReviewDialog::fitToScreen()
{
    QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // Room for the frame and title bar the window manager adds, unknown before the dialog is shown. The
    // content scrolls below its own size, so the buttons stay on a small (or scaled) screen.
    const QSize frame(24, 64);
    const QSize available = screen->availableGeometry().size() - frame;
    resize(QSize(980, 680).boundedTo(available).expandedTo(QSize(320, 240)));
}

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
    // From the palette, so that a dark theme gets a dark banner; the icon says its kind without colour.
    const BannerKind kind = problem ? BannerKind::Problem : BannerKind::Information;
    m_ui->statusBanner->setStyleSheet(bannerStyleSheet(kind, palette()));
    showBannerKind(m_ui->statusBannerIcon, m_ui->statusBanner, kind);
    m_ui->statusBanner->setVisible(!html.isEmpty());
    m_ui->statusBannerIcon->setVisible(!html.isEmpty());
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
    } else {
        summary += devicesSummary();
    }
    if (!m_plan.notices.isEmpty())
        summary += tr("<p><b>About this review:</b></p>") + htmlList(m_plan.notices);
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

QString ReviewDialog::devicesSummary() const
{
    QString summary;
    if (m_addresses.isEmpty()) {
        summary +=
            tr("<p><b>Nothing is ticked:</b> applying removes VFIO Isolator's configuration and every device "
               "returns to the host at the next boot.</p>");
    } else if (!m_plan.ok) {
        // Refused (the banner says why): what was asked for, not "nothing".
        summary += tr("<p><b>Ticked:</b> %1</p>").arg(m_addresses.join(QStringLiteral(", ")).toHtmlEscaped());
        return summary;
    }
    const auto reasonOf = [](const PreviewPlan::Device &device) {
        return !device.reason.isEmpty()
                   ? device.reason
                   : tr("%1 is bound %2.")
                         .arg(device.address, device.binding == BindMethod::ByAddress ? tr("by its address")
                                                                                      : tr("by its ID"));
    };
    if (!m_plan.knowsConfigured) {
        // An older helper does not say what is configured now: the ticked devices only.
        QStringList lines;
        for (const PreviewPlan::Device &device : m_plan.devices)
            lines.append(reasonOf(device));
        if (!lines.isEmpty())
            summary += tr("<p><b>These devices go to vfio-pci at the next boot:</b></p>") + htmlList(lines);
        return summary + initramfsSentence(m_plan);
    }
    QStringList added, kept, removed, stays;
    for (const PreviewPlan::Device &device : m_plan.devices)
        (m_plan.isConfigured(device.address) ? kept : added).append(reasonOf(device));
    for (const PreviewPlan::Configured &device : m_plan.configured) {
        if (std::any_of(m_plan.devices.cbegin(), m_plan.devices.cend(),
                        [&device](const PreviewPlan::Device &d) { return d.address == device.address; }))
            continue;
        const QString name = device.description.isEmpty() ? device.address : device.description;
        (device.afterApply ? stays : removed)
            .append(device.id.isEmpty() ? name : tr("%1 [%2]").arg(name, device.id));
    }
    if (!added.isEmpty())
        summary += tr("<p><b>Added</b> (newly ticked): vfio-pci takes them from the next boot.</p>") +
                   htmlList(added);
    if (!kept.isEmpty())
        summary += tr("<p><b>Kept</b> (configured already and still ticked): they stay with vfio-pci.</p>") +
                   htmlList(kept);
    if (!removed.isEmpty())
        summary += tr("<p><b>Removed</b> (configured now, no longer ticked): they return to the host at the "
                      "next boot.</p>") +
                   htmlList(removed);
    if (!stays.isEmpty())
        summary += tr("<p><b>Not removed</b> (no longer ticked, but a line in %1 that VFIO Isolator does not "
                      "manage still gives them to vfio-pci; delete that line by hand to return them to the "
                      "host):</p>")
                       .arg(code(VfioConfig::path())) +
                   htmlList(stays);
    if (added.isEmpty() && removed.isEmpty() && !m_addresses.isEmpty())
        summary += tr("<p>No device changes hands: the ticks are what is configured already.</p>");
    return summary + initramfsSentence(m_plan);
}

void ReviewDialog::showFile(int row)
{
    if (row < 0 || row >= m_plan.files.size()) {
        m_ui->fileView->clear();
        m_ui->lineHelp->clear();
        m_ui->lineHelp->setVisible(false);
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
    const QStringList help =
        explainConfigLines(file.path, file.remove ? file.oldContent.value_or(QString()) : file.newContent);
    QString html;
    if (!help.isEmpty()) {
        html = tr("<p><b>What the lines mean</b></p><ul style='margin:0'>");
        for (const QString &sentence : help)
            html += QStringLiteral("<li>%1</li>").arg(sentence);
        html += QStringLiteral("</ul>");
    }
    m_ui->lineHelp->setVisible(!html.isEmpty());
    m_ui->lineHelp->setHtml(html);
    // From the top, also once the splitter has given the panel its size (a resize keeps the scrolled line).
    QTimer::singleShot(0, m_ui->lineHelp,
                       [help = m_ui->lineHelp] { help->verticalScrollBar()->setValue(0); });
}

void ReviewDialog::onCallFailed(SystemChangeService::Call call, const QString &, const QString &message)
{
    // The calls of both kinds of change: the devices' configuration and the kernel command line.
    using Call = SystemChangeService::Call;
    const bool previewCall = call == Call::Preview || call == Call::PreviewKernelCommandLine;
    const bool changeCall = call == Call::Apply || call == Call::Revert || call == Call::SetKernelCommandLine;
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
