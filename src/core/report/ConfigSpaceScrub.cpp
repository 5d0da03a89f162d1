// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigSpaceScrub.h"

#include <QtEndian>

#include <algorithm>

namespace vfio::report {

namespace {
constexpr qsizetype extendedStart = 0x100; // PCI Express extended capabilities begin here
constexpr quint16 serialNumberId = 0x0003; // Device Serial Number
constexpr qsizetype serialOffset = 4;      // after the 32-bit capability header
constexpr qsizetype serialSize = 8;
constexpr int maxCapabilities = 480; // (4096 - 256) / 8: a loop in the list cannot run longer
} // namespace

QByteArray withoutSerialNumber(QByteArray config)
{
    qsizetype offset = extendedStart;
    for (int seen = 0; seen < maxCapabilities && offset >= extendedStart && offset + 4 <= config.size();
         ++seen) {
        const quint32 header = qFromLittleEndian<quint32>(config.constData() + offset);
        if (header == 0 || header == 0xffffffffU)
            break;
        if ((header & 0xffffU) == serialNumberId && offset + serialOffset + serialSize <= config.size())
            std::fill_n(config.begin() + offset + serialOffset, serialSize, '\0');
        offset = static_cast<qsizetype>((header >> 20) & 0xffcU);
    }
    return config;
}

} // namespace vfio::report
