// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verification.h"

#include "base/EnumNames.h"
#include "boot/KernelParameters.h"
#include "policy/PlanTypes.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace vfio {

namespace {

// The translation context of this file's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::Verification)
};

// The one table of each state's names, read both ways.
constexpr EnumNames<DeviceStatus, 6> statusNames{{
    {DeviceStatus::OnHost, "on-host"},
    {DeviceStatus::Bound, "bound"},
    {DeviceStatus::RestartPending, "restart-pending"},
    {DeviceStatus::NotBound, "not-bound"},
    {DeviceStatus::NoLongerConfigured, "no-longer-configured"},
    {DeviceStatus::StaysWithHost, "stays-with-host"},
}};

constexpr EnumNames<NotBoundReason, 8> reasonNames{{
    {NotBoundReason::None, ""},
    {NotBoundReason::SafetyBoot, "safety-boot"},
    {NotBoundReason::IommuOff, "iommu-off"},
    {NotBoundReason::VfioNotLoaded, "vfio-pci-not-loaded"},
    {NotBoundReason::NotInInitramfs, "not-in-initramfs"},
    {NotBoundReason::OtherDriverFirst, "other-driver-first"},
    {NotBoundReason::UnknownNoDriver, "unknown"},
    {NotBoundReason::ConfigUnreadable, "configuration-unreadable"},
}};

constexpr EnumNames<Verification::Overall, 4> overallNames{{
    {Verification::Overall::NothingConfigured, "nothing-configured"},
    {Verification::Overall::AsConfigured, "as-configured"},
    {Verification::Overall::RestartPending, "restart-pending"},
    {Verification::Overall::Mismatch, "mismatch"},
}};

} // namespace

QString toString(DeviceStatus status)
{
    return nameOf(statusNames, status);
}

QString toString(NotBoundReason reason)
{
    return nameOf(reasonNames, reason);
}

QString toString(Verification::Overall overall)
{
    return nameOf(overallNames, overall);
}

std::optional<DeviceStatus> deviceStatusFromString(const QString &text)
{
    return valueOf(statusNames, text);
}

bool KernelFacts::initramfsLacksVfio() const
{
    if (!initramfsFiles)
        return false;
    const auto holds = [this](auto predicate) {
        return std::any_of(initramfsFiles->cbegin(), initramfsFiles->cend(), predicate);
    };
    const bool module = holds([](const QString &file) {
        return file.endsWith(QLatin1String("/vfio-pci.ko")) ||
               file.contains(QLatin1String("/vfio-pci.ko.")) || file.contains(QLatin1String("/vfio_pci.ko"));
    });
    const bool config =
        holds([](const QString &file) { return file.endsWith(QLatin1String("etc/modprobe.d/vfio.conf")); });
    return !module || !config;
}

KernelFacts readKernelFacts(const QString &root, const Topology &topology)
{
    KernelFacts facts;
    facts.vfioDriverRegistered =
        QFileInfo(underRoot(root, QStringLiteral("/sys/bus/pci/drivers/vfio-pci"))).isDir();
    facts.safetyBoot =
        topology.iommu.kernelCommandLine.split(u' ', Qt::SkipEmptyParts).contains(kernelparam::safetyOff());
    return facts;
}

} // namespace vfio

namespace vfio {

namespace {
QStringList idsMatchingNoDevice(const Topology &topology, const ConfiguredState &config)
{
    QStringList unmatched;
    for (const QString &id : config.ids) {
        const bool found = std::any_of(topology.devices.cbegin(), topology.devices.cend(),
                                       [&id](const PciDevice &device) { return device.idPair() == id; });
        if (!found)
            unmatched.append(id);
    }
    return unmatched;
}
} // namespace

Verification verify(const SelectionRules &rules, const BootConfiguration &boot, const KernelFacts &facts)
{
    const Topology &topology = rules.topology();
    Verification result;
    result.configurationReadable = boot.config.has_value();
    result.safetyBoot = facts.safetyBoot;
    for (const PciDevice &device : topology.devices)
        result.devices.append(
            verifyDevice(device, rules.staysWithHost(device), boot, topology.iommu.active, facts));
    if (boot.config)
        result.unmatchedIds = idsMatchingNoDevice(topology, *boot.config);
    return result;
}

Verification::Overall Verification::overall() const
{
    const auto any = [this](DeviceStatus status) {
        return std::any_of(devices.cbegin(), devices.cend(),
                           [status](const DeviceVerification &device) { return device.status == status; });
    };
    if (any(DeviceStatus::NotBound) || !unmatchedIds.isEmpty())
        return Overall::Mismatch;
    if (any(DeviceStatus::RestartPending) || any(DeviceStatus::NoLongerConfigured))
        return Overall::RestartPending;
    if (any(DeviceStatus::Bound))
        return Overall::AsConfigured;
    return Overall::NothingConfigured;
}

QList<DeviceVerification> Verification::relevant() const
{
    QList<DeviceVerification> result;
    for (const DeviceVerification &device : devices) {
        if (device.configured || device.status == DeviceStatus::Bound ||
            device.status == DeviceStatus::NoLongerConfigured)
            result.append(device);
    }
    return result;
}

const DeviceVerification *Verification::find(const PciAddress &address) const
{
    for (const DeviceVerification &device : devices) {
        if (device.address == address)
            return &device;
    }
    return nullptr;
}

QString Verification::summary() const
{
    const qsizetype count = relevant().size();
    switch (overall()) {
    case Overall::NothingConfigured:
        return configurationReadable ? Text::tr("No device is configured for vfio-pci.")
                                     : Text::tr("The configuration could not be read.");
    case Overall::AsConfigured:
        return count == 1 ? Text::tr("The configured device is bound to vfio-pci.")
                          : Text::tr("Every configured device is bound to vfio-pci (%n devices).", nullptr,
                                     static_cast<int>(count));
    case Overall::RestartPending:
        return Text::tr("The configuration changed after this boot: restart to finish.");
    case Overall::Mismatch:
        break;
    }
    if (!unmatchedIds.isEmpty())
        return Text::tr("The configuration names %1, which no device on this computer has: check for a typo.")
            .arg(unmatchedIds.join(QStringLiteral(", ")));
    return safetyBoot ? Text::tr("Started without VFIO passthrough (vfio_isolator=off): devices kept their "
                                 "normal drivers.")
                      : Text::tr("A configured device is not bound to vfio-pci.");
}

} // namespace vfio
