// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a fixture's own `lspci` printed at capture time, parsed independently of the scanner: the oracle the
// topology and CLI tests compare against.

#include "topology/PciAddress.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vfio::test {

struct OracleDevice
{
    PciAddress address;
    QString className;   // "VGA compatible controller"
    QString classId;     // "0300"
    QString name;        // "Red Hat, Inc. Virtio block device", "Device"
    QString vendorId;    // "1af4"
    QString deviceId;    // "1001"
    QString revision;    // "02", empty when lspci printed none (revision 0)
    QString driver;      // Kernel driver in use
    QStringList modules; // Kernel modules
    // From lspci-nnvvv.txt when present:
    std::optional<QString> progIf;   // "00"
    std::optional<bool> rootPort;    // the Express capability says "Root Port"
    std::optional<int> secondaryBus; // bridges: "Bus: primary=00, secondary=02, ..."
};

struct Oracle
{
    QString directory;
    QList<OracleDevice> devices;   // in lspci order (by address)
    QMap<int, QStringList> groups; // iommu-groups.txt: group -> full addresses
    // The firmware's IOMMU table (sys/firmware/acpi/tables): "DMAR" (Intel), "IVRS" (AMD-Vi), "" when none.
    // The oracle for the IOMMU kind: the CPU model says nothing (the fixtures run an AMD CPU model with an
    // Intel IOMMU).
    QString firmwareTable;

    const OracleDevice *find(const PciAddress &address) const;
    // What the scan must call the IOMMU: "intel", "amd", or "" when the kernel made no groups.
    QString expectedIommuKind() const;
};

// Reads DIR/lspci-nnk.txt, DIR/iommu-groups.txt and (if present) DIR/lspci-nnvvv.txt. On a line it cannot
// parse it returns nothing and sets `error`.
std::optional<Oracle> readOracle(const QString &directory, QString *error);

// Every fixture below `dataDir` (a folder holding lspci-nnk.txt), sorted by name.
QStringList fixtureDirectories(const QString &dataDir);

// The snapshots the fixture-driven tests check: those in the repository's tests/data, unless the environment
// variable VFIO_FIXTURES_DIR names another folder (tests/realkernel points the same tests at machines it has
// just captured from a real kernel). At least four in the repository, at least one elsewhere.
QStringList snapshotDirectories(const QString &repositoryDataDir);
qsizetype minimumSnapshotCount();

} // namespace vfio::test
