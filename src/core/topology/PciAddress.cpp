// SPDX-License-Identifier: GPL-3.0-or-later
#include "PciAddress.h"

#include <QHashFunctions>

namespace vfio {

namespace {

// Value of one hexadecimal digit, or -1. QChar::digitValue() would also accept non-ASCII digits.
int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Parses exactly `digits` hexadecimal digits starting at `pos`.
std::optional<quint32> hexField(QStringView text, qsizetype pos, qsizetype digits)
{
    if (pos + digits > text.size())
        return std::nullopt;
    quint32 value = 0;
    for (qsizetype i = pos; i < pos + digits; ++i) {
        const int digit = hexDigit(text[i]);
        if (digit < 0)
            return std::nullopt;
        value = (value << 4) | static_cast<quint32>(digit);
    }
    return value;
}

} // namespace

std::optional<PciAddress> PciAddress::parse(QStringView text)
{
    // "dddd:bb:dd.f": the domain is the only variable-width field (4..8 digits, VMD domains are wider).
    const qsizetype domainDigits = text.size() - 8;
    if (domainDigits < 4 || domainDigits > 8)
        return std::nullopt;
    if (text[domainDigits] != u':' || text[domainDigits + 3] != u':' || text[domainDigits + 6] != u'.')
        return std::nullopt;
    const auto domain = hexField(text, 0, domainDigits);
    const auto bus = hexField(text, domainDigits + 1, 2);
    const auto device = hexField(text, domainDigits + 4, 2);
    const auto function = hexField(text, domainDigits + 7, 1);
    if (!domain || !bus || !device || !function || *device > 31 || *function > 7)
        return std::nullopt;
    PciAddress address;
    address.domain = *domain;
    address.bus = static_cast<quint8>(*bus);
    address.device = static_cast<quint8>(*device);
    address.function = static_cast<quint8>(*function);
    return address;
}

QString PciAddress::toString() const
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(uint{bus}, 2, 16, QLatin1Char('0'))
        .arg(uint{device}, 2, 16, QLatin1Char('0'))
        .arg(uint{function}, 1, 16);
}

QString PciAddress::toShortString() const
{
    if (domain != 0)
        return toString();
    return QStringLiteral("%1:%2.%3")
        .arg(uint{bus}, 2, 16, QLatin1Char('0'))
        .arg(uint{device}, 2, 16, QLatin1Char('0'))
        .arg(uint{function}, 1, 16);
}

size_t qHash(const PciAddress &address, size_t seed) noexcept
{
    return qHashMulti(seed, address.domain, address.bus, address.device, address.function);
}

} // namespace vfio
