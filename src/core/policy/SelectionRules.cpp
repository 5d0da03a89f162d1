// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectionRules.h"

#include "base/EnumNames.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace vfio {

namespace {

// The one table of the binding methods' names, read both ways.
constexpr EnumNames<BindMethod, 2> bindMethodNames{{
    {BindMethod::ById, "ids"},
    {BindMethod::ByAddress, "address"},
}};

constexpr quint16 hostBridgeClass = 0x0600;
constexpr quint16 iommuClass = 0x0806; // System peripheral: IOMMU (AMD-Vi shows its unit as a PCI function)

QList<PciAddress> sortedUnique(QList<PciAddress> addresses)
{
    std::sort(addresses.begin(), addresses.end());
    addresses.erase(std::unique(addresses.begin(), addresses.end()), addresses.end());
    return addresses;
}

QString joinDescribed(const QList<const PciDevice *> &devices)
{
    QStringList parts;
    for (const PciDevice *device : devices)
        parts.append(device->address.toShortString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString toString(BindMethod method)
{
    return nameOf(bindMethodNames, method);
}

std::optional<BindMethod> bindMethodFromString(const QString &text)
{
    return valueOf(bindMethodNames, text);
}

QString bindMethodWords(BindMethod method)
{
    return method == BindMethod::ById ? QCoreApplication::translate("vfio::SelectionRules", "by ID")
                                      : QCoreApplication::translate("vfio::SelectionRules", "by address");
}

SelectionRules::SelectionRules(Topology topology) : m_topology(std::move(topology)) {}

QString SelectionRules::describe(const PciDevice &device)
{
    QString kind = device.className;
    if (kind.isEmpty())
        kind = device.displayName();
    return QStringLiteral("%1 (%2)").arg(device.address.toShortString(), kind);
}

bool SelectionRules::staysWithHost(const PciDevice &device) const
{
    return device.isBridge || device.isRootPort || device.classId() == hostBridgeClass;
}

bool SelectionRules::isSelectable(const PciAddress &address) const
{
    return whyNotSelectable(address).isEmpty();
}

QString SelectionRules::whyNotSelectable(const PciAddress &address) const
{
    const PciDevice *device = m_topology.find(address);
    if (!device)
        return QCoreApplication::translate(
                   "vfio::SelectionRules",
                   "%1: there is no PCI device at this address on this machine; rescan and choose "
                   "from the devices listed.")
            .arg(address.toString());
    if (device->classId() == hostBridgeClass)
        return QStringLiteral(
                   "%1 is the host bridge, the processor's own link to the PCI bus; it stays with the "
                   "host.")
            .arg(describe(*device));
    if (device->isRootPort || device->isBridge)
        return QStringLiteral(
                   "%1 is a %2; bridges and root ports stay with the host: passing them through is "
                   "neither needed nor possible with vfio-pci, the devices behind them go to the VM "
                   "on their own.")
            .arg(describe(*device),
                 device->isRootPort ? QCoreApplication::translate("vfio::SelectionRules", "PCIe root port")
                                    : QCoreApplication::translate("vfio::SelectionRules", "PCI bridge"));
    if (!device->iommuGroup && isIommuUnit(*device))
        return QCoreApplication::translate(
                   "vfio::SelectionRules",
                   "%1 is the IOMMU itself (%2), the unit that isolates the other devices: it "
                   "stays with the host and is not in a group.")
            .arg(describe(*device), iommuName(m_topology.iommu));
    if (!device->iommuGroup && m_topology.iommu.active)
        return QCoreApplication::translate(
                   "vfio::SelectionRules",
                   "%1 has no IOMMU group although the IOMMU is on: the kernel put it in none, so "
                   "it cannot be given to a VM.")
            .arg(describe(*device));
    if (!device->iommuGroup)
        return QStringLiteral(
                   "%1 has no IOMMU group: the IOMMU is not active, so no device can be given to a "
                   "VM safely. Turn on VT-d / AMD-Vi in the firmware settings and, on Intel, add "
                   "intel_iommu=on to the kernel command line.")
            .arg(describe(*device));
    return {};
}

bool SelectionRules::isIommuUnit(const PciDevice &device)
{
    return device.classId() == iommuClass;
}

QString SelectionRules::iommuName(const IommuStatus &iommu)
{
    // The firmware table first: the registered units are gone when the kernel turned the IOMMU off.
    if (iommu.firmwareTableName == QLatin1String("IVRS") || iommu.kind == IommuStatus::Kind::Amd)
        return QStringLiteral("AMD-Vi");
    if (iommu.firmwareTableName == QLatin1String("DMAR") || iommu.kind == IommuStatus::Kind::Intel)
        return QStringLiteral("Intel VT-d");
    return QStringLiteral("the IOMMU");
}

Expansion SelectionRules::expand(const QList<PciAddress> &chosen) const
{
    Expansion result;
    QSet<PciAddress> selected;
    QList<PciAddress> accepted;
    for (const PciAddress &address : sortedUnique(chosen)) {
        const QString why = whyNotSelectable(address);
        if (!why.isEmpty()) {
            result.refusals.append(why);
            continue;
        }
        selected.insert(address);
        accepted.append(address);
    }
    QList<PciAddress> devices = accepted;
    for (const PciAddress &address : accepted) {
        const PciDevice *device = m_topology.find(address);
        const int group = *device->iommuGroup;
        for (const PciDevice *member : m_topology.groupMembers(group)) {
            if (selected.contains(member->address) || staysWithHost(*member))
                continue;
            selected.insert(member->address);
            devices.append(member->address);
            AddedDevice added;
            added.address = member->address;
            added.because = address;
            added.group = group;
            added.reason = QCoreApplication::translate(
                               "vfio::SelectionRules",
                               "%1 is in IOMMU group %2 with %3; a group is the smallest unit a VM "
                               "can get, so it goes to vfio-pci too.")
                               .arg(describe(*member))
                               .arg(group)
                               .arg(address.toShortString());
            result.added.append(added);
        }
    }
    result.devices = sortedUnique(devices);
    return result;
}

QStringList SelectionRules::validate(const QList<PciAddress> &selection) const
{
    QStringList errors;
    const QList<PciAddress> unique = sortedUnique(selection);
    const QSet<PciAddress> selected(unique.cbegin(), unique.cend());
    QList<int> groups;
    for (const PciAddress &address : unique) {
        const QString why = whyNotSelectable(address);
        if (!why.isEmpty()) {
            errors.append(why);
            continue;
        }
        const int group = *m_topology.find(address)->iommuGroup;
        if (!groups.contains(group))
            groups.append(group);
    }
    for (const int group : std::as_const(groups)) {
        const QList<const PciDevice *> members = m_topology.groupMembers(group);
        QList<const PciDevice *> endpoints;
        QList<const PciDevice *> chosen;
        for (const PciDevice *member : members) {
            if (staysWithHost(*member))
                continue;
            endpoints.append(member);
            if (selected.contains(member->address))
                chosen.append(member);
        }
        for (const PciDevice *member : std::as_const(endpoints)) {
            if (selected.contains(member->address))
                continue;
            errors.append(QCoreApplication::translate(
                              "vfio::SelectionRules",
                              "%1 is in IOMMU group %2 with %3 but is not selected; a group is the "
                              "smallest unit a VM can get: select all of %4, or none.")
                              .arg(describe(*member))
                              .arg(group)
                              .arg(joinDescribed(chosen), joinDescribed(endpoints)));
        }
    }
    return errors;
}

QList<PciAddress> SelectionRules::identicalOnHost(const PciAddress &address,
                                                  const QList<PciAddress> &selection) const
{
    QList<PciAddress> result;
    const PciDevice *device = m_topology.find(address);
    if (!device)
        return result;
    for (const PciDevice &other : m_topology.devices) {
        if (other.address == address || selection.contains(other.address))
            continue;
        if (other.vendorId == device->vendorId && other.deviceId == device->deviceId)
            result.append(other.address);
    }
    return result;
}

QList<DeviceBinding> SelectionRules::bindings(const QList<PciAddress> &selection) const
{
    QList<DeviceBinding> result;
    const QList<PciAddress> unique = sortedUnique(selection);
    for (const PciAddress &address : unique) {
        const PciDevice *device = m_topology.find(address);
        if (!device)
            continue;
        DeviceBinding binding;
        binding.address = address;
        binding.idPair = device->idPair();
        binding.identicalOnHost = identicalOnHost(address, unique);
        if (binding.identicalOnHost.isEmpty()) {
            binding.method = BindMethod::ById;
            binding.reason =
                QCoreApplication::translate("vfio::SelectionRules",
                                            "%1 is bound by its ID %2: no device that stays on the host has "
                                            "this ID.")
                    .arg(describe(*device), binding.idPair);
        } else {
            binding.method = BindMethod::ByAddress;
            QStringList twins;
            for (const PciAddress &twin : std::as_const(binding.identicalOnHost)) {
                const PciDevice *other = m_topology.find(twin);
                const QString driver =
                    other && !other->driver.isEmpty()
                        ? QCoreApplication::translate("vfio::SelectionRules", " (driver %1)")
                              .arg(other->driver)
                        : QString();
                twins.append(twin.toShortString() + driver);
            }
            binding.reason =
                QCoreApplication::translate(
                    "vfio::SelectionRules",
                    "%1 is bound by its address: it shares the ID %3 with %2 on the host, so the ID cannot "
                    "go "
                    "into ids= (vfio-pci would take every card with it). The other card keeps its driver.")
                    .arg(describe(*device), twins.join(QStringLiteral(", ")), binding.idPair);
        }
        result.append(binding);
    }
    return result;
}

} // namespace vfio
