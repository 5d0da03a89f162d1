// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportArchive.h"

#include "topology/SysfsReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <memory>

namespace vfio::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::report", text);
}

using ArchivePointer = std::unique_ptr<archive, int (*)(archive *)>;
using EntryPointer = std::unique_ptr<archive_entry, void (*)(archive_entry *)>;

constexpr qint64 maxUnpackedBytes = 512LL * 1024 * 1024; // far above any snapshot; stops a crafted bomb
constexpr qint64 copyBlock = 64LL * 1024;

QString archiveError(archive *handle)
{
    const char *text = archive_error_string(handle);
    return text ? QString::fromLocal8Bit(text) : tr("unknown error");
}

QStringList snapshotEntries(const QString &folder)
{
    QStringList relative;
    QDirIterator it(folder, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        relative << QDir(folder).relativeFilePath(it.next());
    relative.sort(); // the same snapshot gives the same archive
    return relative;
}

// One entry's header and, for a file, its bytes.
Result<void> writeEntry(archive *out, const QString &folder, const QString &relative)
{
    const QString path = folder + QLatin1Char('/') + relative;
    const QFileInfo info(path);
    EntryPointer entry(archive_entry_new(), archive_entry_free);
    const QString inside = relative == QLatin1String(".") ? QString() : relative;
    const QByteArray name = QFile::encodeName(reportTopFolder() + QLatin1Char('/') + inside);
    archive_entry_set_pathname(entry.get(), name.constData());
    archive_entry_set_mtime(entry.get(), info.lastModified().toSecsSinceEpoch(), 0);
    QByteArray content;
    if (const auto target = info.isSymLink() ? readLinkTarget(path) : std::nullopt) {
        archive_entry_set_filetype(entry.get(), AE_IFLNK);
        archive_entry_set_perm(entry.get(), 0777);
        archive_entry_set_symlink(entry.get(), QFile::encodeName(*target).constData());
    } else if (info.isDir()) {
        archive_entry_set_filetype(entry.get(), AE_IFDIR);
        archive_entry_set_perm(entry.get(), 0755);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1 could not be read (%2).").arg(path, file.errorString()));
        content = file.readAll();
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), content.size());
    }
    if (archive_write_header(out, entry.get()) != ARCHIVE_OK ||
        (!content.isEmpty() && archive_write_data(out, content.constData(), content.size()) < 0))
        return fail(tr("The report could not be written (%1).").arg(archiveError(out)));
    return {};
}

} // namespace

QString reportTopFolder()
{
    return QStringLiteral("vfio-isolator-report");
}

Result<void> packReport(const QString &folder, const QString &archivePath)
{
    const QString partial = archivePath + QStringLiteral(".part");
    ArchivePointer out(archive_write_new(), archive_write_free);
    archive_write_add_filter_gzip(out.get());
    archive_write_set_format_pax_restricted(out.get());
    if (archive_write_open_filename(out.get(), QFile::encodeName(partial).constData()) != ARCHIVE_OK)
        return fail(tr("%1 could not be created (%2). Choose a folder you may write to.")
                        .arg(archivePath, archiveError(out.get())));
    Result<void> written = writeEntry(out.get(), folder, QStringLiteral("."));
    for (const QString &relative : snapshotEntries(folder)) {
        if (written)
            written = writeEntry(out.get(), folder, relative);
    }
    const bool closed = archive_write_close(out.get()) == ARCHIVE_OK;
    if (written && !closed)
        written = fail(tr("The report could not be written (%1).").arg(archiveError(out.get())));
    // rename(2) replaces an older report in one step; QFile::rename would refuse an existing target.
    if (written &&
        std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(archivePath).constData()) != 0)
        written = fail(tr("%1 could not be replaced.").arg(archivePath));
    if (!written)
        QFile::remove(partial);
    return written;
}

bool looksLikeReportArchive(const QString &path)
{
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) &&
           file.read(2) == QByteArray("\x1f\x8b");
}

namespace {

// An entry's path inside the snapshot ("sys/bus/pci/..."; empty for the top folder itself), or nothing
// when it lies elsewhere.
std::optional<QString> insideTop(const QString &pathname)
{
    const QString cleaned = QDir::cleanPath(pathname);
    if (cleaned == reportTopFolder())
        return QString();
    const QString prefix = reportTopFolder() + QLatin1Char('/');
    if (!cleaned.startsWith(prefix) || pathname.startsWith(QLatin1Char('/')))
        return std::nullopt;
    const QString inside = cleaned.mid(prefix.size());
    if (inside == QLatin1String("..") || inside.startsWith(QLatin1String("../")))
        return std::nullopt;
    return inside;
}

// A link must stay inside the snapshot, as every sysfs link the snapshot holds does.
bool linkStaysInside(const QString &inside, const QString &target)
{
    if (target.isEmpty() || target.startsWith(QLatin1Char('/')))
        return false;
    const QString resolved = QDir::cleanPath(QFileInfo(inside).path() + QLatin1Char('/') + target);
    return resolved != QLatin1String("..") && !resolved.startsWith(QLatin1String("../"));
}

Failure refuse(const QString &archivePath, const QString &why)
{
    return fail(tr("%1 is not a hardware report of VFIO Isolator (%2). Make a new one with "
                   "\"vfio-isolator-cli report\".")
                    .arg(archivePath, why));
}

Result<void> checkEntry(const QString &archivePath, archive_entry *entry, QString *inside)
{
    const QString pathname = QString::fromUtf8(archive_entry_pathname(entry));
    const auto path = insideTop(pathname);
    if (!path)
        return refuse(archivePath, tr("%1 lies outside %2/").arg(pathname, reportTopFolder()));
    const auto type = archive_entry_filetype(entry);
    if (type == AE_IFLNK && !linkStaysInside(*path, QString::fromUtf8(archive_entry_symlink(entry))))
        return refuse(archivePath, tr("the link %1 leads outside the report").arg(pathname));
    if (type != AE_IFREG && type != AE_IFDIR && type != AE_IFLNK)
        return refuse(archivePath, tr("%1 is neither a file, a folder nor a link").arg(pathname));
    archive_entry_set_perm(entry, type == AE_IFDIR ? 0755 : 0644); // never setuid, whatever it says
    *inside = *path;
    return {};
}

Result<void> copyData(archive *in, archive *disk, qint64 *total, const QString &archivePath)
{
    QByteArray block(copyBlock, Qt::Uninitialized);
    for (;;) {
        const la_ssize_t got = archive_read_data(in, block.data(), static_cast<size_t>(block.size()));
        if (got == 0)
            return {};
        *total += got;
        if (got < 0 || *total > maxUnpackedBytes)
            return refuse(archivePath, got < 0 ? archiveError(in) : tr("it unpacks to more than 512 MiB"));
        if (archive_write_data(disk, block.constData(), static_cast<size_t>(got)) < 0)
            return fail(tr("The report could not be unpacked (%1).").arg(archiveError(disk)));
    }
}

} // namespace

Result<QString> unpackReport(const QString &archivePath, const QString &into)
{
    ArchivePointer in(archive_read_new(), archive_read_free);
    archive_read_support_filter_gzip(in.get());
    archive_read_support_format_tar(in.get());
    if (archive_read_open_filename(in.get(), QFile::encodeName(archivePath).constData(), copyBlock) !=
        ARCHIVE_OK)
        return refuse(archivePath, archiveError(in.get()));
    ArchivePointer disk(archive_write_disk_new(), archive_write_free);
    archive_write_disk_set_options(disk.get(), ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_SYMLINKS |
                                                   ARCHIVE_EXTRACT_SECURE_NODOTDOT);
    qint64 total = 0;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(in.get(), &entry)) == ARCHIVE_OK) {
        QString inside;
        Result<void> step = checkEntry(archivePath, entry, &inside);
        const QByteArray target = QFile::encodeName(into + QLatin1Char('/') + inside);
        archive_entry_set_pathname(entry, target.constData());
        if (step && archive_write_header(disk.get(), entry) != ARCHIVE_OK)
            step = fail(tr("The report could not be unpacked (%1).").arg(archiveError(disk.get())));
        if (step && archive_entry_size(entry) > 0)
            step = copyData(in.get(), disk.get(), &total, archivePath);
        if (!step)
            return step.failure();
    }
    if (status != ARCHIVE_EOF)
        return refuse(archivePath, archiveError(in.get()));
    archive_write_close(disk.get());
    return into;
}

} // namespace vfio::report
