// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QString>

namespace vfio {

// Reads ROOT/sys, ROOT/proc and ROOT/lib/modules into a Topology. The same code reads the live machine
// (root "/") and snapshots in tests and hardware reports. It never throws and never gives up on a device:
// what cannot be read is recorded in the device's or the topology's `problems`.
class TopologyScanner
{
public:
    struct Options
    {
        bool resolveNames = true;   // libpci + pci.ids
        bool resolveModules = true; // libkmod + ROOT/lib/modules/<release>
    };

    explicit TopologyScanner(QString root = QStringLiteral("/"));

    Topology scan() const;
    Topology scan(const Options &options) const;

private:
    QString m_root;
};

} // namespace vfio
