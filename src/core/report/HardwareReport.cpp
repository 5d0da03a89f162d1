// SPDX-License-Identifier: GPL-3.0-or-later
#include "HardwareReport.h"

#include "MachineSnapshot.h"
#include "ReportArchive.h"
#include "topology/SystemRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace vfio::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::report", text);
}

Failure noTemporaryFolder(const QTemporaryDir &folder)
{
    return fail(tr("No temporary folder could be made (%1). Free some space in %2.")
                    .arg(folder.errorString(), QDir::tempPath()));
}

Result<QTemporaryDir *> newTemporaryFolder()
{
    // Reports opened stay unpacked while the program runs: the window reads its root again on a refresh.
    static std::vector<std::unique_ptr<QTemporaryDir>> opened;
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        return noTemporaryFolder(*folder);
    opened.push_back(std::move(folder));
    return opened.back().get();
}
} // namespace

Result<qint64> writeHardwareReport(const QString &root, const QString &archive)
{
    QTemporaryDir staging;
    if (!staging.isValid())
        return noTemporaryFolder(staging);
    if (const Result<void> written = writeMachineSnapshot(root, staging.path()); !written)
        return written.failure();
    if (const Result<void> packed = packReport(staging.path(), archive); !packed)
        return packed.failure();
    return QFileInfo(archive).size();
}

Result<QString> openSystemRoot(const QString &path)
{
    if (!looksLikeReportArchive(path)) {
        if (const Result<void> usable = checkSystemRoot(path); !usable)
            return usable.failure();
        return path;
    }
    const Result<QTemporaryDir *> folder = newTemporaryFolder();
    if (!folder)
        return folder.failure();
    Result<QString> unpacked = unpackReport(path, (*folder)->path());
    if (!unpacked)
        return unpacked;
    if (const Result<void> usable = checkSystemRoot(*unpacked); !usable)
        return usable.failure();
    return unpacked;
}

} // namespace vfio::report
