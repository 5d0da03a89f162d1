// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFiles.h"

namespace vfio {

FileReplacement toFileReplacement(const HelperPlan::File &file)
{
    FileReplacement change;
    change.path = file.path;
    change.reason = file.reason;
    change.mode = file.mode;
    if (!file.remove) // nothing as content means: remove the file
        change.content = file.newContent.toUtf8();
    return change;
}

QList<FileReplacement> toFileReplacements(const QList<HelperPlan::File> &files)
{
    QList<FileReplacement> changes;
    for (const HelperPlan::File &file : files)
        changes.append(toFileReplacement(file));
    return changes;
}

} // namespace vfio
