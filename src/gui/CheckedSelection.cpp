// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckedSelection.h"

#include <QCoreApplication>

#include <algorithm>

namespace vfio {

namespace {
QList<PciAddress> sorted(QList<PciAddress> list)
{
    std::sort(list.begin(), list.end());
    return list;
}
} // namespace

CheckedSelection::CheckedSelection(Topology topology, HostCriticalReport critical)
    : m_rules(std::move(topology)), m_critical(std::move(critical))
{
}

QList<PciAddress> CheckedSelection::checked() const
{
    return sorted(QList<PciAddress>(m_checked.cbegin(), m_checked.cend()));
}

QList<PciAddress> CheckedSelection::overridden() const
{
    return sorted(QList<PciAddress>(m_overridden.cbegin(), m_overridden.cend()));
}

QList<PciAddress> CheckedSelection::groupEndpoints(const PciAddress &address) const
{
    // The core decides what belongs together; expanding a single device gives exactly its group's endpoints.
    return m_rules.expand({address}).devices;
}

CheckedSelection::Change CheckedSelection::tick(const PciAddress &address, bool overrideHostCritical)
{
    Change change;
    if (!m_rules.isSelectable(address)) {
        change.outcome = Outcome::Refused;
        change.message = m_rules.whyNotSelectable(address);
        return change;
    }
    if (m_checked.contains(address))
        return change;

    const Expansion expansion = m_rules.expand({address});
    const QList<HostCriticalDevice> neededByHost = m_critical.within(expansion.devices);
    const bool alreadyOverridden =
        std::any_of(expansion.devices.cbegin(), expansion.devices.cend(),
                    [this](const PciAddress &a) { return m_overridden.contains(a); });
    if (!neededByHost.isEmpty() && !overrideHostCritical && !alreadyOverridden) {
        QStringList reasons;
        for (const HostCriticalDevice &device : neededByHost)
            reasons.append(device.reason);
        change.outcome = Outcome::NeedsOverride;
        change.message = tr("Not ticked: the group of %1 holds a device this computer needs. %2")
                             .arg(address.toShortString(), reasons.join(QLatin1Char(' ')));
        return change;
    }
    if (!neededByHost.isEmpty())
        m_overridden.insert(address);

    for (const PciAddress &member : expansion.devices) {
        if (!m_checked.contains(member)) {
            m_checked.insert(member);
            change.changed.append(member);
        }
    }
    change.outcome = Outcome::Ticked;
    QStringList sentences;
    const PciDevice *device = topology().find(address);
    sentences.append(
        tr("Ticked %1.").arg(device ? SelectionRules::describe(*device) : address.toShortString()));
    for (const AddedDevice &added : expansion.added)
        sentences.append(added.reason);
    for (const PciAddress &member : expansion.devices) {
        const QString note = identicalIdNote(member);
        if (!note.isEmpty())
            sentences.append(note);
    }
    change.caution = cautionFor(expansion.devices);
    if (!change.caution.isEmpty())
        sentences.prepend(change.caution);
    change.message = sentences.join(QLatin1Char(' '));
    return change;
}

QString CheckedSelection::cautionFor(const QList<PciAddress> &addresses) const
{
    return m_critical.rootDiskCaution(topology(), addresses);
}

CheckedSelection::Change CheckedSelection::untick(const PciAddress &address)
{
    Change change;
    if (!m_checked.contains(address))
        return change;
    const QList<PciAddress> members = groupEndpoints(address);
    QStringList names;
    for (const PciAddress &member : members) {
        if (m_checked.remove(member)) {
            change.changed.append(member);
            m_overridden.remove(member);
            names.append(member.toShortString());
        }
    }
    change.outcome = Outcome::Unticked;
    const PciDevice *device = topology().find(address);
    if (names.size() > 1 && device && device->iommuGroup) {
        change.message =
            tr("Unticked %1 of IOMMU group %2: a group goes to a virtual machine whole or not at all.")
                .arg(names.join(QStringLiteral(", ")))
                .arg(*device->iommuGroup);
    } else {
        change.message = tr("Unticked %1.").arg(names.join(QStringLiteral(", ")));
    }
    return change;
}

QStringList CheckedSelection::restore(const QList<PciAddress> &previous, const QList<PciAddress> &overridden)
{
    QStringList lost;
    const QSet<PciAddress> overrides(overridden.cbegin(), overridden.cend());
    for (const PciAddress &address : previous) {
        if (m_checked.contains(address))
            continue;
        const Change change = tick(address, overrides.contains(address));
        if (change.outcome != Outcome::Ticked)
            lost.append(address.toShortString());
    }
    return lost;
}

QString CheckedSelection::identicalIdNote(const PciAddress &address) const
{
    // A bridge or root port is never bound, whatever shares its ID (seed's three root ports).
    if (!m_rules.isSelectable(address))
        return {};
    const QList<PciAddress> twins = m_rules.identicalOnHost(address, checked());
    if (twins.isEmpty())
        return {};
    const PciDevice *device = topology().find(address);
    if (!device)
        return {};
    QStringList names;
    for (const PciAddress &twin : twins)
        names.append(twin.toShortString());
    const int count = static_cast<int>(twins.size());
    // The words hold for one twin and for several (no "%3 keeps" with a list); `count` picks a translation's
    // plural form.
    if (isChecked(address))
        return tr("%1 has the same ID %2 as %3 on the host: it will be bound by its address, and the host's "
                  "driver keeps %3.",
                  "", count)
            .arg(SelectionRules::describe(*device), device->idPair(), names.join(QStringLiteral(", ")));
    return tr("If %1 is ticked without %3 (the same ID %2), it is bound by its address, and the host's "
              "driver keeps %3.",
              "", count)
        .arg(SelectionRules::describe(*device), device->idPair(), names.join(QStringLiteral(", ")));
}

} // namespace vfio
