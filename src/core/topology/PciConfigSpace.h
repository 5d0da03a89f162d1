// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace vfio {

// Facts taken from the raw bytes of a device's `config` attribute. Unprivileged readers get only the first
// 64 bytes (the standard header), so everything past it is optional.
class PciConfigSpace
{
public:
    explicit PciConfigSpace(QByteArray bytes) : m_bytes(std::move(bytes)) {}

    qsizetype size() const { return m_bytes.size(); }
    bool hasStandardHeader() const { return m_bytes.size() >= 64; }

    std::optional<quint8> byteAt(qsizetype offset) const;
    std::optional<quint16> wordAt(qsizetype offset) const;

    // Header layout (byte 0x0e without the multi-function bit): 0 endpoint, 1 PCI-to-PCI bridge, 2 CardBus.
    std::optional<quint8> headerType() const;
    bool isBridgeHeader() const;
    // The PCI Express capability (id 0x10), looked for along the capability list.
    struct PcieCapability
    {
        // The list could be walked to its end (or the device has none): then a missing `portType` means a
        // conventional PCI device, not a hidden capability. False when config space is cut short (an
        // unprivileged reader sees 64 bytes) or the list is damaged.
        bool listComplete = false;
        std::optional<quint8> portType; // 0 endpoint, 4 root port, 5 switch upstream, 6 downstream, ...
    };
    PcieCapability pcieCapability() const;

    static constexpr quint8 PcieRootPort = 4;

private:
    QByteArray m_bytes;
};

} // namespace vfio
