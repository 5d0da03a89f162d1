// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeCopy.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace vfio::test {

int copyTreeFlatteningLinks(const QString &source, const QString &target, const QString &flattenBelow,
                            const QStringList &shareInstead, QString *error)
{
    int flattened = 0;
    const QDir sourceDir(source);
    QDir().mkpath(target);
    for (const QString &shared : shareInstead) {
        if (QFileInfo::exists(sourceDir.filePath(shared)) &&
            !QFile::link(sourceDir.absoluteFilePath(shared), target + QLatin1Char('/') + shared)) {
            *error = QStringLiteral("cannot link ") + shared;
            return -1;
        }
    }
    QDirIterator it(source, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // does not descend through links
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = sourceDir.relativeFilePath(path);
        if (shareInstead.contains(relative.section(u'/', 0, 0)))
            continue;
        const QString destination = target + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(destination).path());
        if (info.isSymLink()) {
            // The link's own text (QFileInfo::symLinkTarget() would make it absolute).
            char buffer[4096];
            const ssize_t length = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
            if (length < 0) {
                *error = QStringLiteral("cannot read link ") + path;
                return -1;
            }
            const QString relativeTarget = QFile::decodeName(QByteArray(buffer, length));
            if (relative.startsWith(flattenBelow + QLatin1Char('/'))) {
                QFile file(destination);
                if (!file.open(QIODevice::WriteOnly) || file.write(relativeTarget.toUtf8()) < 0) {
                    *error = QStringLiteral("cannot write ") + destination;
                    return -1;
                }
                ++flattened;
            } else if (!QFile::link(relativeTarget, destination)) {
                *error = QStringLiteral("cannot link ") + destination;
                return -1;
            }
        } else if (info.isDir()) {
            QDir().mkpath(destination);
        } else {
            // Plain read and write: QFile::copy() syncs every file to disk, which makes a tree copy slow.
            QFile in(path);
            QFile out(destination);
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
                out.write(in.readAll()) != in.size()) {
                *error = QStringLiteral("cannot copy ") + path;
                return -1;
            }
        }
    }
    return flattened;
}

} // namespace vfio::test
