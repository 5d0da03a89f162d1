// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupProgress.h"

#include <QFile>
#include <QSettings>

namespace vfio {

namespace {
const QString pendingKey = QStringLiteral("setup/restartPendingSinceBoot");
const QString offeredKey = QStringLiteral("setup/offered");
} // namespace

QString SetupProgress::currentBootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
}

void SetupProgress::rememberRestartPending()
{
    QSettings().setValue(pendingKey, currentBootId());
}

bool SetupProgress::verificationDue()
{
    const QSettings settings;
    if (!settings.contains(pendingKey))
        return false;
    const QString booted = currentBootId();
    return !booted.isEmpty() && settings.value(pendingKey).toString() != booted;
}

void SetupProgress::clear()
{
    QSettings().remove(pendingKey);
}

bool SetupProgress::wasOffered()
{
    return QSettings().value(offeredKey, false).toBool();
}

void SetupProgress::markOffered()
{
    QSettings().setValue(offeredKey, true);
}

} // namespace vfio
