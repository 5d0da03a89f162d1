// SPDX-License-Identifier: GPL-3.0-or-later
// The software part of the system check: the kernel's vfio modules, the initramfs tool and the boot loader,
// each what the app needs to make a binding last across restarts.

#include "CheckParts.h"

#include "boot/BootLoader.h"
#include "policy/InitramfsBackend.h"
#include "policy/KernelModuleIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vfio::checks {

namespace {

// The translation context of the system check's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SystemCheck)
};

// What passthrough needs from the kernel: the vfio core, its IOMMU backend and the PCI driver.
QStringList requiredVfioModules()
{
    return {QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"), QStringLiteral("vfio_pci")};
}

QString describe(BootLoaderKind kind)
{
    switch (kind) {
    case BootLoaderKind::GrubDropIn:
        return Text::tr("GRUB, configured through /etc/default/grub.d");
    case BootLoaderKind::GrubDefaults:
        return Text::tr("GRUB, configured in /etc/default/grub");
    case BootLoaderKind::GrubBls:
        return Text::tr("GRUB with Boot Loader Specification entries, changed through grubby");
    case BootLoaderKind::SystemdBootKernelCmdline:
        return Text::tr("systemd-boot, with the command line in /etc/kernel/cmdline");
    case BootLoaderKind::SystemdBootEntries:
        return Text::tr("systemd-boot, with the command line in its loader entries");
    case BootLoaderKind::Kernelstub:
        return Text::tr("kernelstub (Pop!_OS)");
    case BootLoaderKind::Unknown:
        break;
    }
    return Text::tr("an unknown boot loader");
}

} // namespace

Finding checkVfioModules(const CheckInput &input)
{
    Finding finding{CheckId::VfioModules, FindingState::Ok, {}, {}};
    const Result<KernelModuleIndex> loaded =
        KernelModuleIndex::load(input.root, input.topology.kernelRelease);
    if (!loaded) {
        finding.state = FindingState::Information;
        finding.message = Text::tr("The kernel's vfio modules could not be checked: %1").arg(loaded.error());
        return finding;
    }
    const KernelModuleIndex &index = *loaded;
    QStringList missing;
    QStringList builtin;
    for (const QString &module : requiredVfioModules()) {
        if (!index.exists(module))
            missing.append(module);
        else if (index.isBuiltin(module))
            builtin.append(module);
    }
    const QString all = requiredVfioModules().join(QStringLiteral(", "));
    if (!missing.isEmpty()) {
        finding.state = FindingState::Blocked;
        finding.message = Text::tr("Kernel %1 lacks %2, which passthrough needs. Install your distribution's "
                                   "standard kernel (it has them), or build this one with CONFIG_VFIO and "
                                   "CONFIG_VFIO_PCI.")
                              .arg(index.release(), missing.join(QStringLiteral(", ")));
    } else if (builtin.isEmpty()) {
        finding.message =
            Text::tr("Kernel %1 has the vfio modules passthrough needs (%2).").arg(index.release(), all);
    } else {
        finding.message =
            Text::tr("Kernel %1 has the vfio modules passthrough needs (%2); built into the kernel "
                     "itself: %3.")
                .arg(index.release(), all, builtin.join(QStringLiteral(", ")));
    }
    return finding;
}

Finding checkInitramfsTool(const CheckInput &input)
{
    Finding finding{CheckId::InitramfsTool, FindingState::Ok, {}, {}};
    const BackendDetection detection = detectInitramfsBackend(input.root);
    if (detection.backend) {
        const InitramfsBackend &backend = *detection.backend.value();
        finding.message =
            Text::tr("The initramfs (the small system that starts Linux) is built with %1 (%2): the "
                     "app adds vfio-pci there, so the devices are claimed before their usual "
                     "drivers.")
                .arg(backend.name(), backend.findTool(input.root));
    } else if (!QFileInfo(QDir(input.root).filePath(QStringLiteral("usr"))).isDir()) {
        // Hardware reports and snapshots carry sys/, proc/ and lib/ only.
        finding.state = FindingState::Information;
        finding.message =
            Text::tr("This system root has no /usr, so its initramfs tool could not be checked.");
    } else {
        finding.state = FindingState::NeedsAction;
        finding.message = Text::tr("The app cannot make a vfio-pci binding last across restarts here: %1")
                              .arg(detection.backend.error());
    }
    return finding;
}

Finding checkBootLoader(const CheckInput &input, const CommandLineChange &commandLineChange)
{
    Finding finding{CheckId::BootLoader, FindingState::Ok, {}, {}};
    const BootLoader loader = detectBootLoader(input.root);
    if (loader.kind != BootLoaderKind::Unknown) {
        finding.message = Text::tr("The kernel command line is set by %1 (found because %2).")
                              .arg(describe(loader.kind), loader.evidence);
        return finding;
    }
    if (commandLineChange.isEmpty()) {
        finding.state = FindingState::Information;
        finding.message = Text::tr("The boot loader was not recognised (%1). Nothing on the kernel command "
                                   "line needs changing now; should that change, edit it by hand in your "
                                   "boot loader's configuration.")
                              .arg(loader.evidence);
        return finding;
    }
    finding.state = FindingState::NeedsAction;
    finding.message = Text::tr("The boot loader was not recognised (%1), so the app cannot change the kernel "
                               "command line itself. Make the change above by hand in your boot loader's "
                               "configuration (your distribution's guide calls it \"kernel parameters\"), "
                               "then restart.")
                          .arg(loader.evidence);
    return finding;
}

} // namespace vfio::checks
