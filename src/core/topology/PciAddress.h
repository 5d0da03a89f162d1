// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace vfio {

// A PCI function address, domain:bus:device.function, as the kernel names it in sysfs ("0000:02:00.0").
struct PciAddress
{
    quint32 domain = 0; // 16 bits on most machines, up to 32 bits with VMD
    quint8 bus = 0;
    quint8 device = 0;   // 0..31
    quint8 function = 0; // 0..7

    // Accepts exactly the sysfs form "dddd:bb:dd.f" (lower- or upper-case hex, 4 to 8 domain digits).
    // Anything else, including surrounding spaces, is refused: the helper relies on this strictness.
    static std::optional<PciAddress> parse(QStringView text);

    QString toString() const;      // "0000:02:00.0"
    QString toShortString() const; // "02:00.0" when the domain is 0, as lspci prints it; else full form

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted comparison
    friend auto operator<=>(const PciAddress &, const PciAddress &) = default;
    friend bool operator==(const PciAddress &, const PciAddress &) = default;
};

size_t qHash(const PciAddress &address, size_t seed = 0) noexcept;

} // namespace vfio
