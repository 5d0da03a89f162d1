// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SystemChangeService.h"

#include "topology/Topology.h"

namespace vfio {

// For a snapshot or the sample machine: the plan is computed by the core right here (the same makePlan the
// helper runs), so the review dialog shows what would be written under that root; applying is refused with
// `readOnlyReason`, since only the helper may change a real system.
class LocalPlanService : public SystemChangeService
{
    Q_OBJECT

public:
    // `backend` forces an initramfs generator by name (the sample machine is a Debian 12 system without its
    // programs); empty: detect it under `root` like the helper does, and when none is there (a snapshot of
    // sys/ and proc/) plan for the one its os-release names, or initramfs-tools, with a notice saying so.
    LocalPlanService(QString root, QString readOnlyReason, QString backend = {}, QObject *parent = nullptr);

    void setTopology(const Topology &topology) { m_topology = topology; }

    void preview(const QStringList &addresses) override;
    void apply(const QStringList &addresses) override;
    void revert() override;
    void requestState() override;

private:
    void refuse(Call call);

    QString m_root;
    QString m_readOnlyReason;
    QString m_backend;
    Topology m_topology;
};

} // namespace vfio
