// SPDX-License-Identifier: GPL-3.0-or-later
#include "SysfsReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace vfio {

namespace {

// A flattened link: one or more "../" then a path without whitespace, and nothing else.
bool looksLikeLinkText(const QByteArray &data)
{
    if (data.size() < 4 || !data.startsWith("../"))
        return false;
    qsizetype pos = 0;
    while (data.mid(pos, 3) == "../")
        pos += 3;
    if (pos == data.size())
        return false;
    for (qsizetype i = pos; i < data.size(); ++i) {
        const char c = data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\0')
            return false;
    }
    return true;
}

SysfsRead readAt(int dirFd, const char *name, qsizetype maxBytes)
{
    SysfsRead result;
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        result.error = errno;
        result.status = (errno == ENOENT || errno == ENOTDIR) ? SysfsRead::Status::Missing
                                                              : SysfsRead::Status::Unreadable;
        return result;
    }
    // Attributes are small: read into the stack and copy out exactly what came, rather than allocating the
    // maximum for each of the thousands of reads of a scan.
    char stackBuffer[4096];
    QByteArray heapBuffer;
    char *buffer = stackBuffer;
    if (maxBytes > qsizetype(sizeof stackBuffer)) {
        heapBuffer.resize(maxBytes);
        buffer = heapBuffer.data();
    }
    qsizetype filled = 0;
    while (filled < maxBytes) {
        const ssize_t n = ::read(fd, buffer + filled, static_cast<size_t>(maxBytes - filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result.error = errno;
            result.status = SysfsRead::Status::Unreadable;
            ::close(fd);
            return result;
        }
        if (n == 0)
            break;
        filled += n;
        // sysfs hands an attribute over in one read, and a regular file (a snapshot) gives a short read only
        // at its end: a short read is the end, which saves a second read per attribute.
        if (n < maxBytes - (filled - n))
            break;
    }
    result.data = QByteArray(buffer, filled);
    ::close(fd);
    result.status = SysfsRead::Status::Ok;
    return result;
}

} // namespace

QString describeReadFailure(const QString &attribute, const SysfsRead &read)
{
    if (read.status == SysfsRead::Status::Missing)
        return QCoreApplication::translate("vfio::Sysfs", "`%1` is missing.").arg(attribute);
    return QCoreApplication::translate("vfio::Sysfs", "`%1` could not be read (%2).")
        .arg(attribute, QString::fromLocal8Bit(std::strerror(read.error)));
}

std::optional<QString> readLinkTarget(int dirFd, const QString &name, bool *present)
{
    const QByteArray encoded = QFile::encodeName(name);
    char buffer[4096];
    const ssize_t length = ::readlinkat(dirFd, encoded.constData(), buffer, sizeof buffer);
    if (present)
        *present = length >= 0 || (errno != ENOENT && errno != ENOTDIR);
    if (length >= 0 && length < static_cast<ssize_t>(sizeof buffer))
        return QFile::decodeName(QByteArray(buffer, length));
    if (length >= 0 || errno != EINVAL)
        return std::nullopt; // missing, or a target too long to be a sysfs link
    // Not a symbolic link: it may be a flattened one.
    const SysfsRead read = readAt(dirFd, encoded.constData(), 4096);
    if (!read.ok() || !looksLikeLinkText(read.data))
        return std::nullopt;
    return QFile::decodeName(read.data);
}

std::optional<QString> readLinkTarget(const QString &path, bool *present)
{
    return readLinkTarget(AT_FDCWD, path, present);
}

QString resolvedLinkTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? QFile::symLinkTarget(path) : canonical;
    }
    const auto target = readLinkTarget(path);
    return target ? QDir::cleanPath(info.absolutePath() + QLatin1Char('/') + *target) : QString();
}

SysfsDirectory::SysfsDirectory(const QString &path) : m_path(path)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_fd < 0)
        m_openError = errno;
}

SysfsDirectory::SysfsDirectory(const SysfsDirectory &parent, const QString &relative)
    : m_path(parent.path() + QLatin1Char('/') + relative)
{
    if (parent.fd() < 0) {
        m_openError = parent.openError();
        return;
    }
    m_fd = ::openat(parent.fd(), QFile::encodeName(relative).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_fd < 0)
        m_openError = errno;
}

SysfsDirectory::~SysfsDirectory()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

SysfsRead SysfsDirectory::readText(const char *name, qsizetype maxBytes) const
{
    if (m_fd < 0)
        return SysfsRead{SysfsRead::Status::Missing, {}, m_openError};
    SysfsRead read = readAt(m_fd, name, maxBytes);
    if (read.ok() && read.data.endsWith('\n'))
        read.data.chop(1);
    return read;
}

SysfsRead SysfsDirectory::readBinary(const char *name, qsizetype maxBytes) const
{
    if (m_fd < 0)
        return SysfsRead{SysfsRead::Status::Missing, {}, m_openError};
    return readAt(m_fd, name, maxBytes);
}

std::optional<QString> SysfsDirectory::linkTarget(const char *name, bool *present) const
{
    if (present)
        *present = false;
    if (m_fd < 0)
        return std::nullopt;
    return readLinkTarget(m_fd, QString::fromLatin1(name), present);
}

} // namespace vfio
