// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/HelperPlan.h"

#include "HelperInterface.h"
#include "boot/SafetyEntryForApply.h"
#include "policy/ApplyPlan.h"
#include "policy/InitramfsBackend.h"
#include "topology/TopologyScanner.h"

#include <QCoreApplication>

namespace vfio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio", text);
}

// The interface's JSON of a list: one value per item, in order.
template <typename Item, typename ToJson> QJsonArray toJsonArray(const QList<Item> &items, ToJson toJson)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(toJson(item));
    return array;
}

QJsonValue orNull(const auto &optional)
{
    return optional ? QJsonValue(*optional) : QJsonValue(QJsonValue::Null);
}

} // namespace

Result<void> HelperPlan::verdict() const
{
    if (ok())
        return {};
    return fail(errors.join(QLatin1Char('\n')),
                errorName.isEmpty() ? helpererrors::errorName(HelperError::InvalidSelection) : errorName);
}

QJsonArray HelperPlan::devicesJson() const
{
    return toJsonArray(devices, [](const Device &device) {
        return QJsonObject{{QStringLiteral("address"), device.address},
                           {QStringLiteral("id"), device.id},
                           {QStringLiteral("binding"), toString(device.binding)},
                           {QStringLiteral("reason"), device.reason}};
    });
}

QJsonArray HelperPlan::configuredJson() const
{
    return toJsonArray(configured, [](const Configured &device) {
        return QJsonObject{{QStringLiteral("address"), device.address},
                           {QStringLiteral("id"), device.id},
                           {QStringLiteral("description"), device.description},
                           {QStringLiteral("afterApply"), device.afterApply}};
    });
}

HelperPlan::File toPlanFile(const FileChange &change)
{
    return HelperPlan::File{change.path,       change.reason, change.oldContent,
                            change.newContent, change.remove, change.mode};
}

QJsonArray filesToJson(const QList<HelperPlan::File> &files)
{
    return toJsonArray(files, [](const HelperPlan::File &file) {
        return QJsonObject{{QStringLiteral("path"), file.path},
                           {QStringLiteral("reason"), file.reason},
                           {QStringLiteral("old"), orNull(file.oldContent)},
                           {QStringLiteral("new"), file.newContent},
                           {QStringLiteral("remove"), file.remove},
                           {QStringLiteral("mode"), orNull(file.mode)}};
    });
}

QJsonArray commandsToJson(const QList<QStringList> &commands)
{
    return toJsonArray(commands,
                       [](const QStringList &command) { return QJsonArray::fromStringList(command); });
}

QList<QStringList> toCommandLists(const QList<CommandStep> &steps)
{
    QList<QStringList> commands;
    for (const CommandStep &step : steps)
        commands.append(QStringList{step.program} + step.arguments);
    return commands;
}

QJsonObject HelperPlan::toJson() const
{
    return QJsonObject{{QStringLiteral("ok"), ok()},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("notices"), QJsonArray::fromStringList(notices)},
                       {QStringLiteral("distribution"), distribution},
                       {QStringLiteral("initramfs"), initramfs},
                       {QStringLiteral("files"), filesToJson(files)},
                       {QStringLiteral("commands"), commandsToJson(commands)},
                       {QStringLiteral("devices"), devicesJson()},
                       {QStringLiteral("configuredNow"), configuredJson()}};
}

QString detectDistribution(const QString &root)
{
    return detectInitramfsBackend(root).osName;
}

namespace {

// The plan refused before the policy was asked: the failure is its one error.
HelperPlan refused(HelperPlan plan, const Failure &failure)
{
    plan.errors = {failure.message};
    plan.errorName = failure.errorName;
    return plan;
}

Result<QList<PciAddress>> parseSelection(const QStringList &addresses)
{
    QList<PciAddress> selection;
    for (const QString &text : addresses) {
        const auto address = PciAddress::parse(text);
        if (!address)
            return fail(tr("\"%1\" is not a PCI address: use the form 0000:01:00.0.").arg(text),
                        helpererrors::errorName(HelperError::InvalidArgument));
        selection.append(*address);
    }
    return selection;
}

// What the policy found, which a refused plan shows too: its findings and what is configured now.
void addFindings(HelperPlan &plan, const ApplyPlan &core, const Topology &topology)
{
    plan.errors = core.errors;
    plan.warnings = core.warnings;
    plan.notices = core.notices;
    plan.initramfs = core.backend;
    for (const PciAddress &address : core.configuredBefore) {
        const PciDevice *device = topology.find(address);
        plan.configured.append(
            HelperPlan::Configured{address.toString(), device ? device->idPair() : QString(),
                                   device ? SelectionRules::describe(*device) : address.toShortString(),
                                   core.configuredAfter.contains(address)});
    }
}

QString successMessage(const QStringList &addresses, const ApplyPlan &core)
{
    QStringList message{tr("Restart to finish: after the next boot %1 will use vfio-pci; check with "
                           "`lspci -nnk` (\"Kernel driver in use: vfio-pci\").")
                            .arg(addresses.join(QStringLiteral(", ")))};
    if (!core.kernelCommandLine.isEmpty())
        message.append(tr("vfio-pci is built into this kernel: also add %1 to the kernel command line.")
                           .arg(core.kernelCommandLine));
    return message.join(QLatin1Char('\n'));
}

// What Apply of an accepted plan writes, runs and binds, and what it says when done.
void addChanges(HelperPlan &plan, const ApplyPlan &core, const QStringList &addresses)
{
    for (const FileChange &file : core.files)
        plan.files.append(toPlanFile(file));
    plan.commands = toCommandLists(core.commands);
    for (const DeviceBinding &binding : core.bindings)
        plan.devices.append(
            HelperPlan::Device{binding.address.toString(), binding.idPair, binding.method, binding.reason});
    plan.successMessage = successMessage(addresses, core);
}

} // namespace

HelperPlan makeHelperPlan(const QString &root, const QStringList &addresses)
{
    return makeHelperPlan(TopologyScanner(root).scan(), root, addresses);
}

HelperPlan makeHelperPlan(const Topology &topology, const QString &root, const QStringList &addresses,
                          const PlanOptions &options)
{
    HelperPlan plan;
    // Without a known initramfs generator nothing can be done safely: say which system is unsupported.
    const BackendDetection detection = detectInitramfsBackend(root);
    plan.distribution = detection.osName;
    if (!detection.backend && options.backend.isEmpty() && options.fallbackBackend.isEmpty())
        return refused(std::move(plan), fail(detection.backend.error(),
                                             helpererrors::errorName(HelperError::UnsupportedSystem)));
    const Result<QList<PciAddress>> selection = parseSelection(addresses);
    if (!selection)
        return refused(std::move(plan), selection.failure());

    ApplyPlan core = makePlan(topology, *selection, root, options);
    addSafetyEntry(core, root);
    addFindings(plan, core, topology);
    if (!core.ok()) {
        plan.errorName = helpererrors::errorName(HelperError::InvalidSelection);
        return plan;
    }
    addChanges(plan, core, addresses);
    return plan;
}

} // namespace vfio
