// SPDX-License-Identifier: GPL-3.0-or-later
#include "KmodContext.h"

#include "SystemRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstring>
#include <libkmod.h>

namespace vfio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio", text);
}

// libkmod logs to stderr by default; callers report through their own problem lists instead.
void silentLog(void *, int, const char *, int, const char *, const char *, va_list) {}

kmod_ctx *newContext(const QString &root, const QString &directory)
{
    const QByteArray directoryName = QFile::encodeName(directory);
    // libkmod's own configuration paths, except in a Flatpak, whose /etc and /lib are the runtime's.
    if (QDir(root).canonicalPath() == QLatin1String("/") && !runsInFlatpak())
        return kmod_new(directoryName.constData(), nullptr);
    const std::array<const char *, 5> dirs{"/etc/modprobe.d", "/run/modprobe.d", "/usr/local/lib/modprobe.d",
                                           "/usr/lib/modprobe.d", "/lib/modprobe.d"};
    std::array<QByteArray, dirs.size()> storage;
    std::array<const char *, dirs.size() + 1> configPaths{};
    for (size_t i = 0; i < dirs.size(); ++i) {
        storage[i] = QFile::encodeName(underRoot(root, QString::fromLatin1(dirs[i])));
        configPaths[i] = storage[i].constData();
    }
    return kmod_new(directoryName.constData(), configPaths.data());
}

} // namespace

Result<KmodContext> openKmodContext(const QString &root, const QString &release)
{
    if (release.isEmpty())
        return fail(tr("the kernel release is unknown"));
    const QString directory = underRoot(root, QStringLiteral("/lib/modules/") + release);
    if (!QFileInfo(directory).isDir())
        return fail(tr("%1 does not exist (the modules of kernel %2 are not installed there)")
                        .arg(directory, release));
    KmodContext context(newContext(root, directory), [](kmod_ctx *c) { kmod_unref(c); });
    if (!context)
        return fail(tr("libkmod could not use %1").arg(directory));
    kmod_set_log_fn(context.get(), silentLog, nullptr);
    if (const int error = kmod_load_resources(context.get()); error < 0)
        return fail(tr("the module index in %1 could not be loaded (%2); running depmod %3 rebuilds it")
                        .arg(directory, QString::fromLocal8Bit(std::strerror(-error)), release));
    return context;
}

} // namespace vfio
