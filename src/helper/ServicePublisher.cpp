// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicePublisher.h"

#include "HelperInterface.h"
#include "helper1adaptor.h"

#include <QDBusConnectionInterface>
#include <QDBusError>

namespace vfio {

Result<void> publishService(QDBusConnection &bus, HelperService &service)
{
    using namespace helperinterface;
    new Helper1Adaptor(&service); // owned by the service
    if (!bus.registerObject(objectPath(), &service))
        return fail(QStringLiteral("Cannot register %1: %2").arg(objectPath(), bus.lastError().message()));
    // Queueing would leave a second helper waiting with stale state: refuse instead.
    const auto reply = bus.interface()->registerService(busName(), QDBusConnectionInterface::DontQueueService,
                                                        QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid() || reply.value() != QDBusConnectionInterface::ServiceRegistered)
        return fail(QStringLiteral("Cannot own the bus name %1 (only root may, and only once): %2")
                        .arg(busName(), reply.error().message()));
    return {};
}

} // namespace vfio
