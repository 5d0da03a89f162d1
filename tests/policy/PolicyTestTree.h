// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/Topology.h"

#include <QString>
#include <QStringList>

namespace vfio::test {

// A scanned fixture ("seed", "switch", ...) from tests/data.
Topology scanFixture(const QString &name);
QString fixtureRoot(const QString &name);

PciAddress address(const char *text); // "0000:02:00.0"; aborts the test run on a typo

// Builders for generated system roots (a QTemporaryDir path). Paths are relative to the root, without a
// leading slash. Parent folders are created.
void writeFile(const QString &root, const QString &path, const QByteArray &content);
void makeLink(const QString &root, const QString &path, const QString &target);
QString readFile(const QString &root, const QString &path);

// ROOT/lib/modules/<release> from module names ("vfio_pci" becomes an empty
// kernel/drivers/test/vfio-pci.ko.zst, with the dash the kernel uses; built-in ones go to modules.builtin),
// indexed by the real `depmod -b` into modules.dep and the .bin files libkmod reads, and
// ROOT/proc/sys/kernel/osrelease.
void writeKernel(const QString &root, const QString &release, const QStringList &modules,
                 const QStringList &builtin = {});
// The modules of the fixtures' 6.1 kernel that the tests care about (vfio_virqfd still separate).
QStringList kernel61Modules();
// The same for a 6.2+ kernel: vfio_virqfd merged into vfio.
QStringList kernel66Modules();

} // namespace vfio::test
