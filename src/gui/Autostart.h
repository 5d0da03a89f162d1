// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

namespace vfio {

// The XDG autostart entry that starts the tray at login (~/.config/autostart/io.github.vfio_isolator-tray
// .desktop, or $XDG_CONFIG_HOME). Switched on and off from the window; switched on by itself after the first
// successful Apply unless the person already chose.
class Autostart
{
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry; the failure says the problem and the way out.
    static Result<void> setEnabled(bool enabled);

    // Whether the person ever chose in the window (then Apply leaves the choice alone).
    static bool wasChosen();
    static void markChosen();
};

} // namespace vfio
