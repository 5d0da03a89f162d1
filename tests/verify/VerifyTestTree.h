// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace vfio::test {

// A writable copy of a fixture (links kept, lib/ shared with the original) in which a test changes one thing.
class FixtureCopy
{
public:
    explicit FixtureCopy(const QString &fixtureRoot); // tests/data/<name>
    QString root() const { return m_dir.path(); }
    bool isValid() const { return m_valid; }

    // ROOT/etc/modprobe.d/vfio.conf, written `secondsAfterBoot` after the boot time put in ROOT/proc/stat
    // (negative: before this boot).
    void configure(const QString &vfioConf, int secondsAfterBoot);
    // Unbinds a device from its driver in the copy and binds it to `driver` (empty: none).
    void rebind(const QString &address, const QString &driver);
    void appendToCommandLine(const QString &words);
    void removeDriver(const QString &driver); // sys/bus/pci/drivers/<driver>: as if never loaded

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};

} // namespace vfio::test
