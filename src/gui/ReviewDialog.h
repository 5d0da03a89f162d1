// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PreviewPlan.h"
#include "SystemChangeService.h"

#include "boot/KernelParameters.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ReviewDialog;
}

namespace vfio {

// Shows what the helper would write (its Preview: each file as a diff, the commands), then applies it with a
// progress bar and the tools' output streaming in. Reverting uses the same dialog and starts at once.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Apply,
        Revert,
        KernelCommandLine, // the first-time setup's change of the kernel command line
    };
    enum class Phase
    {
        AskingPreview,
        Reviewing,
        PreviewFailed,
        Running,
        Succeeded,
        Failed
    };

    // `readOnlyReason` non-empty: Apply stays disabled and the reason is shown (the sample machine).
    ReviewDialog(SystemChangeService *helper, Mode mode, const QStringList &addresses,
                 const QString &readOnlyReason, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    Phase phase() const { return m_phase; }
    QString bannerText() const; // what the status banner says (plain text), for tests
    QPushButton *applyButton() const { return m_applyButton; }
    const PreviewPlan &plan() const { return m_plan; }

    // KernelCommandLine mode: the words to add and remove; set before start().
    void setCommandLineChange(const CommandLineChange &change) { m_change = change; }
    // Starts the Preview (Apply modes) or the Revert (Revert mode); called once the dialog is shown.
    void start();

signals:
    void changesApplied(); // success: the window re-reads the configuration

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onPreview(const QString &json);
    void onCallFailed(SystemChangeService::Call call, const QString &errorName, const QString &message);
    void onStarted(const QString &transactionId);
    void onProgress(const QString &transactionId, const QString &step, const QString &line);
    void onFinished(const QString &transactionId, bool success, const QString &message);
    void showFile(int row);
    void runApply();
    void setBanner(const QString &html, bool problem);
    QString devicesSummary() const;
    void fitToScreen();
    void updateScrolling();
    void setPhase(Phase phase);

    std::unique_ptr<Ui::ReviewDialog> m_ui;
    SystemChangeService *m_helper;
    Mode m_mode;
    QStringList m_addresses;
    CommandLineChange m_change;
    QString m_readOnlyReason;
    PreviewPlan m_plan;
    Phase m_phase = Phase::AskingPreview;
    QString m_transaction;
    QPushButton *m_applyButton = nullptr;
    int m_steps = 0;
};

} // namespace vfio
