#include "IommuAdvice.h"

#include <QCoreApplication>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::IommuAdvice", text);
}

// The last occurrence of `key=` on the command line wins, as in the kernel's own parsing.
QString lastValue(const QString &commandLine, const QString &key)
{
    QString value;
    for (const QString &word : commandLine.split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(key + QLatin1Char('=')))
            value = word.mid(key.size() + 1);
    }
    return value;
}

} // namespace

QString iommuOffAdvice(const IommuStatus &iommu)
{
    QStringList lines;
    lines << tr(
        "The IOMMU is not active: Linux made no IOMMU groups, so no device can be handed to a virtual "
        "machine safely.");
    for (const QString &key : {QStringLiteral("intel_iommu"), QStringLiteral("amd_iommu")}) {
        const QString value = lastValue(iommu.kernelCommandLine, key);
        if (value == QLatin1String("off"))
            lines << tr("The kernel command line turns it off with %1=off: remove that parameter.").arg(key);
    }
    const QString kernelStep =
        tr("add intel_iommu=on (Intel) or amd_iommu=on (AMD) to the kernel command line, "
           "for example in GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, then run "
           "update-grub and reboot.");
    if (iommu.firmwareTable) {
        lines << tr("The firmware announces an IOMMU (ACPI %1 table), so the hardware supports it and the "
                    "firmware "
                    "has it enabled.")
                     .arg(iommu.firmwareTableName);
        lines << tr("To turn it on, %1").arg(kernelStep);
    } else {
        lines << tr("To turn it on:");
        lines << tr(
            "  1. Enable Intel VT-d or AMD-Vi (sometimes called \"IOMMU\") in the firmware (BIOS/UEFI) "
            "setup; no ACPI DMAR or IVRS table is visible, so it is disabled there or not supported.");
        lines << tr("  2. Then %1").arg(kernelStep);
    }
    return lines.join(u'\n');
}

} // namespace vfio::cli
