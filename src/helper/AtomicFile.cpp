// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vfio::atomicfile {
namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// fsync() on the folder makes a rename or unlink inside it durable.
Result<void> syncFolder(const QString &folder)
{
    const QByteArray native = QFile::encodeName(folder);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("Cannot open the folder %1: %2").arg(folder, systemError(errno)));
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0)
        return fail(QStringLiteral("Cannot flush the folder %1 to disk: %2").arg(folder, systemError(error)));
    return {};
}

bool writeAll(int fd, const QByteArray &content)
{
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t written =
            ::write(fd, content.constData() + done, static_cast<size_t>(content.size() - done));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += written;
    }
    return true;
}

} // namespace

namespace {
QString temporaryPrefix(const QFileInfo &target)
{
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".vfio-isolator-");
}
} // namespace

int removeLeftovers(const QString &path)
{
    const QFileInfo target(path);
    const QString prefix = temporaryPrefix(target);
    int removed = 0;
    const QFileInfoList candidates =
        QDir(target.absolutePath())
            .entryInfoList({prefix + QStringLiteral("??????")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &leftover : candidates) {
        if (!leftover.isSymLink() && leftover.fileName().size() == prefix.size() + 6 &&
            QFile::remove(leftover.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

Result<void> write(const QString &path, const QByteArray &content, mode_t mode)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("Cannot create the folder %1.").arg(folder));

    // mkstemp gives a unique name (O_EXCL) so a stale or planted temporary file is never reused.
    QByteArray pattern =
        QFile::encodeName(folder + QLatin1Char('/') + temporaryPrefix(target) + QStringLiteral("XXXXXX"));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(
            QStringLiteral("Cannot create a temporary file in %1: %2").arg(folder, systemError(errno)));
    const QString temporary = QFile::decodeName(pattern);

    auto abandon = [&](const QString &message) {
        ::close(fd);
        ::unlink(pattern.constData());
        return fail(message);
    };
    if (!writeAll(fd, content))
        return abandon(QStringLiteral("Cannot write %1: %2").arg(temporary, systemError(errno)));
    if (::fchmod(fd, mode) != 0)
        return abandon(
            QStringLiteral("Cannot set the permissions of %1: %2").arg(temporary, systemError(errno)));
    if (::fsync(fd) != 0)
        return abandon(QStringLiteral("Cannot flush %1 to disk: %2").arg(temporary, systemError(errno)));
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(pattern.constData());
        return fail(QStringLiteral("Cannot close %1: %2").arg(temporary, systemError(error)));
    }
    const QByteArray nativeTarget = QFile::encodeName(target.absoluteFilePath());
    if (::rename(pattern.constData(), nativeTarget.constData()) != 0) {
        const int error = errno;
        ::unlink(pattern.constData());
        return fail(QStringLiteral("Cannot replace %1: %2").arg(path, systemError(error)));
    }
    return syncFolder(folder);
}

Result<void> remove(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::unlink(native.constData()) != 0) {
        if (errno == ENOENT)
            return {};
        return fail(QStringLiteral("Cannot remove %1: %2").arg(path, systemError(errno)));
    }
    return syncFolder(QFileInfo(path).absolutePath());
}

std::optional<mode_t> permissions(const QString &path)
{
    struct stat info
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &info) != 0)
        return std::nullopt;
    return info.st_mode & 07777;
}

} // namespace vfio::atomicfile
