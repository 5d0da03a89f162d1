// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyPlan.h"

#include "InitramfsBackend.h"
#include "KernelModuleIndex.h"
#include "VfioConfig.h"
#include "base/Result.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace vfio {

namespace {

// Other modprobe.d files that also set vfio-pci ids would fight ours; they are the user's, so only say so.
QStringList foreignVfioOptions(const QString &root)
{
    QStringList warnings;
    const QDir dir(underRoot(root, QStringLiteral("/etc/modprobe.d")));
    const QString own = QFileInfo(VfioConfig::path()).fileName();
    for (const QString &name : dir.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name)) {
        if (name == own)
            continue;
        const auto text = readTargetFile(root, QStringLiteral("/etc/modprobe.d/") + name);
        if (!text)
            continue;
        const ConfiguredState state = VfioConfig::parse(*text);
        if (!state.handWrittenIdLines.isEmpty() || !state.addresses.isEmpty())
            warnings.append(
                QStringLiteral("/etc/modprobe.d/%1 also configures vfio-pci (%2). It was left as it is, "
                               "but it may bind other devices or override the IDs set here; remove "
                               "those lines if VFIO Isolator should manage vfio-pci alone.")
                    .arg(name, state.handWrittenIdLines.join(QStringLiteral("; "))));
    }
    return warnings;
}

// The devices vfio-pci takes at the next boot with `vfioConf` as /etc/modprobe.d/vfio.conf.
QList<PciAddress> configuredDevices(const Topology &topology, const QString &vfioConf)
{
    QList<PciAddress> result;
    if (vfioConf.isEmpty())
        return result;
    const ConfiguredState state = VfioConfig::parse(vfioConf);
    for (const PciDevice &device : topology.devices) {
        if (state.binds(device))
            result.append(device.address);
    }
    return result;
}

// Said when a snapshot without a generator is planned for an assumed one (PlanOptions::fallbackBackend).
QString assumedBackendNotice(const QString &system, const QString &backend,
                             const QList<CommandStep> &commands)
{
    QString text =
        QStringLiteral("No initramfs generator was found in this snapshot (it holds no "
                       "update-initramfs, dracut, mkinitcpio or booster program). The plan is shown "
                       "as on %1, which builds its initramfs with %2.")
            .arg(system, backend);
    QStringList run;
    for (const CommandStep &command : commands)
        run.append(command.displayText());
    if (!run.isEmpty())
        text += QStringLiteral(" There Apply would write these files and then run %1.")
                    .arg(run.join(QStringLiteral(", then ")));
    return text;
}

// The selection as the plan holds it: sorted, each device once, with its binding and the reason for it.
void takeSelection(ApplyPlan &plan, const SelectionRules &rules, const QList<PciAddress> &selection)
{
    plan.devices = selection;
    std::sort(plan.devices.begin(), plan.devices.end());
    plan.devices.erase(std::unique(plan.devices.begin(), plan.devices.end()), plan.devices.end());
    plan.bindings = rules.bindings(plan.devices);
    for (const DeviceBinding &binding : std::as_const(plan.bindings))
        plan.notes.append(binding.reason);
}

// Devices the host needs (its display, its root disk, ...) inside the selection: the user must see them.
void warnAboutHostCritical(ApplyPlan &plan, const Topology &topology, const QString &root)
{
    const HostCriticalReport critical = HostCriticalDevices::detect(topology, root);
    plan.hostCritical = critical.within(plan.devices);
    for (const HostCriticalDevice &device : std::as_const(plan.hostCritical))
        plan.warnings.append(device.reason +
                             QStringLiteral(" It is in this selection, so the host loses it at the "
                                            "next boot."));
    if (const QString caution = critical.rootDiskCaution(topology, plan.devices); !caution.isEmpty())
        plan.warnings.append(caution); // the controller of / is unknown and a storage controller is chosen
}

// When devices are selected, the target kernel must have a vfio-pci driver.
Result<void> checkKernel(const KernelModuleIndex &kernel, const ApplyPlan &plan)
{
    if (!plan.devices.isEmpty() && !kernel.exists(QStringLiteral("vfio_pci")))
        return fail(
            QStringLiteral("Kernel %1 has no vfio-pci driver (neither a module nor built in). Install "
                           "a kernel built with CONFIG_VFIO_PCI, boot it, and try again.")
                .arg(kernel.release()));
    return {};
}

struct ChosenBackend
{
    std::unique_ptr<InitramfsBackend> backend; // null: none needed (vfio-pci is built in)
    // Non-empty: no generator under the root, planned as on this system.
    QString assumedSystem; // cppcheck-suppress unusedStructMember ; read in makePlan()
};

// The generator PlanOptions::backend names.
Result<ChosenBackend> namedBackend(const QString &name)
{
    std::unique_ptr<InitramfsBackend> backend = makeInitramfsBackend(name);
    if (!backend)
        return fail(QStringLiteral("Unknown initramfs generator \"%1\"; use initramfs-tools, mkinitcpio, "
                                   "dracut or booster.")
                        .arg(name));
    return ChosenBackend{std::move(backend), {}};
}

// The generator found under the root; for a snapshot without one, the one its distribution uses (or the
// fallback), said in a notice. Without one the plan is refused, unless vfio-pci is built in.
Result<ChosenBackend> detectedBackend(const QString &root, const PlanOptions &options, bool builtin,
                                      QStringList &notes)
{
    BackendDetection detection = detectInitramfsBackend(root);
    notes += detection.notes;
    QString assumedSystem;
    if (!detection.backend && !options.fallbackBackend.isEmpty()) {
        const bool known = !detection.usual.isEmpty();
        if (auto fallback = makeInitramfsBackend(known ? detection.usual : options.fallbackBackend)) {
            assumedSystem =
                known && !detection.osName.isEmpty() ? detection.osName : fallback->typicalSystem();
            detection.backend = std::move(fallback);
        }
    }
    if (!detection.backend && !builtin)
        return detection.backend.failure();
    return ChosenBackend{detection.backend ? std::move(detection.backend).value() : nullptr, assumedSystem};
}

// /etc/modprobe.d/vfio.conf as the plan writes it, with what the user must know about it.
RenderedConfig renderVfioConfig(ApplyPlan &plan, const Topology &topology, const KernelModuleIndex &kernel,
                                const QString &existing, const QString &root)
{
    RenderedConfig config = VfioConfig::render(topology, plan.bindings, kernel, existing);
    plan.warnings += config.warnings;
    plan.warnings += foreignVfioOptions(root);
    plan.kernelCommandLine = config.kernelCommandLine;
    plan.configuredAfter = configuredDevices(topology, config.text);
    if (!config.kernelCommandLine.isEmpty())
        plan.warnings.append(
            QStringLiteral("vfio-pci is built into kernel %1: modprobe options do not reach it. Add "
                           "%2 to the kernel command line (for GRUB: GRUB_CMDLINE_LINUX in "
                           "/etc/default/grub, then regenerate grub.cfg).")
                .arg(kernel.release(), config.kernelCommandLine));
    return config;
}

// The initramfs generator's files, and notes on what the initramfs loads.
QList<FileChange> initramfsFiles(ApplyPlan &plan, const InitramfsBackend &backend,
                                 const KernelModuleIndex &kernel, const QString &root, bool anyByAddress)
{
    const bool builtin = kernel.vfioPciBuiltin();
    InitramfsRequest request;
    request.root = root;
    if (!plan.bindings.isEmpty()) {
        request.modules = kernel.vfioInitramfsModules();
        // vfio.conf carries the options, softdeps and hooks; with a built-in vfio-pci only the hooks of
        // address-bound devices matter at boot.
        if (!builtin || anyByAddress)
            request.files = {VfioConfig::path()};
    }
    request.addressHook = anyByAddress;
    QList<FileChange> files = backend.files(request, &plan.warnings);
    const QStringList modules = request.modules;
    if (!modules.isEmpty())
        plan.notes.append(QStringLiteral("Kernel %1: the initramfs loads %2%3.")
                              .arg(kernel.release(), modules.join(QStringLiteral(", ")),
                                   modules.contains(QStringLiteral("vfio_virqfd"))
                                       ? QStringLiteral(" (this kernel still has vfio_virqfd as a module)")
                                       : QString()));
    if (builtin)
        plan.notes.append(QStringLiteral("vfio-pci is built into kernel %1, so the initramfs needs no change "
                                         "for it.")
                              .arg(kernel.release()));
    return files;
}

// Only files whose content changes; nothing to remove from a file that does not exist: do not create it.
void keepChangedFiles(ApplyPlan &plan, const QList<FileChange> &files)
{
    for (const FileChange &file : files) {
        if (file.changes() && (file.oldContent || !file.newContent.isEmpty()))
            plan.files.append(file);
    }
}

} // namespace

ApplyPlan makePlan(const Topology &topology, const QList<PciAddress> &selection, const QString &root,
                   const PlanOptions &options)
{
    ApplyPlan plan;
    const SelectionRules rules(topology);
    const QString existing = readTargetFile(root, VfioConfig::path()).value_or(QString());
    plan.configuredBefore = configuredDevices(topology, existing);
    plan.configuredAfter = plan.configuredBefore; // nothing is written while the plan is refused

    plan.errors = rules.validate(selection);
    if (!plan.errors.isEmpty())
        return plan;
    takeSelection(plan, rules, selection);
    warnAboutHostCritical(plan, topology, root);

    const Result<KernelModuleIndex> loaded = KernelModuleIndex::load(root, topology.kernelRelease);
    plan.kernelRelease = loaded ? loaded->release() : topology.kernelRelease;
    if (const Result<void> usable = loaded ? checkKernel(*loaded, plan) : loaded.failure(); !usable) {
        plan.errors.append(usable.error());
        return plan;
    }
    const KernelModuleIndex &kernel = *loaded;
    const bool anyByAddress =
        std::any_of(plan.bindings.cbegin(), plan.bindings.cend(),
                    [](const DeviceBinding &b) { return b.method == BindMethod::ByAddress; });
    Result<ChosenBackend> chosen = options.backend.isEmpty()
                                       ? detectedBackend(root, options, kernel.vfioPciBuiltin(), plan.notes)
                                       : namedBackend(options.backend);
    if (!chosen) {
        plan.errors.append(chosen.error());
        return plan;
    }
    const std::unique_ptr<InitramfsBackend> backend = std::move(chosen->backend);
    plan.backend = backend ? backend->name() : QString();

    const RenderedConfig config = renderVfioConfig(plan, topology, kernel, existing, root);
    QList<FileChange> files{makeFileChange(root, VfioConfig::path(), config.text,
                                           QStringLiteral("Tells vfio-pci which devices to claim, and makes "
                                                          "their usual drivers wait for it."))};
    if (backend)
        files += initramfsFiles(plan, *backend, kernel, root, anyByAddress);
    keepChangedFiles(plan, files);
    if (!plan.files.isEmpty() && backend)
        plan.commands = backend->commands(InitramfsRequest{root, {}, {}, anyByAddress});
    if (!chosen->assumedSystem.isEmpty())
        plan.notices.append(assumedBackendNotice(chosen->assumedSystem, plan.backend, plan.commands));
    return plan;
}

} // namespace vfio
