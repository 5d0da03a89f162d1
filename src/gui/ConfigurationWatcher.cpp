// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigurationWatcher.h"

#include <QFileInfo>

namespace vfio {

ConfigurationWatcher::ConfigurationWatcher(const std::function<void()> &changed)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    QObject::connect(&m_settle, &QTimer::timeout, changed);
    QObject::connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    QObject::connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
                     qOverload<>(&QTimer::start));
}

void ConfigurationWatcher::watch(const QString &path)
{
    // The helper replaces vfio.conf by renaming a new file over it, which ends a watch on the file itself:
    // the folder's watch sees that, and the file is watched again after each refresh.
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo(folder).isDir() && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
}

} // namespace vfio
