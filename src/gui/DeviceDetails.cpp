// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceDetails.h"

#include <QCoreApplication>

namespace vfio {

namespace {
// The translation context of this file's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::DeviceDetails)
};

QString hex4(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0'));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? Text::tr("—") : value.toHtmlEscaped());
}

bool sameSlot(const PciAddress &a, const PciAddress &b)
{
    return a.domain == b.domain && a.bus == b.bus && a.device == b.device;
}
} // namespace

namespace {
QString whyWithoutGroup(const PciDevice &device, const Topology &topology)
{
    if (SelectionRules::isIommuUnit(device))
        return Text::tr("This is the IOMMU itself (%1): it stays with the host and is not in a group.")
            .arg(SelectionRules::iommuName(topology.iommu));
    if (topology.iommu.active)
        return Text::tr("It has no IOMMU group although the IOMMU is on: the kernel put it in none, so it "
                        "cannot be given to a virtual machine.");
    return Text::tr("It has no IOMMU group because the IOMMU is not active on this boot.");
}

// The other members of a device's group, by how they are related to it.
struct GroupCompanions
{
    QStringList functions;       // of the same card (slot)
    QStringList upstreamBridges; // the bridge right above it
    QStringList rest;

    bool isEmpty() const { return functions.isEmpty() && upstreamBridges.isEmpty() && rest.isEmpty(); }
};

GroupCompanions companionsOf(const PciDevice &device, int group, const Topology &topology)
{
    GroupCompanions companions;
    for (const PciDevice *other : topology.groupMembers(group)) {
        if (other->address == device.address)
            continue;
        if (sameSlot(other->address, device.address))
            companions.functions.append(other->address.toShortString());
        else if (device.parent && other->address == *device.parent)
            companions.upstreamBridges.append(other->address.toShortString());
        else
            companions.rest.append(other->address.toShortString());
    }
    return companions;
}

QString whyShared(const PciDevice &device, int group, const GroupCompanions &with, const Topology &topology)
{
    if (!with.functions.isEmpty() && with.rest.isEmpty() && with.upstreamBridges.isEmpty())
        return Text::tr("It shares IOMMU group %1 with %2 because they are functions of the same card (slot "
                        "%3), which "
                        "the IOMMU cannot keep apart.")
            .arg(group)
            .arg(with.functions.join(QStringLiteral(", ")), device.address.toShortString().chopped(2));
    if (device.parent && !with.upstreamBridges.isEmpty())
        return Text::tr("It shares IOMMU group %1 with the bridge %2 above it%3: devices behind such a "
                        "bridge (without "
                        "ACS isolation) can reach each other directly, so the IOMMU treats them as one.")
            .arg(group)
            .arg(with.upstreamBridges.join(QStringLiteral(", ")),
                 with.rest.isEmpty() && with.functions.isEmpty()
                     ? QString()
                     : Text::tr(" and the other devices behind it (%1)")
                           .arg((with.functions + with.rest).join(QStringLiteral(", "))));
    if (device.parent) {
        const PciDevice *bridge = topology.find(*device.parent);
        if (bridge && bridge->iommuGroup == group)
            return Text::tr("It shares IOMMU group %1 with %2 because they sit behind the same bridge %3, "
                            "which does not "
                            "isolate the devices below it.")
                .arg(group)
                .arg((with.functions + with.rest).join(QStringLiteral(", ")),
                     bridge->address.toShortString());
    }
    return Text::
        tr("It shares IOMMU group %1 with %2 because the path between them offers no isolation (no ACS), so "
           "the IOMMU cannot keep them apart.")
            .arg(group)
            .arg((with.functions + with.rest + with.upstreamBridges).join(QStringLiteral(", ")));
}

// "Name — class [vendor:device]". A device pci.ids does not know is already named by its class (or its IDs):
// no "— class" again.
QString titleHtml(const PciDevice &device)
{
    const QString name = DeviceTreeModel::displayName(device);
    QString title;
    if (!device.deviceName.isEmpty())
        title = Text::tr("%1 — %2 [%3]")
                    .arg(name, device.className.isEmpty() ? Text::tr("PCI device") : device.className,
                         device.idPair());
    else
        title = name.contains(device.idPair()) ? name : Text::tr("%1 [%2]").arg(name, device.idPair());
    return QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
}

QString labelled(const QString &label, const QString &text)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

// Its state, and what the selection rules say about ticking it.
QString stateHtml(const PciDevice &device, const DeviceTreeModel &model)
{
    const CheckedSelection &selection = model.selection();
    QString html = labelled(Text::tr("State:"), model.stateText(device));
    html += paragraph(model.stateOf(device).detail);
    if (!selection.rules().isSelectable(device.address))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(selection.rules().whyNotSelectable(device.address).toHtmlEscaped());
    for (const HostCriticalDevice &critical : selection.critical().rolesOf(device.address))
        html += labelled(Text::tr("The host needs it:"), critical.reason);
    if (selection.rules().isSelectable(device.address)) {
        const QString caution = selection.cautionFor({device.address});
        if (!caution.isEmpty())
            html += labelled(Text::tr("Careful:"), caution);
    }
    const QString twins = selection.identicalIdNote(device.address);
    if (!twins.isEmpty())
        html += paragraph(twins);
    return html;
}

QString nameAndId(const QString &name, quint16 id)
{
    return QStringLiteral("%1 [%2]").arg(name.isEmpty() ? Text::tr("not in pci.ids") : name, hex4(id));
}

QString propertiesTable(const PciDevice &device)
{
    QString html = QStringLiteral("<table>");
    html += row(Text::tr("Address"), device.address.toString());
    html += row(Text::tr("Vendor"), nameAndId(device.vendorName, device.vendorId));
    html += row(Text::tr("Device"), nameAndId(device.deviceName, device.deviceId));
    html += row(Text::tr("Subsystem"), QStringLiteral("%1 [%2:%3]")
                                           .arg(device.subsystemName, hex4(device.subsystemVendorId),
                                                hex4(device.subsystemDeviceId)));
    html += row(Text::tr("Class"), QStringLiteral("%1 [%2], programming interface %3")
                                       .arg(device.className, hex4(device.classId()))
                                       .arg(device.classCode & 0xff, 2, 16, QLatin1Char('0')));
    html += row(Text::tr("Revision"), QStringLiteral("%1").arg(device.revision, 2, 16, QLatin1Char('0')));
    html += row(Text::tr("Driver in use"), device.driver.isEmpty() ? Text::tr("none") : device.driver);
    html += row(Text::tr("Driver override"),
                device.driverOverride.isEmpty() ? Text::tr("none") : device.driverOverride);
    html += row(Text::tr("Kernel modules"), device.modules.join(QStringLiteral(", ")));
    html += row(Text::tr("Modalias"), device.modalias);
    html += row(Text::tr("Reset methods"),
                device.resetMethods.isEmpty()
                    ? Text::tr("none: the device cannot be reset on its own, which some virtual "
                               "machines dislike")
                    : device.resetMethods.join(QStringLiteral(", ")));
    html += row(Text::tr("Boot GPU"),
                device.bootVga ? Text::tr("yes: the firmware shows its console on it") : Text::tr("no"));
    html += row(Text::tr("Kind"), device.isRootPort ? Text::tr("PCIe root port")
                                  : device.isBridge ? Text::tr("PCI bridge")
                                                    : Text::tr("endpoint"));
    html += row(Text::tr("Parent bridge"),
                device.parent ? device.parent->toString() : Text::tr("none (root bus)"));
    html += row(Text::tr("IOMMU group"),
                device.iommuGroup ? QString::number(*device.iommuGroup) : Text::tr("none"));
    return html + QStringLiteral("</table>");
}

// Why it is in its group, and the group's other members.
QString groupHtml(const PciDevice &device, const DeviceTreeModel &model)
{
    const Topology &topology = model.topology();
    QString html = QStringLiteral("<h4>%1</h4>").arg(Text::tr("Its IOMMU group").toHtmlEscaped());
    html += paragraph(whyInGroup(device, topology));
    if (!device.iommuGroup)
        return html;
    html += QStringLiteral("<ul>");
    for (const PciDevice *member : topology.groupMembers(*device.iommuGroup)) {
        if (member->address == device.address)
            continue;
        const QString note =
            model.selection().rules().staysWithHost(*member) ? Text::tr(" — stays with the host") : QString();
        html += QStringLiteral("<li>%1 %2%3</li>")
                    .arg(member->address.toShortString(),
                         DeviceTreeModel::displayName(*member).toHtmlEscaped(), note.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

QString problemsHtml(const PciDevice &device)
{
    if (device.problems.isEmpty())
        return {};
    QString html =
        QStringLiteral("<h4>%1</h4><ul>").arg(Text::tr("What the scan could not read").toHtmlEscaped());
    for (const QString &problem : device.problems)
        html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
} // namespace

QString whyInGroup(const PciDevice &device, const Topology &topology)
{
    if (!device.iommuGroup)
        return whyWithoutGroup(device, topology);
    const int group = *device.iommuGroup;
    const GroupCompanions companions = companionsOf(device, group, topology);
    if (companions.isEmpty())
        return Text::tr("It is alone in IOMMU group %1: the IOMMU can isolate it from every other device, so "
                        "it can go to "
                        "a virtual machine by itself.")
            .arg(group);
    return whyShared(device, group, companions, topology);
}

QString deviceDetailsHtml(const PciDevice &device, const DeviceTreeModel &model)
{
    return titleHtml(device) + stateHtml(device, model) + propertiesTable(device) + groupHtml(device, model) +
           problemsHtml(device);
}

QString groupDetailsHtml(std::optional<int> group, const DeviceTreeModel &model)
{
    const Topology &topology = model.topology();
    QString html;
    QList<const PciDevice *> members = group ? topology.groupMembers(*group) : topology.ungrouped();
    html +=
        QStringLiteral("<h3>%1</h3>")
            .arg((group ? Text::tr("IOMMU group %1").arg(*group) : Text::tr("Devices without an IOMMU group"))
                     .toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(
                (group
                     ? Text::tr(
                           "A group is the smallest set of devices the IOMMU can isolate: ticking one device "
                           "ticks every device of its group; bridges and root ports stay with the host.")
                     : Text::tr("Without an IOMMU group no device can be given to a virtual machine."))
                    .toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const PciDevice *member : members)
        html +=
            QStringLiteral("<li>%1 %2 — %3</li>")
                .arg(member->address.toShortString(), DeviceTreeModel::displayName(*member).toHtmlEscaped(),
                     model.stateText(*member).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace vfio
