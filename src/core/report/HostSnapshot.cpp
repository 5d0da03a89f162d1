// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotParts.h"

#include "boot/KernelCommandLineBackend.h"
#include "policy/InitramfsBackend.h"
#include "topology/SystemRoot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace vfio::report {

namespace {

constexpr qint64 maxFileBytes = 4LL * 1024 * 1024;   // a configuration file or /proc text; never more
constexpr qint64 maxIndexBytes = 64LL * 1024 * 1024; // a module index of the largest distribution kernels

std::optional<QByteArray> readWhole(const QString &path, qint64 limit = maxFileBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // In blocks: /proc/sys refuses one read of megabytes, and proc files have no size to go by.
    QByteArray content;
    while (content.size() < limit) {
        const QByteArray block = file.read(std::min<qint64>(64LL * 1024, limit - content.size()));
        if (block.isEmpty())
            break;
        content += block;
    }
    return content;
}

QByteArray keptLines(const QByteArray &text, const QList<QByteArray> &prefixes)
{
    QByteArray kept;
    for (const QByteArray &line : text.split('\n')) {
        for (const QByteArray &prefix : prefixes) {
            if (line.startsWith(prefix)) {
                kept += line + '\n';
                break;
            }
        }
    }
    return kept;
}

QByteArray firstProcessor(const QByteArray &cpuinfo)
{
    const qsizetype end = cpuinfo.indexOf("\n\n");
    return end < 0 ? cpuinfo : cpuinfo.left(end + 1);
}

// Filesystem UUIDs name one disk, and ip= can carry addresses and a host name.
QByteArray maskedCommandLine(const QByteArray &cmdline)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    static const QRegularExpression ip(QStringLiteral("(^|\\s)ip=\\S*"));
    QString text = QString::fromUtf8(cmdline);
    text.replace(uuid, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    text.replace(ip, QStringLiteral("\\1ip=masked"));
    return text.toUtf8();
}

// "name size refs deps state address": the load address says where the kernel is (KASLR), so it goes.
QByteArray modulesWithoutAddresses(const QByteArray &modules)
{
    QByteArray kept;
    for (const QByteArray &line : modules.split('\n')) {
        QList<QByteArray> fields = line.split(' ');
        if (fields.size() >= 6 && fields.at(5).startsWith("0x"))
            fields[5] = "0x0000000000000000";
        if (!line.isEmpty())
            kept += fields.join(' ') + '\n';
    }
    return kept;
}

void copyFile(const QString &root, const QString &relative, SnapshotFiles &files, qint64 limit = maxFileBytes)
{
    const QString path = underRoot(root, relative);
    if (const auto content = readWhole(path, limit))
        files.writeFile(relative, *content, QFileInfo(path).lastModified());
}

QString kernelRelease(const QString &root)
{
    return QString::fromUtf8(
               readWhole(underRoot(root, QStringLiteral("proc/sys/kernel/osrelease"))).value_or(QByteArray()))
        .trimmed();
}

// systemd-boot's loader.conf and its entries, whose options lines are kernel command lines.
void copyBootLoaderEntries(const QString &root, SnapshotFiles &files)
{
    for (const QString &top : {QStringLiteral("boot/efi"), QStringLiteral("boot"), QStringLiteral("efi")}) {
        copyFile(root, top + QStringLiteral("/loader/loader.conf"), files);
        const QString entries = top + QStringLiteral("/loader/entries");
        const QDir folder(underRoot(root, entries));
        for (const QString &name : folder.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name)) {
            if (const auto entry = readWhole(folder.filePath(name)))
                files.writeFile(entries + QLatin1Char('/') + name, maskedCommandLine(*entry));
        }
    }
}

// The generators' and boot loaders' programs that exist, as empty files: which ones a machine has decides
// the backends the app chooses for it, and a report must choose the same. Their bytes are of no use.
void markPrograms(const QString &root, SnapshotFiles &files)
{
    for (const QString &program : backendPrograms()) {
        if (QFileInfo(underRoot(root, program)).isFile())
            files.writeFile(program.mid(1), {});
    }
}

} // namespace

void copyProcFiles(const QString &root, SnapshotFiles &files)
{
    const auto read = [&](const char *relative) {
        return readWhole(underRoot(root, QLatin1String(relative)));
    };
    if (const auto cmdline = read("proc/cmdline"))
        files.writeFile(QStringLiteral("proc/cmdline"), maskedCommandLine(*cmdline));
    if (const auto cpuinfo = read("proc/cpuinfo")) // every processor says the same: the first is enough
        files.writeFile(QStringLiteral("proc/cpuinfo"),
                        keptLines(firstProcessor(*cpuinfo), {"vendor_id", "flags"}));
    if (const auto modules = read("proc/modules"))
        files.writeFile(QStringLiteral("proc/modules"), modulesWithoutAddresses(*modules));
    if (const auto stat = read("proc/stat"))
        files.writeFile(QStringLiteral("proc/stat"), keptLines(*stat, {"btime "}));
    copyFile(root, QStringLiteral("proc/sys/kernel/osrelease"), files);
}

void copyModuleIndex(const QString &root, SnapshotFiles &files)
{
    const QString release = kernelRelease(root);
    if (release.isEmpty() || release.contains(QLatin1Char('/')))
        return;
    // What kmod_load_resources() opens, and the builtin and softdep files its lookups read.
    for (const char *name :
         {"modules.dep.bin", "modules.alias.bin", "modules.symbols.bin", "modules.builtin.alias.bin",
          "modules.builtin.bin", "modules.builtin.modinfo", "modules.softdep", "modules.builtin"})
        copyFile(root, QStringLiteral("lib/modules/%1/%2").arg(release, QLatin1String(name)), files,
                 maxIndexBytes);
}

void copyConfiguration(const QString &root, SnapshotFiles &files)
{
    const QDir modprobe(underRoot(root, QStringLiteral("/etc/modprobe.d")));
    for (const QString &name : modprobe.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name))
        copyFile(root, QStringLiteral("etc/modprobe.d/") + name, files);
    QStringList paths{QStringLiteral("/etc/os-release"), QStringLiteral("/usr/lib/os-release"),
                      QStringLiteral("/etc/mkinitcpio.conf")};
    paths += bootLoaderConfigurationFiles();
    for (const QString &name : initramfsBackendNames())
        paths << makeInitramfsBackend(name)->configurationFile();
    for (const QString &path : paths)
        copyFile(root, path.mid(1), files);
    copyBootLoaderEntries(root, files);
    markPrograms(root, files);
}

} // namespace vfio::report
