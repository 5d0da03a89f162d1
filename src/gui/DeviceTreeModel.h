// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckedSelection.h"
#include "verify/Verification.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <optional>

namespace vfio {

// IOMMU groups as parents, their PCI functions as children; devices without a group under one node of their
// own. Check marks follow the core's selection rules through CheckedSelection; refusals and explanations go
// out as signals so the window can show them in plain words.
class DeviceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        DeviceColumn,
        AddressColumn,
        IdColumn,
        ClassColumn,
        DriverColumn,
        ModulesColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        AddressRole = Qt::UserRole + 1, // QString, full sysfs form; empty on group rows
        GroupRole,                      // int group number; -1 for the ungrouped node and its devices
        IsGroupRole,                    // bool
        IsBridgeRole,                   // bool: stays with the host
        IsGpuRole,                      // bool: display controller (base class 03)
        SortRole,                       // numeric-aware sort key
        StateKindRole,                  // int vfio::DeviceStatus
        GroupHasGpuRole,                // bool: its group holds a GPU (without a group: it is one)
        GroupTitleRole,                 // QString "Group 8", "No IOMMU group"; on device rows too
    };

    explicit DeviceTreeModel(QObject *parent = nullptr);
    ~DeviceTreeModel() override;

    // Replaces everything (a reset). Previous check marks are not kept; see MainWindow::rescan for that.
    void setMachine(Topology topology, HostCriticalReport critical, BootConfiguration boot,
                    KernelFacts facts = {});

    const Topology &topology() const;
    const CheckedSelection &selection() const { return *m_selection; }
    const BootConfiguration &bootConfiguration() const { return m_boot; }
    const KernelFacts &kernelFacts() const { return m_facts; }

    // Ticks with the host-critical override the user confirmed (twice).
    bool tickWithOverride(const PciAddress &address);
    // Re-ticks an earlier selection after a rescan; returns the addresses that could not be ticked again.
    QStringList restoreSelection(const QList<PciAddress> &checked, const QList<PciAddress> &overridden);
    void clearSelection();

    QModelIndex indexOf(const PciAddress &address, int column = 0) const;
    QModelIndex indexOfGroup(std::optional<int> group, int column = 0) const;
    const PciDevice *deviceAt(const QModelIndex &index) const;
    DeviceVerification stateOf(const PciDevice &device) const;
    // The State column: stateOf().text, and what the host needs the device for ("on the host — needed: boot
    // GPU").
    QString stateText(const PciDevice &device) const;

    // How the GUI names a device: lspci's name where pci.ids knows the device; otherwise its vendor (when
    // known) and class, "Unknown Ethernet controller", or "Unknown device [1234:5678]" when the class is
    // unknown too (lspci and the command line say "Device").
    static QString displayName(const PciDevice &device);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After a tick/untick: what happened and why; `caution` when the message begins with a warning (a storage
    // controller ticked while the controller of / is unknown), to be shown as one.
    void selectionExplained(const QString &message, bool caution = false);
    void tickRefused(const QString &message); // a bridge, a device without a group, ...
    void overrideRequested(const QString &address, const QString &message); // host-critical group
    void selectionChanged();

private:
    struct GroupNode
    {
        std::optional<int> group; // none: the "no IOMMU group" node
        QList<int> devices;       // indexes into topology().devices
        QString summary;
        bool hasGpu = false; // a display controller among `devices`
    };

    QVariant groupData(const GroupNode &node, int column, int role) const;
    QVariant groupText(const GroupNode &node, int column) const;
    QString groupToolTip(const GroupNode &node) const;
    QVariant deviceData(const PciDevice &device, int column, int role) const;
    QVariant deviceText(const PciDevice &device, int column) const;
    QString deviceToolTip(const PciDevice &device) const;
    QString accessibleText(const PciDevice &device) const;
    bool staysWithHost(const PciDevice &device) const; // the rules' answer, kept per device of topology()
    Qt::CheckState groupCheckState(const GroupNode &node) const;
    bool groupIsCheckable(const GroupNode &node) const;
    bool applyTick(const PciAddress &address, bool tick, bool overrideHostCritical);
    void emitChanged(const QList<PciAddress> &addresses);
    void buildNodes();

    std::unique_ptr<CheckedSelection> m_selection;
    BootConfiguration m_boot;
    KernelFacts m_facts;
    QList<GroupNode> m_nodes;
    QHash<PciAddress, QPair<int, int>> m_positions; // address -> (node row, child row)
    QList<bool> m_staysWithHost;                    // per topology device
    QHash<QString, int> m_idCounts;                 // vendor:device -> how many devices share it
};

} // namespace vfio
