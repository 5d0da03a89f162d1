// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerificationJson.h"

#include "JsonValues.h"

#include <QJsonArray>

namespace vfio::cli {

QJsonObject verificationToJson(const Verification &verification)
{
    QJsonArray devices;
    for (const DeviceVerification &device : verification.relevant()) {
        devices.append(QJsonObject{
            {QStringLiteral("address"), device.address.toString()},
            {QStringLiteral("name"), device.name},
            {QStringLiteral("configured"), device.configured},
            {QStringLiteral("driver"), stringOrNull(device.driver)},
            {QStringLiteral("state"), toString(device.status)},
            {QStringLiteral("reason"), stringOrNull(toString(device.reason))},
            {QStringLiteral("message"), device.text},
        });
    }
    return QJsonObject{
        {QStringLiteral("devices"), devices},
        {QStringLiteral("overall"), toString(verification.overall())},
        {QStringLiteral("summary"), verification.summary()},
        {QStringLiteral("unmatched_ids"), QJsonArray::fromStringList(verification.unmatchedIds)},
        {QStringLiteral("safety_boot"), verification.safetyBoot},
    };
}

} // namespace vfio::cli
