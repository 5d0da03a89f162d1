// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperService.h"
#include "base/Result.h"

#include <QDBusConnection>

namespace vfio {

// Puts `service` on `bus` as the helper: its adaptor (the interface of io.github.vfio_isolator.Helper1.xml,
// relaying its signals), the object path, and the well-known name, owned without queueing. The helper does
// it on the system bus; the tests of the service's logic on a private bus of their own.
Result<void> publishService(QDBusConnection &bus, HelperService &service);

} // namespace vfio
