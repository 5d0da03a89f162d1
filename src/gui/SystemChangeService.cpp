// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemChangeService.h"

namespace vfio {

void SystemChangeService::refuseCommandLine(Call call)
{
    QMetaObject::invokeMethod(
        this,
        [this, call] {
            emit callFailed(call, QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
                            tr("The helper cannot change the kernel command line here; add the words by hand "
                               "as the check says."));
        },
        Qt::QueuedConnection);
}

} // namespace vfio
