// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SnapshotFiles.h"

#include <QString>

// The parts of a machine snapshot (MachineSnapshot.h), each from the system root `root` into `files`.
namespace vfio::report {

// sys/: the PCI devices (their attributes, driver and iommu_group links), the IOMMU groups, the PCI
// drivers' device links, sys/class/iommu and the firmware markers (ACPI DMAR/IVRS, EFI, Secure Boot).
void copyPciSysfs(const QString &root, SnapshotFiles &files);

// proc/: cmdline (UUIDs and ip= masked), cpuinfo's vendor and flags, modules (addresses zeroed),
// osrelease, stat's btime.
void copyProcFiles(const QString &root, SnapshotFiles &files);

// lib/modules/RELEASE/: the index files libkmod reads to name the module of a device.
void copyModuleIndex(const QString &root, SnapshotFiles &files);

// etc/ and usr/lib/os-release: modprobe.d, the initramfs generators' files, the boot loader's command line
// files, os-release. Modification times are kept (the verification compares them with the boot time).
void copyConfiguration(const QString &root, SnapshotFiles &files);

} // namespace vfio::report
