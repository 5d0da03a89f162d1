// SPDX-License-Identifier: GPL-3.0-or-later
#include "KernelModuleIndex.h"

#include "topology/SysfsReader.h"
#include "topology/SystemRoot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libkmod.h>

#include <memory>

namespace vfio {

namespace {

using KmodModule = std::unique_ptr<kmod_module, decltype(&kmod_module_unref)>;

// The module of that name as libkmod knows it (normalising "-" to "_" itself); null when the name is empty.
KmodModule moduleNamed(kmod_ctx *context, const QString &name)
{
    kmod_module *module = nullptr;
    if (name.isEmpty() || kmod_module_new_from_name(context, name.toUtf8().constData(), &module) < 0)
        module = nullptr;
    return KmodModule(module, &kmod_module_unref);
}

QString releaseUnder(const QString &root)
{
    QFile osrelease(underRoot(root, QStringLiteral("/proc/sys/kernel/osrelease")));
    return osrelease.open(QIODevice::ReadOnly) ? QString::fromUtf8(osrelease.readAll()).trimmed() : QString();
}

} // namespace

KernelModuleIndex::KernelModuleIndex(QString release, const QSet<QString> &modules,
                                     const QSet<QString> &builtin)
    : m_release(std::move(release))
{
    for (const QString &name : modules)
        m_modules.insert(normalized(name));
    for (const QString &name : builtin)
        m_builtin.insert(normalized(name));
}

KernelModuleIndex::KernelModuleIndex(QString release, KmodContext context)
    : m_release(std::move(release)), m_context(std::move(context))
{
}

QString KernelModuleIndex::normalized(const QString &name)
{
    QString result = name.trimmed();
    result.replace(QLatin1Char('-'), QLatin1Char('_'));
    return result;
}

Result<KernelModuleIndex> KernelModuleIndex::load(const QString &root, const QString &release)
{
    const QString kernel = release.isEmpty() ? releaseUnder(root) : release;
    if (kernel.isEmpty())
        return fail(QStringLiteral("The running kernel's release is unknown (%1 is missing), so its "
                                   "modules cannot be checked.")
                        .arg(underRoot(root, QStringLiteral("/proc/sys/kernel/osrelease"))));
    Result<KmodContext> context = openKmodContext(root, kernel);
    if (!context)
        return fail(QStringLiteral("The module index of kernel %1 (%2) could not be read: %3. Install that "
                                   "kernel's modules package or boot the kernel you want to configure.")
                        .arg(kernel,
                             underRoot(root, QStringLiteral("/lib/modules/%1/modules.dep.bin").arg(kernel)),
                             context.error()));
    KernelModuleIndex index(kernel, std::move(context).value());
    index.readDriverModules(root);
    return index;
}

bool KernelModuleIndex::isModule(const QString &name) const
{
    if (!m_context)
        return m_modules.contains(normalized(name));
    // modules.dep(.bin) gives a path exactly for the loadable modules.
    const KmodModule module = moduleNamed(m_context.get(), normalized(name));
    return module && kmod_module_get_path(module.get()) != nullptr;
}

bool KernelModuleIndex::isBuiltin(const QString &name) const
{
    if (!m_context)
        return m_builtin.contains(normalized(name));
    // libkmod answers "built in" from modules.builtin.bin first; only for a module that index lacks does it
    // look at the reading machine's /sys/module, which for a snapshot is another machine's. A module the
    // index has as loadable is therefore never taken for built in.
    const KmodModule module = moduleNamed(m_context.get(), normalized(name));
    return module && kmod_module_get_path(module.get()) == nullptr &&
           kmod_module_get_initstate(module.get()) == KMOD_MODULE_BUILTIN;
}

void KernelModuleIndex::readDriverModules(const QString &root)
{
    // Each loaded PCI driver links to its module: drivers/xhci_hcd/module -> ../../../../module/xhci_pci.
    const QDir drivers(underRoot(root, QStringLiteral("/sys/bus/pci/drivers")));
    for (const QString &driver : drivers.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto target = readLinkTarget(drivers.filePath(driver + QStringLiteral("/module")));
        if (target && !target->isEmpty())
            m_driverModules.insert(driver, normalized(QFileInfo(*target).fileName()));
    }
}

QString KernelModuleIndex::moduleForDriver(const QString &driver) const
{
    if (driver.isEmpty())
        return {};
    if (const auto it = m_driverModules.constFind(driver); it != m_driverModules.cend())
        return isModule(*it) ? *it : QString();
    const QString name = normalized(driver);
    return isModule(name) ? name : QString();
}

QStringList KernelModuleIndex::vfioInitramfsModules() const
{
    QStringList result;
    // Order of loading; dependencies would be pulled in anyway, the order just reads like the guides.
    const QStringList wanted{QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"),
                             QStringLiteral("vfio_virqfd"), QStringLiteral("vfio_pci")};
    for (const QString &name : wanted) {
        // vfio_virqfd became part of vfio in 6.2: listed only when this kernel still has the module.
        if (isModule(name))
            result.append(name);
    }
    return result;
}

} // namespace vfio
