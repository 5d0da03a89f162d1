// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/HostCriticalDevices.h"
#include "policy/PlanTypes.h"
#include "policy/SelectionRules.h"
#include "topology/Topology.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vfio {

// Everything Preview shows and Apply does, for one selection on one system root.
struct ApplyPlan
{
    QStringList errors;   // non-empty: refuse; then `files` and `commands` are empty
    QStringList warnings; // the user must see these (host-critical devices, hand-written conflicts, ...)
    QStringList notes;    // plain-words reasons: backend chosen, modules, kernel, ...
    // About the plan itself rather than the system: a snapshot without an initramfs generator is planned for
    // the one its distribution (or Debian) uses, and this says so. Empty on a system with a generator.
    QStringList notices;

    QList<PciAddress> devices;              // the validated selection, sorted
    QList<DeviceBinding> bindings;          // per device: by ID or by address, and why
    QList<HostCriticalDevice> hostCritical; // critical devices inside the selection
    // The devices vfio-pci takes at the next boot (by ID or by address) with /etc/modprobe.d/vfio.conf as it
    // is now, and as this plan writes it (the same when the plan is refused); hand-written lines count too.
    QList<PciAddress> configuredBefore;
    QList<PciAddress> configuredAfter;

    QString backend; // initramfs generator used, "" when none
    QString kernelRelease;
    QString kernelCommandLine; // non-empty when vfio-pci is built in: what to add to the kernel command line

    QList<FileChange> files;     // in the order to write; only files whose content changes
    QList<CommandStep> commands; // in the order to run after writing

    bool ok() const { return errors.isEmpty(); }
};

struct PlanOptions
{
    QString backend; // force a backend by name; empty: detect under the root
    // A snapshot's review: when no generator is found under the root (a copy of sys/ and proc/ holds no
    // programs), plan for the one the root's os-release names, or for this one, and say so in `notices`.
    // Empty (the helper, the CLI): no generator means the plan is refused.
    QString fallbackBackend = {};
};

// The single entry point: validates `selection` (it must already be complete, see SelectionRules::expand),
// decides bindings, renders /etc/modprobe.d/vfio.conf and the initramfs configuration merged with what is
// under `root`, and lists the regeneration command. An empty selection is valid: it removes our
// configuration ("everything returns to the host at next boot").
ApplyPlan makePlan(const Topology &topology, const QList<PciAddress> &selection, const QString &root,
                   const PlanOptions &options = {});

} // namespace vfio
