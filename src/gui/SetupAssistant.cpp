// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupAssistant.h"

#include "SetupPages.h"
#include "SystemRestart.h"

namespace vfio {

namespace {

// The ticks start from what is configured, so that the assistant changes only what the person changes. A
// configured host-critical group was confirmed when it was applied, so it is not asked for again.
void tickConfigured(SetupContext &context)
{
    if (!context.machine.boot.config)
        return;
    for (const PciDevice &device : context.machine.topology.devices) {
        if (context.machine.boot.config->binds(device) && !context.selection.isChecked(device.address))
            context.selection.tick(device.address, true);
    }
}

} // namespace

SetupAssistant::SetupAssistant(MachineReading machine, SystemChangeService *helper,
                               const QString &readOnlyReason, QWidget *parent)
    : QWizard(parent)
{
    m_context.check = checkSystem(machine.root, machine.topology);
    m_context.selection = CheckedSelection(machine.topology, machine.critical);
    m_context.machine = std::move(machine);
    m_context.helper = helper;
    m_context.readOnlyReason = readOnlyReason;
    tickConfigured(m_context);

    setWindowTitle(tr("First-time setup"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every desktop, titles readable in dark themes
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setPage(ChecksPageId, new SetupChecksPage(m_context, this));
    setPage(ChoosePageId, new SetupChoosePage(m_context, this));
    auto *apply = new SetupApplyPage(m_context, this);
    setPage(ApplyPageId, apply);
    auto *restart = new SetupRestartPage(m_context, this);
    setPage(RestartPageId, restart);
    setPage(VerifyPageId, new SetupVerifyPage(m_context, this));
    setStartId(ChecksPageId);
    connect(apply, &SetupApplyPage::changesApplied, this, &SetupAssistant::changesApplied);
    connect(restart, &SetupRestartPage::restartRequested, this, &SetupAssistant::restartRequested);
    auto *logind = new SystemRestart(this);
    connect(this, &SetupAssistant::restartRequested, logind, &SystemRestart::request);
    connect(logind, &SystemRestart::failed, restart, &SetupRestartPage::showProblem);
}

SetupAssistant::~SetupAssistant() = default;

void SetupAssistant::startWithVerification()
{
    setStartId(VerifyPageId);
    restart();
}

} // namespace vfio
