// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/SelectionRules.h"
#include "topology/Topology.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vfio {

class KernelModuleIndex;

// What a vfio.conf says now: the managed block and hand-written lines together, for the GUI's
// "will bind at next boot" states and the helper's State().
struct ConfiguredState
{
    QStringList ids;             // vendor:device from every `options vfio-pci ids=` line (lower case, unique)
    QList<PciAddress> addresses; // devices our early driver_override hook binds by address
    QStringList softdepModules;  // modules with `softdep X pre: vfio-pci`
    bool managed = false;        // our marked block is there
    QStringList handWrittenIdLines; // `options vfio-pci ids=` lines outside our block (they also take effect)

    bool bindsId(const QString &idPair) const;
    bool bindsAddress(const PciAddress &address) const;
    // Will vfio-pci claim this device at next boot (by ID or by address)?
    bool binds(const PciDevice &device) const;
};

// The rendered /etc/modprobe.d/vfio.conf.
struct RenderedConfig
{
    QString text;              // the full new file: the user's lines kept, our block replaced/added
    QString block;             // just our block body (header comment + directives), for previews
    QStringList ids;           // in `ids=`, sorted, unique
    QStringList softdeps;      // module names with a softdep line, sorted, unique
    QStringList warnings;      // conflicts with hand-written lines, built-in drivers, ...
    QString kernelCommandLine; // when vfio-pci is built in: "vfio-pci.ids=..." to add to the command line
};

// One modprobe.d line as far as vfio-pci is concerned: the one reader of these lines, for VfioConfig::parse
// and for the review's explanation of each line.
struct ModprobeDirective
{
    enum class Kind
    {
        Other,           // a comment, a blank line, or a directive about something else
        VfioPciOptions,  // options vfio-pci ... (ids= among them or not)
        Softdep,         // softdep MODULE pre: ... (at least four words)
        VfioPciInstall,  // install vfio-pci ...: our hook, or someone's
        OverrideInstall, // install DRIVER ... driver_override ...: a driver's hook handing devices over
    };
    Kind kind = Kind::Other;
    QString module;              // Softdep: the module it delays; OverrideInstall: the driver; as written
    QStringList ids;             // VfioPciOptions: vendor:device of each ids= entry, lower case
    bool vfioPciFirst = false;   // Softdep: vfio-pci is among the modules loaded before `module`
    bool setsOverride = false;   // the installs: the hook writes driver_override
    QList<PciAddress> addresses; // the installs: the addresses the hook names, in order, once each

    static ModprobeDirective read(const QString &line);
};

// Renders and parses /etc/modprobe.d/vfio.conf.
//
// The block always holds an `install vfio-pci ...` command. modprobe runs it (through /bin/sh) whenever
// vfio-pci is requested, which is early: the initramfs loads vfio-pci itself, and the `softdep <driver> pre:
// vfio-pci` lines make every claiming driver pull vfio-pci in first. With vfio_isolator=off on the kernel
// command line (the safety boot entry, issue 8) the command exits without loading vfio-pci, so the ids=
// option and the softdeps do nothing and every device gets its normal driver for that boot.
//
// Binding by address: for devices whose vendor:device is shared with a device that stays on the host, the
// same command first writes "vfio-pci" into each device's `driver_override` (only when an IOMMU is active,
// so a machine with IOMMU off keeps its devices) and then loads vfio-pci with `--ignore-install`; the
// overridden device can then only bind to vfio-pci while its twin keeps its normal driver. Everything lives
// in vfio.conf itself, which the initramfs copies in, so no extra script has to be installed or found at
// boot. (Booster's init loads modules without modprobe, so there the hook runs only once the real system
// loads the drivers; its backend says so.)
//
// When vfio-pci is built into the kernel it never goes through modprobe, so the hook sits on each driver that
// would claim such a device instead (`install e1000e ...`): it sets driver_override, asks the kernel to probe
// the device again (the built-in vfio-pci takes it) and then loads the driver for the cards that stay; with
// vfio_isolator=off it only loads the driver. IDs bound by ID go on the kernel command line (`vfio-pci.ids=`)
// in that case, which this file cannot switch off.
class VfioConfig
{
public:
    static QString path() { return QStringLiteral("/etc/modprobe.d/vfio.conf"); }

    // `bindings` from SelectionRules::bindings(); modules for softdep are taken from each device's
    // `modules` and current `driver` (mapped to module names, see claimingModules).
    static RenderedConfig render(const Topology &topology, const QList<DeviceBinding> &bindings,
                                 const KernelModuleIndex &kernel, const QString &existingText);

    // Kernel modules that would claim `device` if vfio-pci did not: its `modules` plus its current driver
    // mapped to a module name ("virtio-pci" -> "virtio_pci"), without vfio_pci itself; sorted, unique.
    static QStringList claimingModules(const PciDevice &device, const KernelModuleIndex &kernel);

    // The one reader of vfio-pci's modprobe configuration, in the core and the helper (State's `ids`). It
    // reads one file's text, not a whole root through libkmod (kmod_config_get_options): libkmod merges every
    // modprobe.d file into one list per module, which no longer tells our marked block from the user's lines
    // around it or one file from another, and that is what `managed` and `handWrittenIdLines` say.
    static ConfiguredState parse(const QString &text);
};

} // namespace vfio
