// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceFilterModel.h"

#include "DeviceTreeModel.h"

namespace vfio {

DeviceFilterModel::DeviceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(DeviceTreeModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

// Qt 6.10 brackets a filter change (invalidateFilter() is on its way out); older versions re-filter after.
void DeviceFilterModel::beginChange()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
#endif
}

void DeviceFilterModel::endChange()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    invalidateFilter();
#endif
}

void DeviceFilterModel::setText(const QString &text)
{
    beginChange();
    m_text = text.trimmed();
    endChange();
}

void DeviceFilterModel::setGpusOnly(bool on)
{
    beginChange();
    m_gpusOnly = on;
    endChange();
}

void DeviceFilterModel::setHideBridges(bool on)
{
    beginChange();
    m_hideBridges = on;
    endChange();
}

bool DeviceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    // A group row shows by itself only when nothing narrows the view; otherwise recursive filtering shows it
    // when one of its devices is shown, so no group is left without a device under it.
    if (row.data(DeviceTreeModel::IsGroupRole).toBool())
        return !m_gpusOnly && !m_hideBridges && m_text.isEmpty();
    // "GPUs only" keeps a GPU's whole group: the functions ticked with it (its HDMI audio) stay in view.
    if (m_gpusOnly && !row.data(DeviceTreeModel::GroupHasGpuRole).toBool())
        return false;
    if (m_hideBridges && row.data(DeviceTreeModel::IsBridgeRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    // "group 8" shows the devices of group 8 (the group's name from its start, not its summary).
    if (row.data(DeviceTreeModel::GroupTitleRole).toString().startsWith(m_text, Qt::CaseInsensitive))
        return true;
    for (int column = 0; column < DeviceTreeModel::ColumnCount; ++column) {
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return row.data(DeviceTreeModel::AddressRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool DeviceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(DeviceTreeModel::SortRole);
    const QVariant b = right.data(DeviceTreeModel::SortRole);
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt(); // "Group 2" before "Group 10"
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace vfio
