#include "IommuExplanation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vfio {

namespace {
// The translation context of this file's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::IommuExplanation)
};

// Words on the kernel command line that turn the IOMMU off.
QStringList disablingParameters(const QString &commandLine)
{
    QStringList found;
    static const QRegularExpression off(QStringLiteral("\\b(intel_iommu=off|amd_iommu=off|iommu=off)\\b"));
    auto it = off.globalMatch(commandLine);
    while (it.hasNext())
        found.append(it.next().captured(1));
    found.removeDuplicates();
    return found;
}
} // namespace

QString noIommuExplanationHtml(const IommuStatus &status)
{
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(Text::tr("This computer has no active IOMMU").toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(Text::tr(
                     "The IOMMU keeps a device given to a virtual machine from reaching the host's memory. "
                     "Without "
                     "it the kernel makes no IOMMU groups, and no device can be bound to vfio-pci safely.")
                     .toHtmlEscaped());
    const QStringList off = disablingParameters(status.kernelCommandLine);
    QString finding;
    if (status.firmwareTable && !off.isEmpty())
        finding =
            Text::tr("The firmware announces an IOMMU (its ACPI %1 table is there), but the kernel command "
                     "line turns it off with %2.")
                .arg(status.firmwareTableName.isEmpty() ? QStringLiteral("DMAR/IVRS")
                                                        : status.firmwareTableName,
                     off.join(QStringLiteral(", ")));
    else if (status.firmwareTable)
        finding =
            Text::tr("The firmware announces an IOMMU (its ACPI %1 table is there), but the kernel did not "
                     "turn it on: Intel machines need intel_iommu=on on the kernel command line.")
                .arg(status.firmwareTableName.isEmpty() ? QStringLiteral("DMAR/IVRS")
                                                        : status.firmwareTableName);
    else
        finding = Text::tr(
            "The firmware does not announce an IOMMU (no ACPI DMAR or IVRS table): it is switched off in "
            "the firmware settings, or this hardware has none.");
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(Text::tr("What was found:").toHtmlEscaped(), finding.toHtmlEscaped());
    if (!status.kernelCommandLine.isEmpty())
        html += QStringLiteral("<p>%1 <code>%2</code></p>")
                    .arg(Text::tr("Kernel command line:").toHtmlEscaped(),
                         status.kernelCommandLine.toHtmlEscaped());

    html += QStringLiteral("<h3>%1</h3><ol>").arg(Text::tr("First-time setup").toHtmlEscaped());
    if (!status.firmwareTable)
        html += QStringLiteral("<li>%1</li>")
                    .arg(Text::tr("Restart into the firmware settings (often Del or F2 at power-on) and "
                                  "enable \"VT-d\" "
                                  "(Intel) or \"AMD-Vi\" / \"IOMMU\" (AMD); save and restart.")
                             .toHtmlEscaped());
    if (!off.isEmpty())
        html += QStringLiteral("<li>%1</li>")
                    .arg(Text::tr("Remove %1 from GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub.")
                             .arg(off.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    html +=
        QStringLiteral("<li>%1</li>")
            .arg(
                Text::tr(
                    "On Intel machines add intel_iommu=on (AMD turns it on by itself), and iommu=pt for "
                    "speed, to "
                    "GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub; then run \"sudo update-grub\" (Debian, "
                    "Ubuntu) or \"sudo grub2-mkconfig -o /boot/grub2/grub.cfg\" (Fedora).")
                    .toHtmlEscaped());
    html +=
        QStringLiteral("<li>%1</li>")
            .arg(Text::tr("Restart, open VFIO Isolator again: the devices then appear in their IOMMU groups.")
                     .toHtmlEscaped());
    html += QStringLiteral("</ol>");
    return html;
}

} // namespace vfio
