// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BootConfiguration.h"

#include "policy/SelectionRules.h"
#include "topology/Topology.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vfio {

// Where one device stands: what the configuration asks for against what the kernel did at this boot.
enum class DeviceStatus
{
    OnHost,             // not configured for vfio-pci, and not on it
    Bound,              // configured and on vfio-pci: as intended
    RestartPending,     // configured after this boot and not yet bound: the next boot binds it
    NotBound,           // configured before this boot, yet not on vfio-pci (see NotBoundReason)
    NoLongerConfigured, // on vfio-pci, but the configuration no longer names it: the next boot gives it back
    StaysWithHost,      // bridges and root ports: never passed through
};

// Why a configured device is not on vfio-pci, where it can be told. The first that applies wins.
enum class NotBoundReason
{
    None,
    SafetyBoot,       // booted with vfio_isolator=off: the configuration was inert on purpose
    IommuOff,         // no IOMMU groups: vfio-pci cannot take any device
    VfioNotLoaded,    // vfio-pci is not registered with the kernel (not loaded, not built in)
    NotInInitramfs,   // the initramfs lacks vfio-pci or vfio.conf, so the normal driver came first
    OtherDriverFirst, // another driver claimed it first
    UnknownNoDriver,  // nothing holds it and nothing above explains it
    ConfigUnreadable, // the configuration could not be read: only today's binding is known
};

QString toString(DeviceStatus status);   // "on-host", "bound", "restart-pending", ...
QString toString(NotBoundReason reason); // "", "safety-boot", "iommu-off", ...
std::optional<DeviceStatus> deviceStatusFromString(const QString &text);

// What the running kernel says beyond the scan, read once per verification.
struct KernelFacts
{
    bool vfioDriverRegistered = false; // sys/bus/pci/drivers/vfio-pci exists (loaded or built in)
    bool safetyBoot = false;           // the kernel command line carries vfio_isolator=off
    // The initramfs' file list where it could be read (lsinitramfs / lsinitrd); nullopt when unknown.
    std::optional<QStringList> initramfsFiles;

    // The initramfs was read and holds no vfio-pci module or no vfio.conf.
    bool initramfsLacksVfio() const;
};

KernelFacts readKernelFacts(const QString &root, const Topology &topology);

struct DeviceVerification
{
    PciAddress address;
    QString name;   // PciDevice::displayName()
    QString driver; // in use now; empty when none
    bool configured = false;
    DeviceStatus status = DeviceStatus::OnHost;
    NotBoundReason reason = NotBoundReason::None;
    QString text;   // the short form: "bound to vfio-pci", "not bound: e1000e claimed it first"
    QString detail; // a sentence or two, with the way out where there is one
    QString why;    // NotBound only: the reason alone, "driver snd_hda_intel claimed it first"
};

// The verification after a restart: every device, configured against bound.
struct Verification
{
    enum class Overall
    {
        NothingConfigured, // no device configured and none on vfio-pci
        AsConfigured,      // every configured device on vfio-pci, nothing pending
        RestartPending,    // the configuration changed after this boot
        Mismatch,          // a configured device is not bound, or an ID in the configuration matches nothing
    };

    QList<DeviceVerification> devices; // in the topology's order, bridges included
    QStringList unmatchedIds;          // `ids=` entries no device on this machine has (a typo does nothing)
    bool configurationReadable = true;
    bool safetyBoot = false;

    Overall overall() const;
    // The devices a person cares about: configured ones and those on vfio-pci.
    QList<DeviceVerification> relevant() const;
    const DeviceVerification *find(const PciAddress &address) const;
    QString summary() const; // one sentence for the whole machine
};

QString toString(Verification::Overall overall); // "nothing-configured", "as-configured", ...

// Every device of the rules' topology; bridges are told by SelectionRules::staysWithHost.
Verification verify(const SelectionRules &rules, const BootConfiguration &boot, const KernelFacts &facts);

// One device, for models that evaluate rows one at a time.
DeviceVerification verifyDevice(const PciDevice &device, bool staysWithHost, const BootConfiguration &boot,
                                bool iommuActive, const KernelFacts &facts);

} // namespace vfio
