// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace vfio::report {

// A device's config space with the Device Serial Number extended capability's serial set to zero: the
// number identifies one card in the world, and nothing the app reads needs it. Everything else, the
// capability's header included, stays as the kernel gave it, so lspci and the scan read the copy as the
// original.
QByteArray withoutSerialNumber(QByteArray config);

} // namespace vfio::report
