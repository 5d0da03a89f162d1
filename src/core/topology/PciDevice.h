// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PciAddress.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vfio {

// What the kernel says about one PCI function. Every field is what could be read; what could not be read
// is left at its default and explained in `problems`, so an odd device is shown rather than dropped.
struct PciDevice
{
    PciAddress address;

    quint16 vendorId = 0;
    quint16 deviceId = 0;
    quint16 subsystemVendorId = 0;
    quint16 subsystemDeviceId = 0;
    quint32 classCode = 0; // 24 bits from sysfs `class`: base class, subclass, programming interface
    quint8 revision = 0;

    // Names as lspci prints them, from pci.ids through libpci; empty when pci.ids does not know the ID.
    QString vendorName;
    QString deviceName;
    QString className;     // of base class + subclass ("VGA compatible controller")
    QString subsystemName; // "Red Hat, Inc. QEMU Virtual Machine" (vendor and device), may be empty

    QString driver;           // the bound driver's name (basename of the `driver` link); empty when none
    QString driverOverride;   // `driver_override`; empty for "(null)" or when missing
    QString modalias;         // `modalias`, the key for the kernel module lookup
    QStringList modules;      // kernel modules whose aliases match `modalias`, as `lspci -k` lists them
    QStringList resetMethods; // `reset_method`, empty when the device cannot be reset or it is missing
    bool bootVga = false;     // `boot_vga` is "1": the firmware's console GPU

    bool isBridge = false;   // a PCI-to-PCI or CardBus bridge (header type 1/2, or class 0604/0607)
    bool isRootPort = false; // a PCIe root port (from the PCIe capability, or the topology when hidden)
    std::optional<PciAddress> parent; // the bridge above it, from the real device path; none on a root bus

    std::optional<int> iommuGroup; // from the target of the `iommu_group` link; none when ungrouped

    QStringList problems; // one sentence per attribute that was missing, unreadable or malformed

    quint16 classId() const { return static_cast<quint16>(classCode >> 8); } // "0300"
    quint8 baseClass() const { return static_cast<quint8>(classCode >> 16); }
    QString idPair() const; // "1234:1111"
    // The name as lspci -nn prints it before the IDs: "Red Hat, Inc. Virtio block device", "Device" when
    // pci.ids knows neither, "Red Hat, Inc. Device" when it knows only the vendor.
    QString displayName() const;
};

} // namespace vfio
