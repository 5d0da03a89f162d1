// SPDX-License-Identifier: GPL-3.0-or-later
#include "KernelModules.h"

#include <QCoreApplication>

#include <libkmod.h>

namespace vfio {

Result<KernelModules> KernelModules::open(const QString &root, const QString &release)
{
    Result<KmodContext> context = openKmodContext(root, release);
    if (!context) // lspci shows no modules in this case either.
        return fail(QCoreApplication::translate("vfio::KernelModules", "Kernel modules are not shown: %1.")
                        .arg(context.error()));
    return KernelModules(std::move(context).value());
}

QStringList KernelModules::lookup(const QString &modalias) const
{
    QStringList names;
    if (modalias.isEmpty())
        return names;
    if (const auto cached = m_cache.constFind(modalias); cached != m_cache.cend())
        return *cached;
    kmod_list *list = nullptr;
    if (kmod_module_new_from_lookup(m_context.get(), modalias.toUtf8().constData(), &list) < 0)
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
