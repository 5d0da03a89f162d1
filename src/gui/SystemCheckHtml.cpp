// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemCheckHtml.h"

#include <QCoreApplication>

namespace vfio {

namespace {
// The translation context of this file's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SystemCheckHtml)
};

QString title(const SystemCheck &check, bool liveSystem)
{
    if (check.needsAction())
        return liveSystem ? Text::tr("This computer is not ready for passthrough yet")
                          : Text::tr("This snapshot is not ready for passthrough yet");
    return liveSystem ? Text::tr("This computer is ready for passthrough")
                      : Text::tr("This snapshot is ready for passthrough");
}

// A marker readable without colour, then the state in words: "[✗] Blocked".
QString stateLabel(FindingState state)
{
    switch (state) {
    case FindingState::Ok:
        return Text::tr("[✓] OK");
    case FindingState::NeedsAction:
        return Text::tr("[!] Action needed");
    case FindingState::Blocked:
        return Text::tr("[✗] Blocked");
    case FindingState::Information:
        break;
    }
    return Text::tr("[i] Note");
}

QString findingHtml(const Finding &finding)
{
    QString html = QStringLiteral("<li><b>%1</b> %2")
                       .arg(stateLabel(finding.state).toHtmlEscaped(), finding.message.toHtmlEscaped());
    if (!finding.fix.isEmpty()) {
        const QString label =
            finding.state == FindingState::Information ? Text::tr("Optional fix:") : Text::tr("Fix:");
        html += QStringLiteral("<br><i>%1</i> %2")
                    .arg(label.toHtmlEscaped(), finding.fix.description.toHtmlEscaped());
    }
    return html + QStringLiteral("</li>");
}
} // namespace

QString systemCheckHtml(const SystemCheck &check, const QString &root)
{
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(title(check, root == QLatin1String("/")).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(Text::tr("The IOMMU keeps a device given to a virtual machine from reaching the host's "
                              "memory. This is what was checked, and what to change:")
                         .toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const Finding &finding : check.findings)
        html += findingHtml(finding);
    html += QStringLiteral("</ul>");
    if (check.needsAction())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("After the changes, restart and open VFIO Isolator again: the devices then "
                                  "appear in their IOMMU groups.")
                             .toHtmlEscaped());
    return html;
}

} // namespace vfio
