// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/BootLoader.h"
#include "boot/KernelCommandLineBackend.h"

#include <QJsonObject>

namespace vfio {

// A kernel command line plan as PreviewKernelCommandLine sends it (docs/security.md): "ok", "errors",
// "bootLoader" (toString of the kind), "evidence", "notes", "files" (as Preview's, with "remove" and
// "mode"), "commands", "undo" {"add", "remove"} and "changesNothing". A refused plan has "ok": false, its
// failure's message as the one entry of "errors", and no note, file, command or undo word.
QJsonObject commandLinePlanToJson(const BootLoader &bootLoader, const Result<CommandLinePlan> &plan);

} // namespace vfio
