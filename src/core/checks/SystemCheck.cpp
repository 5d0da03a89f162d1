// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemCheck.h"

#include "CheckParts.h"

#include <algorithm>

namespace vfio {

namespace {
bool asksForAction(const Finding &finding)
{
    return finding.state == FindingState::Blocked || finding.state == FindingState::NeedsAction;
}

void appendMissing(QStringList *target, const QStringList &words)
{
    for (const QString &word : words) {
        if (!target->contains(word))
            target->append(word);
    }
}
} // namespace

bool SystemCheck::needsAction() const
{
    return std::any_of(findings.cbegin(), findings.cend(), asksForAction);
}

CommandLineChange SystemCheck::commandLineFix() const
{
    CommandLineChange change;
    for (const Finding &finding : findings) {
        if (!asksForAction(finding))
            continue;
        appendMissing(&change.add, finding.fix.commandLine.add);
        appendMissing(&change.remove, finding.fix.commandLine.remove);
    }
    return change;
}

const Finding *SystemCheck::find(CheckId id) const
{
    for (const Finding &finding : findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

SystemCheck checkSystem(const QString &root, const Topology &topology)
{
    const checks::CheckInput input{root, topology};
    SystemCheck check;
    check.findings << checks::checkCpuVirtualization(input) << checks::checkFirmwareIommu(input)
                   << checks::checkIommuActive(input);
    const Finding parameters = checks::checkKernelParameters(input);
    check.findings << parameters << checks::checkIommuPassthrough(input) << checks::checkVfioModules(input)
                   << checks::checkInitramfsTool(input)
                   << checks::checkBootLoader(input, parameters.fix.commandLine)
                   << checks::checkSecureBoot(input) << checks::checkBootGpu(input);
    return check;
}

} // namespace vfio
