// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SetupAssistant.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SetupChecksPage;
class SetupChoosePage;
class SetupApplyPage;
class SetupRestartPage;
class SetupVerifyPage;
} // namespace Ui

class QListWidgetItem;

namespace vfio {

class ReviewDialog;

// (1) The system check, and the one fix the helper can make: the kernel command line.
class SetupChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupChecksPage(SetupContext &context, QWidget *parent = nullptr);
    ~SetupChecksPage() override;

    bool isComplete() const override;
    int nextId() const override;
    CommandLineChange proposedChange() const;
    ReviewDialog *openFix();
    bool fixApplied() const { return m_fixApplied; }

private:
    std::unique_ptr<Ui::SetupChecksPage> m_ui;
    SetupContext &m_context;
    bool m_fixApplied = false;
};

// (2) The groups that can be passed through, GPUs that are not the boot GPU first; ticking goes through the
// main window's rules (CheckedSelection), so a group is taken whole and host-critical groups are refused.
class SetupChoosePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupChoosePage(SetupContext &context, QWidget *parent = nullptr);
    ~SetupChoosePage() override;

    void initializePage() override;
    bool isComplete() const override;
    QStringList groupTexts() const; // the list's rows in order, for tests
    bool tickGroupOf(const QString &address);

private:
    void onItemChanged(QListWidgetItem *item);
    void fill();

    std::unique_ptr<Ui::SetupChoosePage> m_ui;
    SetupContext &m_context;
};

// (3) The helper's preview and the Apply with progress, in the review dialog the main window uses.
class SetupApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupApplyPage(SetupContext &context, QWidget *parent = nullptr);
    ~SetupApplyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    ReviewDialog *openReview();

signals:
    void changesApplied();

private:
    std::unique_ptr<Ui::SetupApplyPage> m_ui;
    SetupContext &m_context;
    bool m_applied = false;
};

// (4) What the restart will do, the safety boot entry, and "Restart now".
class SetupRestartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupRestartPage(SetupContext &context, QWidget *parent = nullptr);
    ~SetupRestartPage() override;

    void initializePage() override;
    int nextId() const override { return -1; }
    void showProblem(const QString &message); // the restart was refused

signals:
    void restartRequested();

private:
    std::unique_ptr<Ui::SetupRestartPage> m_ui;
    SetupContext &m_context;
};

// (5) The verification after the restart: each configured device, bound or not and why, with the fix.
class SetupVerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupVerifyPage(SetupContext &context, QWidget *parent = nullptr);
    ~SetupVerifyPage() override;

    void initializePage() override;
    int nextId() const override { return -1; }
    QString summaryText() const;

private:
    std::unique_ptr<Ui::SetupVerifyPage> m_ui;
    SetupContext &m_context;
};

} // namespace vfio
