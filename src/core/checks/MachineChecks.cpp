// SPDX-License-Identifier: GPL-3.0-or-later
// The information part of the system check: Secure Boot and the GPU the host shows its screen on.

#include "CheckParts.h"
#include "topology/SystemRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vfio::checks {

namespace {

// The translation context of the system check's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SystemCheck)
};

} // namespace

Finding checkSecureBoot(const CheckInput &input)
{
    Finding finding{CheckId::SecureBoot, FindingState::Information, {}, {}};
    QFile variable(QDir(input.root).filePath(secureBootVariable()));
    if (!variable.open(QIODevice::ReadOnly)) {
        const bool efi = QFileInfo(QDir(input.root).filePath(QStringLiteral("sys/firmware/efi"))).isDir();
        finding.message =
            efi ? Text::tr("The Secure Boot state is not shown (no SecureBoot variable in /%1). Either way "
                           "vfio-pci works: it is part of the kernel and signed with it.")
                      .arg(secureBootVariable().section(QLatin1Char('/'), 0, -2))
                : Text::tr(
                      "No EFI variables are visible (no /sys/firmware/efi): the system started the legacy "
                      "BIOS way, or this snapshot lacks them. Secure Boot does not stand in the way of "
                      "vfio-pci in any case.");
        return finding;
    }
    const QByteArray content = variable.read(8);
    if (content.size() != 5 || (content.at(4) != 0 && content.at(4) != 1)) {
        finding.message =
            Text::tr("The Secure Boot variable /%1 has an unexpected form (%2 bytes instead of "
                     "5), so its state is unknown. vfio-pci works either way: it is part of the "
                     "kernel and signed with it.")
                .arg(secureBootVariable())
                .arg(content.size());
        return finding;
    }
    finding.message =
        content.at(4) == 1
            ? Text::tr("Secure Boot is on. That is fine: vfio-pci is part of the kernel and signed "
                       "with it, so it loads with Secure Boot on.")
            : Text::tr("Secure Boot is off. Nothing to do: vfio-pci works with Secure Boot on or "
                       "off.");
    return finding;
}

Finding checkBootGpu(const CheckInput &input)
{
    Finding finding{CheckId::BootGpu, FindingState::Information, {}, {}};
    QStringList gpus;
    for (const PciDevice &device : input.topology.devices) {
        if (device.bootVga)
            gpus.append(QStringLiteral("%1 %2: %3 [%4]")
                            .arg(device.address.toShortString(), device.className, device.displayName(),
                                 device.idPair()));
    }
    if (gpus.isEmpty()) {
        finding.message =
            Text::tr("No graphics device is marked as the one the firmware started the screen on "
                     "(boot_vga), so it is unknown which GPU the host's display needs.");
        return finding;
    }
    finding.message = Text::tr("The screen you see now comes from %1; passing it through leaves the host "
                               "without a display, unless another graphics card takes over.")
                          .arg(gpus.join(QStringLiteral(", ")));
    return finding;
}

} // namespace vfio::checks
