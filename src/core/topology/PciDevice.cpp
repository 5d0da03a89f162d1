// SPDX-License-Identifier: GPL-3.0-or-later
#include "PciDevice.h"

namespace vfio {

QString PciDevice::idPair() const
{
    return QStringLiteral("%1:%2")
        .arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(deviceId, 4, 16, QLatin1Char('0'));
}

QString PciDevice::displayName() const
{
    // lspci's fallbacks: "Device" alone when the vendor is unknown, "<vendor> Device" when only the vendor
    // is.
    QString device = deviceName.isEmpty() ? QStringLiteral("Device") : deviceName;
    if (vendorName.isEmpty())
        return device;
    return vendorName + QLatin1Char(' ') + device;
}

} // namespace vfio
