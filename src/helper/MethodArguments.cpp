// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodArguments.h"

#include "HelperInterface.h"

#include <QCoreApplication>

namespace vfio {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::HelperService) // the words the helper has always sent, one context
};

Failure invalidArgument(const QString &message)
{
    return fail(message, helpererrors::errorName(HelperError::InvalidArgument));
}
} // namespace

Result<QList<PciAddress>> parseAddressArguments(const QStringList &addresses)
{
    if (addresses.isEmpty())
        return invalidArgument(
            Text::tr("No PCI address given: name at least one device, e.g. 0000:01:00.0."));
    if (addresses.size() > 256)
        return invalidArgument(
            Text::tr("Too many addresses (%1): a selection has at most 256 devices.").arg(addresses.size()));
    QList<PciAddress> parsed;
    for (const QString &text : addresses) {
        const auto address = PciAddress::parse(text);
        if (!address || address->toString() != text.toLower())
            return invalidArgument(Text::tr("\"%1\" is not a PCI address: use the full form "
                                            "domain:bus:device.function, e.g. 0000:01:00.0, as `lspci -D` "
                                            "prints it.")
                                       .arg(text.left(40)));
        parsed.append(*address);
    }
    return parsed;
}

} // namespace vfio
