// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

namespace vfio::report {

// A snapshot of the machine at system root `root` ("/" for the running one) in the form of the test
// fixtures, written into the folder `target` (created if needed; should be empty): the PCI and IOMMU part
// of sysfs, the module index the devices' modules are looked up in, proc's cmdline, cpuinfo flags, modules,
// osrelease and boot time, and the configuration the app reads and writes (modprobe.d, the initramfs
// generators' files, the boot loader's command line files, os-release). `list --root` and the window's
// --root read it as they read the machine. Nothing personal is copied: no serial number (the config
// space's serial is zeroed, vpd is left out), no MAC address (no net/ folders), no host or user name (no
// /etc/hostname, no home, masked UUIDs and ip= on the command line).
Result<void> writeMachineSnapshot(const QString &root, const QString &target);

} // namespace vfio::report
