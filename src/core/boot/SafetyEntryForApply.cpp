// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyEntryForApply.h"

#include "BootLoader.h"
#include "KernelCommandLineBackend.h"

#include <QCoreApplication>

namespace vfio {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SafetyEntryForApply)
};
} // namespace

void addSafetyEntry(ApplyPlan &plan, const QString &root)
{
    if (!plan.ok())
        return;
    const BootLoader loader = detectBootLoader(root);
    const bool configured = !plan.devices.isEmpty();
    const Result<CommandLinePlan> safety =
        configured ? safetyEntryPlan(root, loader) : safetyEntryRemovalPlan(root, loader);
    if (!safety.ok()) {
        if (configured)
            plan.warnings.append(
                Text::tr(
                    "No boot entry without VFIO passthrough can be made here: %1 If the screen stays "
                    "black after the restart, add vfio_isolator=off to the kernel command line in the boot "
                    "menu for one start.")
                    .arg(safety.error()));
        return;
    }
    plan.files.append(safety->files);
    plan.commands.append(safety->commands);
    plan.notes.append(safety->notes);
}

} // namespace vfio
