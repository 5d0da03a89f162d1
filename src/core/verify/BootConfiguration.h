// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/VfioConfig.h"

#include <QString>
#include <optional>

namespace vfio {

// What is configured for the next boot and whether it was written after this boot. `config` is empty when
// the configuration could not be read; then only the current binding can be said.
struct BootConfiguration
{
    std::optional<ConfiguredState> config;
    bool changedSinceBoot = true; // written after this boot (or unknown): changes wait for a restart
    QString path;                 // the vfio.conf that was read (on the host, for file watchers)
};

// Reads ROOT/etc/modprobe.d/vfio.conf (parsed by VfioConfig) and compares its time with the boot time
// (ROOT/proc/stat `btime`). A missing file is a valid, empty configuration. Inside a Flatpak underRoot reads
// the host's /etc.
BootConfiguration readBootConfiguration(const QString &root);

} // namespace vfio
