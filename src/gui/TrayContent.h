// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verify/Verification.h"

#include <QIcon>
#include <QList>
#include <QString>

namespace vfio {

// What the tray shows, derived from the core verification (never a second copy of its rules): one of four
// states, told by the icon's shape as well as its colour, and one line per configured device.
enum class TrayStatus
{
    AsConfigured,      // a green circle with a check mark
    RestartPending,    // a blue clock
    NotBound,          // an orange warning triangle
    NothingConfigured, // a hollow grey ring
};

QString toString(TrayStatus status); // "as-configured", "restart-pending", "not-bound", "nothing-configured"

struct TrayDeviceLine
{
    PciAddress address;
    QString text; // "02:00.0 Radeon RX 570: bound to vfio-pci"
    bool problem = false;
    TrayStatus status = TrayStatus::NothingConfigured; // this device's own state, for its menu icon
};

// The icon of a state: from the icon theme where it has ours, else the built-in one.
QIcon trayIcon(TrayStatus status);

struct TrayContent
{
    TrayStatus status = TrayStatus::NothingConfigured;
    QString title;                 // the state in words, first line of the tooltip
    QString summary;               // the verification's sentence for the whole machine
    QList<TrayDeviceLine> devices; // configured devices and those on vfio-pci
    // Identifies the problem state for "notify once": the same not-bound devices with the same reasons give
    // the same key; empty when nothing is wrong.
    QString problemKey;

    QString toolTip() const;
    QIcon icon() const { return trayIcon(status); }
};

TrayContent trayContent(const Verification &verification);

} // namespace vfio
