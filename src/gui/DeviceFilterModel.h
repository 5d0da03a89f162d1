// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace vfio {

// The tree as the user narrows it: free text (name, address, ID, class, driver, module, state, or the group's
// name: "group 8"), and two quick filters ("GPUs only" shows the whole group of each GPU). A group shows when
// one of its devices does (recursive filtering), never empty while a filter is on.
class DeviceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeviceFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setGpusOnly(bool on);
    void setHideBridges(bool on);
    bool gpusOnly() const { return m_gpusOnly; }
    bool hideBridges() const { return m_hideBridges; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void beginChange();
    void endChange();

    QString m_text;
    bool m_gpusOnly = false;
    bool m_hideBridges = false;
};

} // namespace vfio
