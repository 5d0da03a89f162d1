// SPDX-License-Identifier: GPL-3.0-or-later
// The hardware part of the system check: CPU virtualisation, the firmware's IOMMU table, and whether the
// kernel turned the IOMMU on.

#include "CheckParts.h"
#include "topology/SystemRoot.h"

#include <QCoreApplication>
#include <QFile>

namespace vfio::checks {

namespace {

// The translation context of the system check's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SystemCheck)
};

// "flags : fpu vme ... vmx ..." from ROOT/proc/cpuinfo; nullopt when the file cannot be read.
std::optional<QStringList> cpuFlags(const QString &root)
{
    QFile file(underRoot(root, QStringLiteral("/proc/cpuinfo")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QStringList flags;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (line.startsWith(QLatin1String("flags")))
            flags += line.section(QLatin1Char(':'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    for (QString &flag : flags)
        flag = flag.trimmed();
    return flags;
}

QString vendorTechnology(IommuStatus::Kind kind)
{
    if (kind == IommuStatus::Kind::Intel)
        return QStringLiteral("Intel VT-d");
    if (kind == IommuStatus::Kind::Amd)
        return QStringLiteral("AMD-Vi");
    return Text::tr("an IOMMU");
}

} // namespace

IommuStatus::Kind iommuVendor(const IommuStatus &iommu)
{
    if (iommu.firmwareTableName == QLatin1String("DMAR"))
        return IommuStatus::Kind::Intel;
    if (iommu.firmwareTableName == QLatin1String("IVRS"))
        return IommuStatus::Kind::Amd;
    return iommu.kind;
}

Finding checkCpuVirtualization(const CheckInput &input)
{
    Finding finding{CheckId::CpuVirtualization, FindingState::Ok, {}, {}};
    const auto flags = cpuFlags(input.root);
    if (!flags) {
        finding.state = FindingState::Information;
        finding.message =
            Text::tr("/proc/cpuinfo could not be read, so it is unknown whether the processor's "
                     "virtualisation (Intel VT-x or AMD-V) is on. Check that it is enabled in "
                     "the firmware setup.");
    } else if (flags->contains(QLatin1String("vmx"))) {
        finding.message =
            Text::tr("The processor can run virtual machines at full speed (Intel VT-x is on).");
    } else if (flags->contains(QLatin1String("svm"))) {
        finding.message = Text::tr("The processor can run virtual machines at full speed (AMD-V is on).");
    } else {
        finding.state = FindingState::Blocked;
        finding.message = Text::tr("The processor shows no hardware virtualisation (no vmx or svm flag in "
                                   "/proc/cpuinfo). Restart into the firmware setup (often Del or F2 at "
                                   "power-on) and enable Intel VT-x or AMD-V (\"SVM mode\"); without it a "
                                   "virtual machine cannot use a passed-through device.");
    }
    return finding;
}

Finding checkFirmwareIommu(const CheckInput &input)
{
    const IommuStatus &iommu = input.topology.iommu;
    Finding finding{CheckId::FirmwareIommu, FindingState::Ok, {}, {}};
    if (iommu.firmwareTable) {
        finding.message = Text::tr("The firmware announces %1 (its ACPI %2 table is there), so the hardware "
                                   "has an IOMMU and the firmware has it enabled.")
                              .arg(vendorTechnology(iommuVendor(iommu)), iommu.firmwareTableName);
    } else if (iommu.active) {
        finding.message = Text::tr("The firmware's IOMMU table (ACPI DMAR or IVRS) is not visible here, but "
                                   "the kernel runs an IOMMU, so the firmware has it enabled.");
    } else {
        finding.state = FindingState::Blocked;
        finding.message = Text::tr("The firmware does not announce an IOMMU (there is no ACPI DMAR or IVRS "
                                   "table). Restart into the firmware setup (often Del or F2 at power-on), "
                                   "enable \"VT-d\" (Intel) or \"AMD-Vi\" / \"IOMMU\" (AMD), save and "
                                   "restart. If there is no such setting, this computer cannot pass devices "
                                   "through.");
    }
    return finding;
}

Finding checkIommuActive(const CheckInput &input)
{
    const IommuStatus &iommu = input.topology.iommu;
    Finding finding{CheckId::IommuActive, FindingState::Ok, {}, {}};
    if (iommu.active) {
        finding.message =
            Text::tr("The IOMMU is on: Linux has put the devices into IOMMU groups, so they can "
                     "be isolated.");
    } else if (iommu.firmwareTable) {
        finding.state = FindingState::NeedsAction;
        finding.message = Text::tr("The IOMMU is off: Linux made no IOMMU groups, so no device can be handed "
                                   "to a virtual machine safely. The firmware has it, so the kernel command "
                                   "line decides: see the kernel parameters.");
    } else {
        finding.state = FindingState::Blocked;
        finding.message = Text::tr("The IOMMU is off: Linux made no IOMMU groups, so no device can be handed "
                                   "to a virtual machine safely. It stays off until the firmware announces "
                                   "an IOMMU.");
    }
    return finding;
}

} // namespace vfio::checks
