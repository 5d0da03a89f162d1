// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineSnapshot.h"

#include "SnapshotParts.h"
#include "topology/SystemRoot.h"

namespace vfio::report {

Result<void> writeMachineSnapshot(const QString &root, const QString &target)
{
    if (Result<void> usable = checkSystemRoot(root); !usable)
        return usable;
    SnapshotFiles files(target);
    copyPciSysfs(root, files);
    copyProcFiles(root, files);
    copyModuleIndex(root, files);
    copyConfiguration(root, files);
    return files.outcome();
}

} // namespace vfio::report
