#pragma once

#include "boot/BootLoader.h"
#include "boot/KernelCommandLineBackend.h"

#include <QJsonObject>

namespace vfio {

// A kernel command line plan as PreviewKernelCommandLine sends it (docs/security.md): "ok", "errors",
// "bootLoader" (toString of the kind), "evidence", "notes", "files" (as Preview's, with "remove" and
// "mode"), "commands", "undo" {"add", "remove"} and "changesNothing".
QJsonObject commandLinePlanToJson(const BootLoader &bootLoader, const CommandLinePlan &plan);

} // namespace vfio
