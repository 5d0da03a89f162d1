// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckedSelection.h"
#include "MachineReading.h"

#include "checks/SystemCheck.h"

#include <QWizard>

namespace vfio {

class SystemChangeService;

// What every page of the first-time setup works on: the machine as read, its system check, the selection
// (the main window's rules, through CheckedSelection) and the helper.
struct SetupContext
{
    MachineReading machine;
    SystemCheck check;
    CheckedSelection selection{Topology{}, HostCriticalReport{}};
    SystemChangeService *helper = nullptr;
    QString readOnlyReason; // non-empty: a snapshot or the sample, nothing is changed
};

// The first-time setup for a beginner, a QWizard whose pages render the core's system check and
// verification: (1) the checks, with the fix the helper can make; (2) choose what to pass through; (3) review
// and apply through the helper; (4) restart (with the safety boot entry explained); (5) after the restart,
// the verification with the fix for each problem.
class SetupAssistant : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ChecksPageId,
        ChoosePageId,
        ApplyPageId,
        RestartPageId,
        VerifyPageId,
    };

    SetupAssistant(MachineReading machine, SystemChangeService *helper, const QString &readOnlyReason,
                   QWidget *parent = nullptr);
    ~SetupAssistant() override;

    // Opens on the verification (after the restart).
    void startWithVerification();
    SetupContext &context() { return m_context; }

signals:
    void changesApplied();   // the devices' configuration was applied (the window re-reads it)
    void restartRequested(); // the person chose "Restart now" (logind is asked; tests listen here)

private:
    SetupContext m_context;
};

} // namespace vfio
