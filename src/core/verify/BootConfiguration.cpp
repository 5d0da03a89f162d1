// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootConfiguration.h"

#include "policy/PlanTypes.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace vfio {

namespace {

std::optional<qint64> bootTime(const QString &root)
{
    QFile stat(underRoot(root, QStringLiteral("/proc/stat")));
    if (!stat.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    while (!stat.atEnd()) {
        const QByteArray line = stat.readLine().trimmed();
        if (line.startsWith("btime ")) {
            bool ok = false;
            const qint64 seconds = line.mid(6).trimmed().toLongLong(&ok);
            if (ok)
                return seconds;
        }
    }
    return std::nullopt;
}

} // namespace

BootConfiguration readBootConfiguration(const QString &root)
{
    BootConfiguration boot;
    boot.path = underRoot(root, VfioConfig::path());
    QFile file(boot.path);
    if (!file.exists()) {
        boot.config = ConfiguredState{};
        boot.changedSinceBoot = false; // nothing configured: nothing waits for a restart
        return boot;
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return boot; // unreadable: said through an empty optional
    boot.config = VfioConfig::parse(QString::fromUtf8(file.readAll()));
    // A snapshot without a boot time cannot tell; "will bind at next boot" is then the honest guess.
    const auto booted = bootTime(root);
    boot.changedSinceBoot = !booted || QFileInfo(boot.path).lastModified().toSecsSinceEpoch() > *booted;
    return boot;
}

} // namespace vfio
