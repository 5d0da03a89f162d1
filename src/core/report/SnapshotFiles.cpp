// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace vfio::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::report::SnapshotFiles", text);
}
} // namespace

QString SnapshotFiles::absolute(const QString &relative) const
{
    return m_top + QLatin1Char('/') + relative;
}

bool SnapshotFiles::makeParent(const QString &relative)
{
    const QString parent = QFileInfo(absolute(relative)).path();
    if (QDir().mkpath(parent))
        return true;
    m_failure = tr("The folder %1 could not be created.").arg(parent);
    return false;
}

void SnapshotFiles::writeFile(const QString &relative, const QByteArray &content, const QDateTime &modified)
{
    if (failed() || !makeParent(relative))
        return;
    QFile file(absolute(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        m_failure = tr("%1 could not be written (%2).").arg(file.fileName(), file.errorString());
        return;
    }
    // The verification compares the configuration's time with the boot time, so the copy keeps it.
    if (modified.isValid())
        file.setFileTime(modified, QFileDevice::FileModificationTime);
}

void SnapshotFiles::makeDirectory(const QString &relative)
{
    if (failed())
        return;
    if (!QDir().mkpath(absolute(relative)))
        m_failure = tr("The folder %1 could not be created.").arg(absolute(relative));
}

void SnapshotFiles::makeLink(const QString &relative, const QString &target)
{
    if (failed() || !makeParent(relative))
        return;
    // symlink(2) itself: the target must stay relative, exactly as the kernel wrote it.
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(absolute(relative)).constData()) !=
        0)
        m_failure = tr("The link %1 could not be created (%2).")
                        .arg(absolute(relative), QString::fromLocal8Bit(std::strerror(errno)));
}

Result<void> SnapshotFiles::outcome() const
{
    if (failed())
        return fail(m_failure);
    return {};
}

} // namespace vfio::report
