#include "ApplyPlan.h"

#include "InitramfsBackend.h"
#include "KernelModuleIndex.h"
#include "VfioConfig.h"

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

// Typical systems that build their initramfs with `backend`, for a snapshot that does not say which it is.
QString typicalSystem(const QString &backend)
{
    if (backend == QStringLiteral("initramfs-tools"))
        return QStringLiteral("a Debian or Ubuntu system");
    if (backend == QStringLiteral("dracut"))
        return QStringLiteral("a Fedora or openSUSE system");
    if (backend == QStringLiteral("mkinitcpio"))
        return QStringLiteral("an Arch Linux system");
    return QStringLiteral("a system");
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

    plan.devices = selection;
    std::sort(plan.devices.begin(), plan.devices.end());
    plan.devices.erase(std::unique(plan.devices.begin(), plan.devices.end()), plan.devices.end());
    plan.bindings = rules.bindings(plan.devices);
    for (const DeviceBinding &binding : std::as_const(plan.bindings))
        plan.notes.append(binding.reason);

    const HostCriticalReport critical = HostCriticalDevices::detect(topology, root);
    plan.hostCritical = critical.within(plan.devices);
    for (const HostCriticalDevice &device : std::as_const(plan.hostCritical))
        plan.warnings.append(device.reason +
                             QStringLiteral(" It is in this selection, so the host loses it at the "
                                            "next boot."));
    if (const QString caution = critical.rootDiskCaution(topology, plan.devices); !caution.isEmpty())
        plan.warnings.append(caution); // the controller of / is unknown and a storage controller is chosen

    const Result<KernelModuleIndex> loaded = KernelModuleIndex::load(root, topology.kernelRelease);
    if (!loaded) {
        plan.kernelRelease = topology.kernelRelease;
        plan.errors.append(loaded.error());
        return plan;
    }
    const KernelModuleIndex &kernel = *loaded;
    plan.kernelRelease = kernel.release();
    if (!plan.devices.isEmpty() && !kernel.exists(QStringLiteral("vfio_pci"))) {
        plan.errors.append(
            QStringLiteral("Kernel %1 has no vfio-pci driver (neither a module nor built in). Install "
                           "a kernel built with CONFIG_VFIO_PCI, boot it, and try again.")
                .arg(kernel.release()));
        return plan;
    }
    const bool builtin = kernel.vfioPciBuiltin();
    const bool anyByAddress =
        std::any_of(plan.bindings.cbegin(), plan.bindings.cend(),
                    [](const DeviceBinding &b) { return b.method == BindMethod::ByAddress; });
    std::unique_ptr<InitramfsBackend> backend;
    QString assumedSystem; // non-empty: no generator under the root, planned as on this system
    if (!options.backend.isEmpty()) {
        backend = makeInitramfsBackend(options.backend);
        if (!backend) {
            plan.errors.append(
                QStringLiteral("Unknown initramfs generator \"%1\"; use initramfs-tools, mkinitcpio, "
                               "dracut or booster.")
                    .arg(options.backend));
            return plan;
        }
    } else {
        BackendDetection detection = detectInitramfsBackend(root);
        plan.notes += detection.notes;
        if (!detection.backend && !options.fallbackBackend.isEmpty()) {
            // A snapshot: plan for the generator its distribution uses (or the fallback), and say so below.
            const bool known = !detection.usual.isEmpty();
            detection.backend = makeInitramfsBackend(known ? detection.usual : options.fallbackBackend);
            if (detection.backend)
                assumedSystem = known && !detection.osName.isEmpty()
                                    ? detection.osName
                                    : typicalSystem(detection.backend->name());
        }
        if (!detection.backend && !builtin) {
            plan.errors.append(detection.error);
            return plan;
        }
        backend = std::move(detection.backend);
    }
    plan.backend = backend ? backend->name() : QString();

    const RenderedConfig config = VfioConfig::render(topology, plan.bindings, kernel, existing);
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

    QList<FileChange> files;
    files.append(makeFileChange(root, VfioConfig::path(), config.text,
                                QStringLiteral("Tells vfio-pci which devices to claim, and makes their usual "
                                               "drivers wait for it.")));
    if (backend) {
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
        files += backend->files(request, &plan.warnings);
        const QStringList modules = request.modules;
        if (!modules.isEmpty())
            plan.notes.append(
                QStringLiteral("Kernel %1: the initramfs loads %2%3.")
                    .arg(kernel.release(), modules.join(QStringLiteral(", ")),
                         modules.contains(QStringLiteral("vfio_virqfd"))
                             ? QStringLiteral(" (this kernel still has vfio_virqfd as a module)")
                             : QString()));
        if (builtin)
            plan.notes.append(
                QStringLiteral("vfio-pci is built into kernel %1, so the initramfs needs no change "
                               "for it.")
                    .arg(kernel.release()));
    }
    for (const FileChange &file : std::as_const(files)) {
        // Nothing to remove from a file that does not exist: do not create it empty.
        if (file.changes() && (file.oldContent || !file.newContent.isEmpty()))
            plan.files.append(file);
    }
    if (!plan.files.isEmpty() && backend)
        plan.commands = backend->commands(InitramfsRequest{root, {}, {}, anyByAddress});
    if (!assumedSystem.isEmpty())
        plan.notices.append(assumedBackendNotice(assumedSystem, plan.backend, plan.commands));
    return plan;
}

} // namespace vfio
