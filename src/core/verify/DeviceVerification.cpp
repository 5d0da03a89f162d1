// SPDX-License-Identifier: GPL-3.0-or-later
// One device's verification: the decision (status and reason) and the words for it.
#include "Verification.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::Verification)
};

bool isVfioDriver(const QString &driver)
{
    return driver == QLatin1String("vfio-pci") || driver == QLatin1String("vfio_pci");
}

QString driverWords(const QString &driver)
{
    return driver.isEmpty() ? Text::tr("no driver") : Text::tr("driver %1").arg(driver);
}

NotBoundReason whyNotBound(const PciDevice &device, bool iommuActive, const KernelFacts &facts)
{
    if (facts.safetyBoot)
        return NotBoundReason::SafetyBoot;
    if (!iommuActive)
        return NotBoundReason::IommuOff;
    if (!facts.vfioDriverRegistered)
        return NotBoundReason::VfioNotLoaded;
    if (facts.initramfsLacksVfio())
        return NotBoundReason::NotInInitramfs;
    return device.driver.isEmpty() ? NotBoundReason::UnknownNoDriver : NotBoundReason::OtherDriverFirst;
}

// The short "why" of a configured device that is not bound, and its way out.
std::pair<QString, QString> notBoundWords(NotBoundReason reason, const DeviceVerification &device,
                                          const ConfiguredState &config)
{
    switch (reason) {
    case NotBoundReason::SafetyBoot:
        return {Text::tr("started without VFIO passthrough"),
                Text::tr("This boot was started with vfio_isolator=off (the safety entry): every device kept "
                         "its normal driver. Restart normally to pass it through.")};
    case NotBoundReason::IommuOff:
        return {Text::tr("the IOMMU is off, so vfio-pci cannot take it"),
                Text::tr("Switch the IOMMU on with the first-time setup (File > First-time setup…), then "
                         "restart.")};
    case NotBoundReason::VfioNotLoaded:
        return {Text::tr("vfio-pci is not loaded"),
                Text::tr("The kernel has no vfio-pci driver at this boot. Apply again to put it into the "
                         "initramfs, then restart.")};
    case NotBoundReason::NotInInitramfs:
        return {Text::tr("vfio-pci or vfio.conf is missing from the initramfs"),
                Text::tr("The initramfs was built without them, so %1 came first. Apply again to regenerate "
                         "the initramfs, then restart.")
                    .arg(driverWords(device.driver))};
    case NotBoundReason::OtherDriverFirst:
        if (!config.managed && config.softdepModules.isEmpty())
            return {Text::tr("%1 claimed it first; vfio-pci is not loaded before it")
                        .arg(driverWords(device.driver)),
                    Text::tr("The configuration was written by hand without softdep lines. Apply it with "
                             "VFIO Isolator to load vfio-pci first, then restart.")};
        return {Text::tr("%1 claimed it first").arg(driverWords(device.driver)),
                Text::tr("The initramfs may predate the configuration: apply again to regenerate it, then "
                         "restart.")};
    case NotBoundReason::UnknownNoDriver:
    case NotBoundReason::None:
    case NotBoundReason::ConfigUnreadable:
        break;
    }
    return {Text::tr("no driver took it"),
            Text::tr("Neither vfio-pci nor another driver holds it; the kernel log (journalctl -k) says "
                     "why.")};
}

void describe(DeviceVerification &result, const std::optional<ConfiguredState> &config)
{
    const QString now = driverWords(result.driver);
    switch (result.status) {
    case DeviceStatus::StaysWithHost:
        result.text = Text::tr("on the host (bridge)");
        result.detail = Text::tr("Bridges and root ports always stay with the host; the devices behind them "
                                 "can still be given to a virtual machine.");
        return;
    case DeviceStatus::Bound:
        result.text = Text::tr("bound to vfio-pci");
        result.detail = config ? Text::tr("vfio-pci holds it and the configuration keeps it so at every "
                                          "boot: it is ready for a virtual machine.")
                               : Text::tr("vfio-pci holds it now; the configuration could not be read.");
        return;
    case DeviceStatus::NoLongerConfigured:
        result.text = Text::tr("will return to the host at next boot");
        result.detail = Text::tr("vfio-pci holds it now, but the configuration no longer names it: after a "
                                 "restart its normal driver takes it back.");
        return;
    case DeviceStatus::RestartPending:
        result.text = Text::tr("will bind at next boot");
        result.detail =
            Text::tr("The configuration names it; vfio-pci takes it at the next boot (now: %1).").arg(now);
        return;
    case DeviceStatus::NotBound: {
        const auto [why, wayOut] = notBoundWords(result.reason, result, *config);
        result.why = why;
        result.text = Text::tr("configured but not bound (%1)").arg(why);
        result.detail = Text::tr("The configuration names it but it was not bound to vfio-pci at this boot: "
                                 "%1. %2")
                            .arg(why, wayOut);
        return;
    }
    case DeviceStatus::OnHost:
        break;
    }
    result.text = Text::tr("on the host");
    result.detail =
        config ? Text::tr("It uses %1 on the host and is not configured for vfio-pci.").arg(now)
               : Text::tr("It uses %1 on the host now; the configuration could not be read.").arg(now);
}

DeviceStatus decide(const DeviceVerification &device, const BootConfiguration &boot, bool onVfio)
{
    if (!boot.config)
        return onVfio ? DeviceStatus::Bound : DeviceStatus::OnHost;
    if (onVfio)
        return device.configured ? DeviceStatus::Bound : DeviceStatus::NoLongerConfigured;
    if (!device.configured)
        return DeviceStatus::OnHost;
    return boot.changedSinceBoot ? DeviceStatus::RestartPending : DeviceStatus::NotBound;
}

} // namespace

DeviceVerification verifyDevice(const PciDevice &device, bool staysWithHost, const BootConfiguration &boot,
                                bool iommuActive, const KernelFacts &facts)
{
    DeviceVerification result;
    result.address = device.address;
    result.name = device.displayName();
    result.driver = device.driver;
    result.configured = boot.config && boot.config->binds(device);
    if (staysWithHost) {
        result.status = DeviceStatus::StaysWithHost;
    } else {
        result.status = decide(result, boot, isVfioDriver(device.driver));
        if (result.status == DeviceStatus::NotBound)
            result.reason = whyNotBound(device, iommuActive, facts);
        else if (!boot.config)
            result.reason = NotBoundReason::ConfigUnreadable;
    }
    describe(result, boot.config);
    return result;
}

} // namespace vfio
