#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace vfio::cli {

// The part every helper plan shares (Preview of Apply, the kernel command line's preview): each file with
// what happens to it (new with its content, changed as a diff, removed, with the mode where one is set),
// then the commands that run after them.
void printPlanFilesAndCommands(const QJsonObject &plan, QTextStream &out);

} // namespace vfio::cli
