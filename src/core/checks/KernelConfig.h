// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace vfio::checks {

// The build configuration of a kernel as distributions ship it: ROOT/boot/config-<release>, lines
// "CONFIG_X=y" and "# CONFIG_X is not set".
class KernelConfig
{
public:
    static KernelConfig load(const QString &root, const QString &release);

    bool isFound() const { return m_found; }
    QString path() const { return m_path; } // the target path, "/boot/config-6.1.0-50-amd64"
    // "y", "m", a string's value; empty when unset or not listed.
    QString value(const QString &option) const { return m_values.value(option); }
    bool isEnabled(const QString &option) const { return value(option) == QLatin1String("y"); }

private:
    bool m_found = false;
    QString m_path;
    QHash<QString, QString> m_values;
};

} // namespace vfio::checks
