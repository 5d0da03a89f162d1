#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vfio {

// Not to be confused with topology/KernelModules.h (libkmod modalias lookups during the scan): this index
// answers "does this kernel have module X, and is it built in?", which the initramfs configuration needs.
//
// What a kernel under a system root ships, read from ROOT/lib/modules/<release>/modules.dep and
// modules.builtin (the text files, so generated test trees need nothing else). Names are normalised the way
// the kernel does it: "-" becomes "_", so "vfio-pci" and "vfio_pci" are the same module.
class KernelModuleIndex
{
public:
    // An empty release means: read ROOT/proc/sys/kernel/osrelease.
    static KernelModuleIndex load(const QString &root, const QString &release = {});

    static QString normalized(const QString &name); // "vfio-pci" -> "vfio_pci"

    bool isLoaded() const { return m_loaded; } // modules.dep could be read
    QString release() const { return m_release; }
    QString problem() const { return m_problem; } // why it could not be read, for messages

    bool isModule(const QString &name) const;  // a loadable .ko in modules.dep
    bool isBuiltin(const QString &name) const; // listed in modules.builtin
    bool exists(const QString &name) const { return isModule(name) || isBuiltin(name); }

    // The vfio modules the initramfs must load for this kernel: vfio, vfio_iommu_type1, vfio_virqfd (only if
    // this kernel has it as a module; it was merged into vfio in 6.2), vfio_pci. Built-in ones are left out.
    QStringList vfioInitramfsModules() const;

    bool vfioPciBuiltin() const { return isBuiltin(QStringLiteral("vfio_pci")); }

    // The module that provides a PCI driver, by the driver's name as sysfs shows it ("virtio-pci" ->
    // "virtio_pci", "xhci_hcd" -> "xhci_pci"): from ROOT/sys/bus/pci/drivers/<driver>/module when load()
    // could read it, else the normalised name when that is a module of this kernel. Empty when no module
    // provides it (built into the kernel, or unknown).
    QString moduleForDriver(const QString &driver) const;

    // Test / tooling constructor.
    KernelModuleIndex(QString release, QSet<QString> modules, QSet<QString> builtin);
    KernelModuleIndex() = default;

private:
    void readDriverModules(const QString &root);

    QString m_release;
    QSet<QString> m_modules;
    QSet<QString> m_builtin;
    QHash<QString, QString> m_driverModules; // sysfs driver name -> module, from the running system
    bool m_loaded = false;
    QString m_problem;
};

} // namespace vfio
