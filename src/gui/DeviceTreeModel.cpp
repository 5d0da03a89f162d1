// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceTreeModel.h"

#include "DeviceIcons.h"

#include <QFont>

#include <climits>

namespace vfio {

namespace {
// Group rows carry this internal id; a device row carries its group node's row + 1.
constexpr quintptr GroupRowId = 0;
constexpr quint8 DisplayClass = 0x03;
constexpr quint8 UnassignedClass = 0xff;
// By DeviceTreeModel::Column.
constexpr const char *ColumnTitles[DeviceTreeModel::ColumnCount] = {
    QT_TRANSLATE_NOOP("vfio::DeviceTreeModel", "Device"),
    QT_TRANSLATE_NOOP("vfio::DeviceTreeModel", "Address"),
    QT_TRANSLATE_NOOP("vfio::DeviceTreeModel", "Vendor:device"),
    QT_TRANSLATE_NOOP("vfio::DeviceTreeModel", "Class"),
    QT_TRANSLATE_NOOP("vfio::DeviceTreeModel", "Driver in use"),
    QT_TRANSLATE_NOOP("vfio::DeviceTreeModel", "Kernel modules"),
    QT_TRANSLATE_NOOP("vfio::DeviceTreeModel", "State"),
};

QString groupTitle(std::optional<int> group)
{
    return group ? DeviceTreeModel::tr("Group %1").arg(*group) : DeviceTreeModel::tr("No IOMMU group");
}

QString groupSummary(const Topology &topology, const QList<int> &devices)
{
    QList<QPair<QString, int>> counts; // first-seen order reads naturally: the GPU before its audio
    for (int i : devices) {
        const PciDevice &device = topology.devices.at(i);
        const QString name = device.className.isEmpty()
                                 ? QStringLiteral("class %1").arg(device.classId(), 4, 16, QLatin1Char('0'))
                                 : device.className;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == name; });
        if (it == counts.end())
            counts.append({name, 1});
        else
            ++it->second;
    }
    QStringList parts;
    for (qsizetype i = 0; i < counts.size() && i < 3; ++i) {
        const auto &[name, count] = counts.at(i);
        parts.append(count > 1 ? QStringLiteral("%1 × %2").arg(count).arg(name) : name);
    }
    if (counts.size() > 3)
        parts.append(DeviceTreeModel::tr("…"));
    return parts.join(QStringLiteral(", "));
}
} // namespace

DeviceTreeModel::DeviceTreeModel(QObject *parent)
    : QAbstractItemModel(parent),
      m_selection(std::make_unique<CheckedSelection>(Topology{}, HostCriticalReport{}))
{
}

DeviceTreeModel::~DeviceTreeModel() = default;

void DeviceTreeModel::setMachine(Topology topology, HostCriticalReport critical, BootConfiguration boot,
                                 KernelFacts facts)
{
    beginResetModel();
    m_selection = std::make_unique<CheckedSelection>(std::move(topology), std::move(critical));
    m_boot = std::move(boot);
    m_facts = std::move(facts);
    buildNodes();
    endResetModel();
    emit selectionChanged();
}

const Topology &DeviceTreeModel::topology() const
{
    return m_selection->topology();
}

void DeviceTreeModel::buildNodes()
{
    m_nodes.clear();
    m_positions.clear();
    m_staysWithHost.clear();
    m_idCounts.clear();
    const Topology &topo = topology();
    QHash<int, int> nodeOfGroup;
    const QList<int> groups = topo.groupIds(); // ascending: groups sort numerically
    for (int group : groups) {
        nodeOfGroup.insert(group, static_cast<int>(m_nodes.size()));
        m_nodes.append(GroupNode{group, {}, {}});
    }
    int ungroupedNode = -1;
    for (qsizetype i = 0; i < topo.devices.size(); ++i) {
        const PciDevice &device = topo.devices.at(i);
        m_staysWithHost.append(m_selection->rules().staysWithHost(device));
        ++m_idCounts[device.idPair()];
        int node = -1;
        if (device.iommuGroup) {
            node = nodeOfGroup.value(*device.iommuGroup);
        } else {
            if (ungroupedNode < 0) {
                ungroupedNode = static_cast<int>(m_nodes.size());
                m_nodes.append(GroupNode{std::nullopt, {}, {}});
            }
            node = ungroupedNode;
        }
        m_positions.insert(device.address, {node, static_cast<int>(m_nodes[node].devices.size())});
        m_nodes[node].devices.append(static_cast<int>(i));
    }
    for (GroupNode &node : m_nodes) {
        node.summary = groupSummary(topo, node.devices);
        node.hasGpu = std::any_of(node.devices.cbegin(), node.devices.cend(),
                                  [&topo](int i) { return topo.devices.at(i).baseClass() == DisplayClass; });
    }
}

QModelIndex DeviceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_nodes.size() ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.column() != 0)
        return {};
    const GroupNode &node = m_nodes.at(parent.row());
    if (row >= node.devices.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex DeviceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, GroupRowId);
}

int DeviceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_nodes.size());
    if (parent.internalId() == GroupRowId && parent.column() == 0)
        return static_cast<int>(m_nodes.at(parent.row()).devices.size());
    return 0;
}

int DeviceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const PciDevice *DeviceTreeModel::deviceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupRowId)
        return nullptr;
    const GroupNode &node = m_nodes.at(static_cast<qsizetype>(index.internalId() - 1));
    return &topology().devices.at(node.devices.at(index.row()));
}

QModelIndex DeviceTreeModel::indexOf(const PciAddress &address, int column) const
{
    const auto it = m_positions.constFind(address);
    if (it == m_positions.cend())
        return {};
    return createIndex(it->second, column, static_cast<quintptr>(it->first) + 1);
}

QModelIndex DeviceTreeModel::indexOfGroup(std::optional<int> group, int column) const
{
    for (qsizetype row = 0; row < m_nodes.size(); ++row) {
        if (m_nodes.at(row).group == group)
            return createIndex(static_cast<int>(row), column, GroupRowId);
    }
    return {};
}

DeviceVerification DeviceTreeModel::stateOf(const PciDevice &device) const
{
    const qsizetype i = &device - topology().devices.constData();
    const bool bridge = i >= 0 && i < m_staysWithHost.size() ? m_staysWithHost.at(i)
                                                             : m_selection->rules().staysWithHost(device);
    return verifyDevice(device, bridge, m_boot, topology().iommu.active, m_facts);
}

QString DeviceTreeModel::stateText(const PciDevice &device) const
{
    QString state = stateOf(device).text;
    const QList<HostCriticalDevice> roles = m_selection->critical().rolesOf(device.address);
    if (roles.isEmpty())
        return state;
    QStringList what;
    for (const HostCriticalDevice &critical : roles)
        what.append(toString(critical.role));
    return tr("%1 — needed: %2").arg(state, what.join(QStringLiteral(", ")));
}

QString DeviceTreeModel::displayName(const PciDevice &device)
{
    if (!device.deviceName.isEmpty())
        return device.displayName();
    // "Unassigned class" (ffff, virtio devices of old QEMU) says no more than "device".
    const bool knownClass = !device.className.isEmpty() && device.baseClass() != UnassignedClass;
    if (device.vendorName.isEmpty())
        return knownClass ? tr("Unknown %1").arg(device.className)
                          : tr("Unknown device [%1]").arg(device.idPair());
    return knownClass ? tr("%1 %2").arg(device.vendorName, device.className)
                      : tr("%1 device [%2]").arg(device.vendorName, device.idPair());
}

QVariant DeviceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == GroupRowId)
        return groupData(m_nodes.at(index.row()), index.column(), role);
    return deviceData(*deviceAt(index), index.column(), role);
}

bool DeviceTreeModel::groupIsCheckable(const GroupNode &node) const
{
    if (!node.group)
        return false;
    return std::any_of(node.devices.cbegin(), node.devices.cend(),
                       [this](int i) { return !m_staysWithHost.at(i); });
}

Qt::CheckState DeviceTreeModel::groupCheckState(const GroupNode &node) const
{
    // The rules keep a group whole, so "some ticked" cannot happen: any ticked endpoint means all are.
    for (int i : node.devices) {
        if (m_selection->isChecked(topology().devices.at(i).address))
            return Qt::Checked;
    }
    return Qt::Unchecked;
}

QVariant DeviceTreeModel::groupData(const GroupNode &node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return groupText(node, column);
    case Qt::DecorationRole:
        return column == DeviceColumn ? QVariant(groupIcon()) : QVariant();
    case Qt::CheckStateRole:
        return column == DeviceColumn && groupIsCheckable(node) ? QVariant(groupCheckState(node))
                                                                : QVariant();
    case Qt::ToolTipRole:
        return groupToolTip(node);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return column == DeviceColumn ? QVariant(font) : QVariant();
    }
    case GroupRole:
        return node.group.value_or(-1);
    case IsGroupRole:
        return true;
    case IsBridgeRole:
    case IsGpuRole:
        return false;
    case GroupHasGpuRole:
        return node.hasGpu;
    case GroupTitleRole:
        return groupTitle(node.group);
    case SortRole:
        return column == DeviceColumn || column == AddressColumn ? QVariant(node.group.value_or(INT_MAX))
                                                                 : QVariant(groupTitle(node.group));
    case AddressRole:
        return QString();
    default:
        return {};
    }
}

QVariant DeviceTreeModel::groupText(const GroupNode &node, int column) const
{
    const QString title = groupTitle(node.group);
    if (column == DeviceColumn)
        return groupCheckState(node) == Qt::Checked
                   ? tr("%1 — %2 · ticked for vfio-pci").arg(title, node.summary)
                   : QStringLiteral("%1 — %2").arg(title, node.summary);
    if (column == StateColumn && groupCheckState(node) == Qt::Checked)
        return tr("ticked for vfio-pci");
    return {};
}

QString DeviceTreeModel::groupToolTip(const GroupNode &node) const
{
    if (!node.group && topology().iommu.active)
        return tr("The kernel put these devices in no IOMMU group (the IOMMU's own PCI function never is in "
                  "one): they stay with the host.");
    if (!node.group)
        return tr("These devices have no IOMMU group: the IOMMU is off, so none of them can be given to a "
                  "virtual machine.");
    if (!groupIsCheckable(node))
        return tr("Every device in group %1 is a bridge or root port; they stay with the host.")
            .arg(*node.group);
    return tr("Ticking the group ticks every device in it: a group goes to a virtual machine whole.");
}

QVariant DeviceTreeModel::deviceData(const PciDevice &device, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return deviceText(device, column);
    case Qt::DecorationRole:
        return column == DeviceColumn ? QVariant(iconForClass(device.classCode)) : QVariant();
    case Qt::CheckStateRole:
        if (column != DeviceColumn || !m_selection->rules().isSelectable(device.address))
            return {};
        return m_selection->isChecked(device.address) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return deviceToolTip(device);
    case Qt::AccessibleTextRole:
        return column == DeviceColumn ? accessibleText(device) : deviceText(device, column);
    case AddressRole:
        return device.address.toString();
    case GroupRole:
        return device.iommuGroup.value_or(-1);
    case IsGroupRole:
        return false;
    case IsBridgeRole:
        return staysWithHost(device);
    case IsGpuRole:
        return device.baseClass() == DisplayClass;
    case GroupHasGpuRole:
        // Without a group only the device itself counts.
        return device.iommuGroup ? m_nodes.at(m_positions.value(device.address).first).hasGpu
                                 : device.baseClass() == DisplayClass;
    case GroupTitleRole:
        return groupTitle(device.iommuGroup);
    case StateKindRole:
        return static_cast<int>(stateOf(device).status);
    case SortRole:
        if (column == DeviceColumn || column == AddressColumn)
            return device.address.toString();
        return deviceText(device, column);
    default:
        return {};
    }
}

// The name row as a screen reader says it: the tick and the state in words, not only as a check box and a
// column further right.
QString DeviceTreeModel::accessibleText(const PciDevice &device) const
{
    const QString name = tr("%1 at %2").arg(displayName(device), device.address.toShortString());
    const QString tick = !m_selection->rules().isSelectable(device.address) ? tr("cannot be ticked")
                         : m_selection->isChecked(device.address)           ? tr("ticked for vfio-pci")
                                                                            : tr("not ticked");
    return tr("%1, %2: %3").arg(name, tick, stateText(device));
}

QVariant DeviceTreeModel::deviceText(const PciDevice &device, int column) const
{
    switch (column) {
    case DeviceColumn:
        return displayName(device); // what the host needs it for is said in State
    case AddressColumn:
        return device.address.toShortString();
    case IdColumn: {
        const int twins = m_idCounts.value(device.idPair());
        return twins > 1 && !staysWithHost(device) ? tr("%1 (×%2)").arg(device.idPair()).arg(twins)
                                                   : device.idPair();
    }
    case ClassColumn:
        return device.className.isEmpty()
                   ? QStringLiteral("%1").arg(device.classId(), 4, 16, QLatin1Char('0'))
                   : device.className;
    case DriverColumn:
        return device.driver.isEmpty() ? tr("none") : device.driver;
    case ModulesColumn:
        return device.modules.join(QStringLiteral(", "));
    case StateColumn:
        return stateText(device);
    default:
        return {};
    }
}

QString DeviceTreeModel::deviceToolTip(const PciDevice &device) const
{
    if (!m_selection->rules().isSelectable(device.address))
        return m_selection->rules().whyNotSelectable(device.address);
    QStringList lines{stateOf(device).detail};
    for (const HostCriticalDevice &critical : m_selection->critical().rolesOf(device.address))
        lines.append(critical.reason);
    const QString twins = m_selection->identicalIdNote(device.address);
    if (!twins.isEmpty())
        lines.append(twins);
    else if (m_idCounts.value(device.idPair()) > 1)
        lines.append(
            tr("%n devices here share the ID %1; if only some of them are ticked, those are bound by "
               "address and the others keep their driver.",
               nullptr, m_idCounts.value(device.idPair()))
                .arg(device.idPair()));
    return lines.join(QLatin1Char('\n'));
}

bool DeviceTreeModel::staysWithHost(const PciDevice &device) const
{
    return m_staysWithHost.at(&device - topology().devices.constData());
}

Qt::ItemFlags DeviceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != DeviceColumn)
        return result;
    if (index.internalId() == GroupRowId) {
        if (groupIsCheckable(m_nodes.at(index.row())))
            result |= Qt::ItemIsUserCheckable;
    } else if (m_selection->rules().isSelectable(deviceAt(index)->address)) {
        result |= Qt::ItemIsUserCheckable; // bridges, root ports and ungrouped devices never get a check box
    }
    return result;
}

bool DeviceTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.model() != this ||
        index.column() != DeviceColumn)
        return false;
    const bool tick = value.toInt() == Qt::Checked;
    if (index.internalId() == GroupRowId) {
        const GroupNode &node = m_nodes.at(index.row());
        for (int i : node.devices) {
            if (!m_staysWithHost.at(i))
                return applyTick(topology().devices.at(i).address, tick, false);
        }
        emit tickRefused(tr("Every device in this group is a bridge or root port; they stay with the host."));
        return false;
    }
    return applyTick(deviceAt(index)->address, tick, false);
}

bool DeviceTreeModel::tickWithOverride(const PciAddress &address)
{
    return applyTick(address, true, true);
}

bool DeviceTreeModel::applyTick(const PciAddress &address, bool tick, bool overrideHostCritical)
{
    const CheckedSelection::Change change =
        tick ? m_selection->tick(address, overrideHostCritical) : m_selection->untick(address);
    switch (change.outcome) {
    case CheckedSelection::Outcome::Refused:
        emit tickRefused(change.message);
        return false;
    case CheckedSelection::Outcome::NeedsOverride:
        emit overrideRequested(address.toString(), change.message);
        return false;
    case CheckedSelection::Outcome::Unchanged:
        return true;
    case CheckedSelection::Outcome::Ticked:
    case CheckedSelection::Outcome::Unticked:
        break;
    }
    emitChanged(change.changed);
    emit selectionExplained(change.message, !change.caution.isEmpty());
    emit selectionChanged();
    return true;
}

QStringList DeviceTreeModel::restoreSelection(const QList<PciAddress> &checked,
                                              const QList<PciAddress> &overridden)
{
    QStringList lost = m_selection->restore(checked, overridden);
    emitChanged(m_selection->checked());
    emit selectionChanged();
    return lost;
}

void DeviceTreeModel::clearSelection()
{
    const QList<PciAddress> previous = m_selection->checked();
    for (const PciAddress &address : previous)
        m_selection->untick(address);
    emitChanged(previous);
    emit selectionChanged();
}

void DeviceTreeModel::emitChanged(const QList<PciAddress> &addresses)
{
    QSet<int> nodes;
    for (const PciAddress &address : addresses) {
        const QModelIndex first = indexOf(address, 0);
        if (!first.isValid())
            continue;
        emit dataChanged(first, indexOf(address, ColumnCount - 1));
        nodes.insert(m_positions.value(address).first);
    }
    for (int node : nodes) {
        const QModelIndex group = createIndex(node, 0, GroupRowId);
        emit dataChanged(group, createIndex(node, ColumnCount - 1, GroupRowId));
    }
    // The identical-ID notes in other devices' tooltips are not signalled: views ask for a tooltip as they
    // show it.
}

QVariant DeviceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(ColumnTitles[section]);
}

} // namespace vfio
