// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

struct pci_access;

namespace vfio {

// Vendor, device, class and subsystem names from pci.ids through libpci, as lspci prints them. Names come
// from pci.ids only (never udev's hwdb) so that the same machine snapshot gets the same names wherever it is
// read; the fixtures' lspci output agrees with Debian's pci.ids for vendor, device and class names.
// One libpci context per scan: pci.ids is parsed once, on the first lookup.
class PciNames
{
public:
    PciNames();
    ~PciNames();
    PciNames(const PciNames &) = delete;
    PciNames &operator=(const PciNames &) = delete;

    // Empty strings mean "not in pci.ids" (or no usable pci.ids at all: see problems()).
    QString vendor(quint16 vendorId);
    QString device(quint16 vendorId, quint16 deviceId);
    QString deviceClass(quint16 classId); // base class + subclass, "VGA compatible controller"
    // "<subsystem vendor> <subsystem device>", with lspci's "Device" fallback; empty when nothing is known.
    QString subsystem(quint16 vendorId, quint16 deviceId, quint16 subVendorId, quint16 subDeviceId);

    // What went wrong loading pci.ids (missing or damaged file), one sentence each.
    QStringList problems() const { return m_problems; }

private:
    QString lookup(int flags, int arg1, int arg2 = 0, int arg3 = 0, int arg4 = 0);

    pci_access *m_access = nullptr;
    bool m_broken = false; // libpci reported a fatal error: no more lookups
    QStringList m_problems;
};

} // namespace vfio
