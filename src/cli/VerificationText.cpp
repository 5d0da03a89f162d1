// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerificationText.h"

#include <QCoreApplication>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli", text);
}
} // namespace

QString verificationToText(const Verification &verification)
{
    QString text;
    for (const DeviceVerification &device : verification.relevant()) {
        text += QStringLiteral("%1  %2\n    %3\n    %4\n")
                    .arg(device.address.toShortString(), device.name, device.text, device.detail);
    }
    for (const QString &id : verification.unmatchedIds)
        text +=
            tr("%1  matches no device on this computer: the configuration does nothing for it.\n").arg(id);
    return text + verification.summary() + QLatin1Char('\n');
}

} // namespace vfio::cli
