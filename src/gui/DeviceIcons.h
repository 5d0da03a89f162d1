// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace vfio {

// An icon for a PCI class (display, network, storage, audio, USB, bridge, other): the desktop's icon theme
// when it has one, else the style's standard icons, so every row has a recognisable picture.
QIcon iconForClass(quint32 classCode);
QIcon groupIcon();

} // namespace vfio
