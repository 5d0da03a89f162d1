#pragma once

#include "policy/VfioConfig.h"
#include "topology/PciDevice.h"

#include <QString>
#include <optional>

namespace vfio {

// Where a device stands, said in words (never by colour alone): what it is bound to now and what the
// configuration on disk will do at the next boot.
struct DeviceState
{
    enum class Kind
    {
        OnHost,             // a host driver (or none) and not configured for vfio-pci
        BoundToVfio,        // vfio-pci now and configured to stay so
        WillBindAtBoot,     // configured, not yet bound: the configuration is newer than this boot
        WillReturnToHost,   // vfio-pci now, but no longer configured
        ConfiguredNotBound, // configured before this boot, yet another driver (or none) holds it
        StaysWithHost,      // bridges and root ports
    };

    Kind kind = Kind::OnHost;
    QString text;   // the short form for the State column
    QString detail; // a sentence or two for tooltips and the details pane
};

// What is configured and when. `config` is empty when the configuration could not be read; then only the
// current binding is shown.
struct BootConfiguration
{
    std::optional<ConfiguredState> config;
    bool changedSinceBoot = true; // written after this boot (or unknown): changes wait for a reboot
};

DeviceState deviceState(const PciDevice &device, bool staysWithHost, const BootConfiguration &boot,
                        bool iommuActive);

// Reads ROOT/etc/modprobe.d/vfio.conf (parsed by the core) and compares its time with the boot time
// (ROOT/proc/stat `btime`). A missing file is a valid, empty configuration.
BootConfiguration readBootConfiguration(const QString &root);

} // namespace vfio
