// SPDX-License-Identifier: GPL-3.0-or-later
#include "KernelConfig.h"

#include "topology/SystemRoot.h"

#include <QFile>

namespace vfio::checks {

KernelConfig KernelConfig::load(const QString &root, const QString &release)
{
    KernelConfig config;
    if (release.isEmpty())
        return config;
    config.m_path = QStringLiteral("/boot/config-") + release;
    QFile file(underRoot(root, config.m_path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return config;
    config.m_found = true;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const qsizetype equals = line.indexOf('=');
        if (line.startsWith("CONFIG_") && equals > 0)
            config.m_values.insert(QString::fromUtf8(line.left(equals)),
                                   QString::fromUtf8(line.mid(equals + 1)));
    }
    return config;
}

} // namespace vfio::checks
