// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QTimer>

#include <functional>

namespace vfio {

// Tells when a configuration file (vfio.conf) changed: one write is several events (the temporary file, the
// rename, the backup), merged into one call of `changed` once they stop, as the udev monitor merges its
// bursts. A single shot, not a poll.
class ConfigurationWatcher
{
public:
    explicit ConfigurationWatcher(const std::function<void()> &changed);

    // Watches `path` and its folder (again: a rename over the file ends the file's watch).
    void watch(const QString &path);

private:
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace vfio
