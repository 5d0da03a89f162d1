// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/Topology.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vfio {

// A device the host needs to boot or stay reachable; giving it (or its group) to a VM is refused unless the
// user overrides explicitly.
struct HostCriticalDevice
{
    enum class Role
    {
        BootGpu,            // `boot_vga` is 1
        RootDiskController, // controls the block device holding `/`
        DefaultRouteNic,    // the network card of the default route
    };

    PciAddress address;
    Role role = Role::BootGpu;
    QString detail; // "vda", "nvme0n1", "enp3s0": what was found to depend on it
    QString reason; // plain words for the user
};

QString
toString(HostCriticalDevice::Role role); // "boot GPU", "root disk controller", "default-route network card"

struct HostCriticalReport
{
    QList<HostCriticalDevice> devices; // may hold one address several times with different roles
    QStringList notes;                 // what could not be determined and why ("unknown"), never fatal
    // Why the controller of / could not be found, in a few words ("the mounts of this system could not be
    // read"); empty when it was found.
    QString rootDiskUnknown;

    bool isCritical(const PciAddress &address) const;
    QList<HostCriticalDevice> rolesOf(const PciAddress &address) const;
    // Critical devices among `addresses` (e.g. the members of a group, or an expanded selection).
    QList<HostCriticalDevice> within(const QList<PciAddress> &addresses) const;
    // A caution, not a refusal: when the controller of / is unknown and `addresses` hold storage controllers
    // (base class 01), one sentence saying the program cannot tell whether / is on one of them; else empty.
    QString rootDiskCaution(const Topology &topology, const QList<PciAddress> &addresses) const;
};

// Reads, relative to a system root: the boot GPU (from the Topology), the PCI controller(s) of the block
// device holding `/` (ROOT/proc/self/mountinfo or ROOT/proc/mounts, read by libmount ->
// ROOT/sys/dev/block/M:m, following partitions and dm/md/LVM `slaves`; without mounts, the kernel's
// root=/dev/... is followed instead), and the NIC of the default route (ROOT/proc/net/route and
// ROOT/proc/net/ipv6_route -> ROOT/sys/class/net/IF/device, following bond/bridge/vlan `lower_*` links).
// Missing files give a note, never a crash.
class HostCriticalDevices
{
public:
    static HostCriticalReport detect(const Topology &topology, const QString &root);
};

} // namespace vfio
