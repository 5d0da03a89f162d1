// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vfio::report {

// The folder a snapshot is written into, and the one way its files, folders and links are made. Every
// path is relative to the snapshot's top ("sys/bus/pci/devices/0000:00:02.0"). The first failure is kept and
// later writes are skipped, so a snapshot either is whole or says which file it could not write.
class SnapshotFiles
{
public:
    explicit SnapshotFiles(QString top) : m_top(std::move(top)) {}

    void writeFile(const QString &relative, const QByteArray &content, const QDateTime &modified = {});
    void makeDirectory(const QString &relative);
    // A symbolic link holding `target` as it is (sysfs links are relative: "../../../devices/...").
    void makeLink(const QString &relative, const QString &target);

    Result<void> outcome() const;

private:
    bool failed() const { return !m_failure.isEmpty(); }
    QString absolute(const QString &relative) const;
    bool makeParent(const QString &relative);

    QString m_top;
    QString m_failure;
};

} // namespace vfio::report
