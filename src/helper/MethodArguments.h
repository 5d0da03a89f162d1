// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "topology/PciAddress.h"

#include <QList>
#include <QStringList>

namespace vfio {

// The form of the addresses Preview and Apply take, checked before anything is looked at: one to 256, each
// exactly in the full form `lspci -D` prints (domain:bus:device.function, any case). Whether the devices
// exist is the caller's next check. A plain function, so the fuzzer can call it without a bus.
Result<QList<PciAddress>> parseAddressArguments(const QStringList &addresses);

} // namespace vfio
