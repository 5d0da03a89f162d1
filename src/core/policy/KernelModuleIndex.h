// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "topology/KmodContext.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vfio {

// Not to be confused with topology/KernelModules.h (modalias lookups during the scan): this index answers
// "does this kernel have module X, and is it built in?", which the initramfs configuration needs.
//
// What a kernel under a system root ships, asked of libkmod through the same context-making as the scan
// (topology/KmodContext.h): a loadable module is one modules.dep.bin gives a path for, a built-in one is
// listed in modules.builtin.bin (the indexes depmod writes next to the text files; generated test trees run
// the real depmod). Names are normalised the way the kernel does it: "-" becomes "_", so "vfio-pci" and
// "vfio_pci" are the same module. Copies share one libkmod context: use an index from one thread at a time.
class KernelModuleIndex
{
public:
    // An empty release means: read ROOT/proc/sys/kernel/osrelease. Fails with a sentence naming what could
    // not be read and the way out.
    static Result<KernelModuleIndex> load(const QString &root, const QString &release = {});

    static QString normalized(const QString &name); // "vfio-pci" -> "vfio_pci"

    QString release() const { return m_release; }

    bool isModule(const QString &name) const;  // a loadable .ko in modules.dep
    bool isBuiltin(const QString &name) const; // listed in modules.builtin
    bool exists(const QString &name) const { return isModule(name) || isBuiltin(name); }

    // The vfio modules the initramfs must load for this kernel: vfio, vfio_iommu_type1, vfio_virqfd (only if
    // this kernel has it as a module; it was merged into vfio in 6.2), vfio_pci. Built-in ones are left out.
    QStringList vfioInitramfsModules() const;

    bool vfioPciBuiltin() const { return isBuiltin(QStringLiteral("vfio_pci")); }

    // The module that provides a PCI driver, by the driver's name as sysfs shows it ("virtio-pci" ->
    // "virtio_pci", "xhci_hcd" -> "xhci_pci"): from ROOT/sys/bus/pci/drivers/<driver>/module (a link, or a
    // snapshot's flattened link) when load() could read it, else the normalised name when that is a module
    // of this kernel. Empty when no module provides it (built into the kernel, or unknown).
    QString moduleForDriver(const QString &driver) const;

    // Test / tooling constructor: the kernel's modules given as names, no libkmod.
    KernelModuleIndex(QString release, const QSet<QString> &modules, const QSet<QString> &builtin);
    KernelModuleIndex() = default; // knows no module

private:
    KernelModuleIndex(QString release, KmodContext context);
    void readDriverModules(const QString &root);

    QString m_release;
    KmodContext m_context;   // from load(); null for the test constructor, which answers from the sets
    QSet<QString> m_modules; // test constructor only
    QSet<QString> m_builtin; // test constructor only
    QHash<QString, QString> m_driverModules; // sysfs driver name -> module, from the running system
};

} // namespace vfio
