#include "KernelModules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <libkmod.h>

namespace vfio {

namespace {

// libkmod logs to stderr by default; a scan reports through its problem lists instead.
void silentLog(void *, int, const char *, int, const char *, const char *, va_list) {}

} // namespace

KernelModules::KernelModules(const QString &root, const QString &release)
{
    if (release.isEmpty()) {
        m_problem = QCoreApplication::translate(
            "vfio::KernelModules", "The kernel release is unknown, so kernel modules are not shown.");
        return;
    }
    const QString directory = QDir::cleanPath(root + QStringLiteral("/lib/modules/") + release);
    if (!QFileInfo(directory).isDir()) {
        m_problem = QCoreApplication::translate("vfio::KernelModules",
                                                "Kernel modules are not shown: %1 does not exist (modules of "
                                                "kernel %2 are not installed there).")
                        .arg(directory, release);
        return;
    }

    const QByteArray directoryName = QFile::encodeName(directory);
    const bool liveSystem = QDir(root).canonicalPath() == QLatin1String("/");
    // For a snapshot, modprobe configuration comes from the snapshot, never from the machine reading it.
    QList<QByteArray> configStorage;
    for (const char *dir :
         {"/etc/modprobe.d", "/run/modprobe.d", "/usr/local/lib/modprobe.d", "/lib/modprobe.d"})
        configStorage.append(QFile::encodeName(QDir::cleanPath(root + QLatin1String(dir))));
    const char *configPaths[] = {configStorage[0].constData(), configStorage[1].constData(),
                                 configStorage[2].constData(), configStorage[3].constData(), nullptr};

    m_context = kmod_new(directoryName.constData(), liveSystem ? nullptr : configPaths);
    if (!m_context) {
        m_problem = QCoreApplication::translate("vfio::KernelModules",
                                                "Kernel modules are not shown: libkmod could not use %1.")
                        .arg(directory);
        return;
    }
    kmod_set_log_fn(m_context, silentLog, nullptr);
    const int error = kmod_load_resources(m_context);
    if (error < 0) {
        // lspci shows no modules in this case either.
        m_problem =
            QCoreApplication::translate("vfio::KernelModules",
                                        "Kernel modules are not shown: the module index in %1 could not "
                                        "be loaded (%2). Running depmod %3 rebuilds it.")
                .arg(directory, QString::fromLocal8Bit(std::strerror(-error)), release);
        kmod_unref(m_context);
        m_context = nullptr;
    }
}

KernelModules::~KernelModules()
{
    if (m_context)
        kmod_unref(m_context);
}

QStringList KernelModules::lookup(const QString &modalias) const
{
    QStringList names;
    if (!m_context || modalias.isEmpty())
        return names;
    if (const auto cached = m_cache.constFind(modalias); cached != m_cache.cend())
        return *cached;
    kmod_list *list = nullptr;
    if (kmod_module_new_from_lookup(m_context, modalias.toUtf8().constData(), &list) < 0)
        return names;
    kmod_list *entry = nullptr;
    kmod_list_foreach(entry, list)
    {
        kmod_module *module = kmod_module_get_module(entry);
        const QString name = QString::fromUtf8(kmod_module_get_name(module));
        kmod_module_unref(module);
        if (!names.contains(name))
            names.append(name);
    }
    kmod_module_unref_list(list);
    m_cache.insert(modalias, names);
    return names;
}

} // namespace vfio
