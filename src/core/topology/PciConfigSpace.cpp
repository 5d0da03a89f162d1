// SPDX-License-Identifier: GPL-3.0-or-later
#include "PciConfigSpace.h"

namespace vfio {

namespace {
constexpr qsizetype StatusRegister = 0x06;
constexpr quint16 StatusCapabilityList = 0x10;
constexpr qsizetype HeaderTypeRegister = 0x0e;
constexpr qsizetype CapabilityPointer = 0x34;        // header types 0 and 1
constexpr qsizetype CardBusCapabilityPointer = 0x14; // header type 2
constexpr quint8 PciExpressCapabilityId = 0x10;
constexpr int MaxCapabilities = 48; // (256 - 64) / 4: more means a loop in a damaged list
} // namespace

std::optional<quint8> PciConfigSpace::byteAt(qsizetype offset) const
{
    if (offset < 0 || offset >= m_bytes.size())
        return std::nullopt;
    return static_cast<quint8>(m_bytes[offset]);
}

std::optional<quint16> PciConfigSpace::wordAt(qsizetype offset) const
{
    const auto low = byteAt(offset);
    const auto high = byteAt(offset + 1);
    if (!low || !high)
        return std::nullopt;
    return static_cast<quint16>(*low | (*high << 8)); // config space is little-endian
}

std::optional<quint8> PciConfigSpace::headerType() const
{
    const auto type = byteAt(HeaderTypeRegister);
    if (!type)
        return std::nullopt;
    return static_cast<quint8>(*type & 0x7f);
}

bool PciConfigSpace::isBridgeHeader() const
{
    const auto type = headerType();
    return type && (*type == 1 || *type == 2);
}

PciConfigSpace::PcieCapability PciConfigSpace::pcieCapability() const
{
    const auto status = wordAt(StatusRegister);
    const auto type = headerType();
    if (!status || !type)
        return {};
    if (!(*status & StatusCapabilityList))
        return {.listComplete = true, .portType = std::nullopt};
    auto pointer = byteAt(*type == 2 ? CardBusCapabilityPointer : CapabilityPointer);
    for (int i = 0; pointer && i < MaxCapabilities; ++i) {
        if (*pointer == 0)
            return {.listComplete = true, .portType = std::nullopt}; // end of the list
        if (*pointer < 0x40)
            return {}; // points into the standard header: a damaged list
        const qsizetype offset = *pointer & 0xfc;
        const auto id = byteAt(offset);
        if (!id)
            return {}; // beyond what could be read
        if (*id == PciExpressCapabilityId) {
            const auto flags = wordAt(offset + 2);
            if (!flags)
                return {};
            return {.listComplete = true, .portType = static_cast<quint8>((*flags >> 4) & 0x0f)};
        }
        pointer = byteAt(offset + 1);
    }
    return {}; // unreadable next pointer, or a loop
}

} // namespace vfio
