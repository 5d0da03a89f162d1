#include "HelperPlan.h"
#include "boot/SafetyEntryForApply.h"

#include "HelperErrors.h"
#include "policy/ApplyPlan.h"
#include "policy/InitramfsBackend.h"
#include "topology/TopologyScanner.h"

namespace vfio {

QJsonArray HelperPlan::devicesJson() const
{
    QJsonArray array;
    for (const Device &device : devices) {
        array.append(QJsonObject{{QStringLiteral("address"), device.address},
                                 {QStringLiteral("id"), device.id},
                                 {QStringLiteral("binding"), device.binding},
                                 {QStringLiteral("reason"), device.reason}});
    }
    return array;
}

QJsonArray HelperPlan::configuredJson() const
{
    QJsonArray array;
    for (const Configured &device : configured) {
        array.append(QJsonObject{{QStringLiteral("address"), device.address},
                                 {QStringLiteral("id"), device.id},
                                 {QStringLiteral("description"), device.description},
                                 {QStringLiteral("afterApply"), device.afterApply}});
    }
    return array;
}

HelperPlan::File toPlanFile(const FileChange &change)
{
    return HelperPlan::File{change.path,       change.reason, change.oldContent,
                            change.newContent, change.remove, change.mode};
}

QJsonArray filesToJson(const QList<HelperPlan::File> &files)
{
    QJsonArray fileArray;
    for (const HelperPlan::File &file : files) {
        fileArray.append(QJsonObject{
            {QStringLiteral("path"), file.path},
            {QStringLiteral("reason"), file.reason},
            {QStringLiteral("old"),
             file.oldContent ? QJsonValue(*file.oldContent) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("new"), file.newContent},
            {QStringLiteral("remove"), file.remove},
            {QStringLiteral("mode"), file.mode ? QJsonValue(*file.mode) : QJsonValue(QJsonValue::Null)}});
    }
    return fileArray;
}

QJsonArray commandsToJson(const QList<QStringList> &commands)
{
    QJsonArray commandArray;
    for (const QStringList &command : commands)
        commandArray.append(QJsonArray::fromStringList(command));
    return commandArray;
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
    return QJsonObject{{QStringLiteral("ok"), ok},
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
    if (!detection.backend && options.backend.isEmpty() && options.fallbackBackend.isEmpty()) {
        plan.errorName = helpererrors::unsupportedSystem();
        plan.errors = {detection.error};
        return plan;
    }

    QList<PciAddress> selection;
    for (const QString &text : addresses) {
        const auto address = PciAddress::parse(text);
        if (!address) {
            plan.errorName = helpererrors::invalidArgument();
            plan.errors = {
                QStringLiteral("\"%1\" is not a PCI address: use the form 0000:01:00.0.").arg(text)};
            return plan;
        }
        selection.append(*address);
    }

    ApplyPlan core = makePlan(topology, selection, root, options);
    addSafetyEntry(core, root);
    plan.errors = core.errors;
    plan.warnings = core.warnings;
    plan.notices = core.notices;
    plan.initramfs = core.backend;
    for (const PciAddress &address : std::as_const(core.configuredBefore)) {
        const PciDevice *device = topology.find(address);
        plan.configured.append(
            HelperPlan::Configured{address.toString(), device ? device->idPair() : QString(),
                                   device ? SelectionRules::describe(*device) : address.toShortString(),
                                   core.configuredAfter.contains(address)});
    }
    if (!core.ok()) {
        plan.errorName = helpererrors::invalidSelection();
        return plan;
    }
    plan.ok = true;
    for (const FileChange &file : core.files)
        plan.files.append(toPlanFile(file));
    plan.commands = toCommandLists(core.commands);
    QStringList byAddress;
    for (const DeviceBinding &binding : core.bindings) {
        const bool viaAddress = binding.method == BindMethod::ByAddress;
        plan.devices.append(HelperPlan::Device{binding.address.toString(), binding.idPair,
                                               viaAddress ? QStringLiteral("address") : QStringLiteral("ids"),
                                               binding.reason});
        if (viaAddress)
            byAddress.append(binding.address.toString());
    }

    QStringList message{
        QStringLiteral("Restart to finish: after the next boot %1 will use vfio-pci; check with "
                       "`lspci -nnk` (\"Kernel driver in use: vfio-pci\").")
            .arg(addresses.join(QStringLiteral(", ")))};
    if (!core.kernelCommandLine.isEmpty())
        message.append(
            QStringLiteral("vfio-pci is built into this kernel: also add %1 to the kernel command line.")
                .arg(core.kernelCommandLine));
    plan.successMessage = message.join(QLatin1Char('\n'));
    return plan;
}

} // namespace vfio
