// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace vfio {

// How this system puts together the kernel command line it boots with: the one thing the first-time setup
// must know to switch the IOMMU on. Detected once (BootLoaderDetection.cpp) and used by the system check and
// by the command-line backends (KernelCommandLineBackend.h).
enum class BootLoaderKind
{
    Unknown,      // none of the below was recognised: say so, change nothing
    GrubDropIn,   // GRUB whose /etc/default/grub sources /etc/default/grub.d/*.cfg (Debian, Ubuntu)
    GrubDefaults, // GRUB without grub.d: GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub
    GrubBls,      // GRUB with BootLoaderSpec entries, changed through grubby (Fedora, RHEL)
    SystemdBootKernelCmdline, // systemd-boot with /etc/kernel/cmdline, applied by kernel-install
    SystemdBootEntries,       // systemd-boot without /etc/kernel/cmdline: the loader entries' `options` lines
    Kernelstub,               // Pop!_OS: kernelstub -a / -d
};

QString toString(BootLoaderKind kind); // "grub-dropin", "grub-defaults", ... ; "unknown"
std::optional<BootLoaderKind> bootLoaderKindFromString(const QString &text);

struct BootLoader
{
    BootLoaderKind kind = BootLoaderKind::Unknown;
    QString grubConfig; // GRUB only: the grub.cfg this system really boots ("/boot/grub/grub.cfg", ...)
    QString evidence;   // what it was recognised by, for the check's sentence ("/etc/default/grub.d exists")
};

// Reads ROOT/etc, ROOT/boot and ROOT/usr/bin (for grubby, kernel-install, kernelstub); never runs anything.
BootLoader detectBootLoader(const QString &root);

} // namespace vfio
