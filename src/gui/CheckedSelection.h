// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/HostCriticalDevices.h"
#include "policy/SelectionRules.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace vfio {

// The user's check marks, kept valid by the core's rules (SelectionRules, HostCriticalDevices): a group is
// ticked whole or not at all, bridges never, host-critical groups only after an explicit override. Every
// change comes back with a sentence for the user saying what happened and why.
class CheckedSelection
{
    Q_DECLARE_TR_FUNCTIONS(vfio::CheckedSelection)

public:
    enum class Outcome
    {
        Ticked,        // the device and the rest of its group are ticked
        Unticked,      // the whole group is unticked
        Refused,       // the device can never be ticked (bridge, no group, unknown)
        NeedsOverride, // the group holds a host-critical device: ask twice, then call tick(..., true)
        Unchanged,     // nothing to do (already in that state)
    };

    // What a tick or an untick did.
    struct Change
    {
        Outcome outcome = Outcome::Unchanged;
        QList<PciAddress> changed; // devices whose check mark changed
        QString message;           // plain words for the status bar / info banner (begins with `caution`)
        // Ticked, but with a word of caution (a storage controller while the controller of / is unknown):
        // the sentence, also at the start of `message`; empty when there is nothing to be careful about.
        QString caution;
    };

    CheckedSelection(Topology topology, HostCriticalReport critical);

    const SelectionRules &rules() const { return m_rules; }
    const Topology &topology() const { return m_rules.topology(); }
    const HostCriticalReport &critical() const { return m_critical; }

    Change tick(const PciAddress &address, bool overrideHostCritical = false);
    Change untick(const PciAddress &address);

    bool isChecked(const PciAddress &address) const { return m_checked.contains(address); }
    QList<PciAddress> checked() const; // sorted by address
    bool isEmpty() const { return m_checked.isEmpty(); }

    // After a rescan: ticks again what was ticked before and is still there (overrides given before stay
    // given, so the user is not asked twice for the same group). Returns what could not be ticked again.
    QStringList restore(const QList<PciAddress> &previous, const QList<PciAddress> &overridden);
    QList<PciAddress> overridden() const; // devices whose host-critical refusal the user overrode

    // Plain words about identical vendor:device IDs for a device that can be ticked: for a ticked one how it
    // will be bound, for another what a tick would do. Empty when no device on the host shares its ID, and
    // for devices that are never ticked (bridges, root ports, devices without a group).
    QString identicalIdNote(const PciAddress &address) const;
    // The caution for devices among `addresses` (storage controllers while the controller of / is
    // unknown); empty when there is none.
    QString cautionFor(const QList<PciAddress> &addresses) const;

private:
    QList<PciAddress> groupEndpoints(const PciAddress &address) const;

    SelectionRules m_rules;
    HostCriticalReport m_critical;
    QSet<PciAddress> m_checked;
    QSet<PciAddress> m_overridden;
};

} // namespace vfio
