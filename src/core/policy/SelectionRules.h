// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/Topology.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vfio {

// How vfio-pci will claim a selected device at boot.
enum class BindMethod
{
    ById,      // its vendor:device goes into `options vfio-pci ids=...`
    ByAddress, // `driver_override` is set for its address early in boot (an identical card stays on the host)
};

// The method as it is stored and sent (the helper's plan: "binding"): "ids", "address"; and back.
QString toString(BindMethod method);
std::optional<BindMethod> bindMethodFromString(const QString &text);
// The method in words for a comment or a sentence: "by ID", "by address".
QString bindMethodWords(BindMethod method);

// A device the group rule added to what the user chose, and why in plain words.
struct AddedDevice
{
    PciAddress address;
    PciAddress because; // the chosen device whose group pulled it in
    int group = -1;
    QString reason; // "02:00.1 (Audio device) is in IOMMU group 8 with 02:00.0; a group is ..."
};

// The result of completing a user's choice to whole IOMMU groups.
struct Expansion
{
    QList<PciAddress> devices; // chosen + added endpoints, sorted, no duplicates, never a bridge
    QList<AddedDevice> added;  // the ones the group rule added
    // Chosen addresses that cannot be selected, one sentence each (bridge, unknown, no group, ...).
    QStringList refusals;
};

// How one selected device will be bound, and why.
struct DeviceBinding
{
    PciAddress address;
    QString idPair; // "8086:10d3"
    BindMethod method = BindMethod::ById;
    QList<PciAddress> identicalOnHost; // devices with the same vendor:device that stay on the host
    QString reason;                    // plain words, e.g. why by address
};

// The rules that decide what may go to vfio-pci. Pure logic over a Topology (kept by value: cheap, shared).
class SelectionRules
{
public:
    explicit SelectionRules(Topology topology);

    const Topology &topology() const { return m_topology; }

    // Bridges, root ports and host bridges stay with the host: passing them through is neither needed nor
    // possible with vfio-pci. Unknown addresses and devices without an IOMMU group cannot be selected either.
    bool isSelectable(const PciAddress &address) const;
    // Empty when selectable; otherwise one sentence saying why not.
    QString whyNotSelectable(const PciAddress &address) const;
    // True for devices that are never part of a selection (bridge, root port, host bridge).
    bool staysWithHost(const PciDevice &device) const;

    // Every selectable endpoint of each IOMMU group the chosen devices touch, with a reason per added device.
    Expansion expand(const QList<PciAddress> &chosen) const;

    // For the helper: every address exists, no bridge, every device has a group (IOMMU active), and every
    // endpoint of each touched group is included. Empty when the selection is valid; else one sentence each.
    QStringList validate(const QList<PciAddress> &selection) const;

    // Devices outside `selection` that share `address`'s vendor:device (they keep their host driver).
    QList<PciAddress> identicalOnHost(const PciAddress &address, const QList<PciAddress> &selection) const;

    // Binding per selected device (sorted by address; unknown addresses are skipped): by address when an
    // identical device stays on the host, else by ID.
    QList<DeviceBinding> bindings(const QList<PciAddress> &selection) const;

    // "02:00.1 (Audio device)": how devices are named in every message.
    static QString describe(const PciDevice &device);

    // The IOMMU's own PCI function (class 0806, e.g. AMD-Vi's 00:00.2): the kernel puts it in no group, it
    // always stays with the host; "no group" says nothing about the IOMMU being off there.
    static bool isIommuUnit(const PciDevice &device);
    // "AMD-Vi", "Intel VT-d", or "the IOMMU" when neither the firmware table nor the units say whose it is.
    static QString iommuName(const IommuStatus &iommu);

private:
    Topology m_topology;
};

} // namespace vfio
