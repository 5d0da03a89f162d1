// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace vfio::cli {

// Helper plans as text. The part every helper plan shares (Preview of Apply, the kernel command line's
// preview): each file with what happens to it (new with its content, changed as a diff, removed, with the
// mode where one is set), then the commands that run after them.
void printPlanFilesAndCommands(const QJsonObject &plan, QTextStream &out);

// The plan's refusals, one "error: ..." line each.
void printPlanErrors(const QJsonObject &plan, QTextStream &err);

// The helper's plan for a selection (Preview) for a person: the system, each device with how it is bound
// and why, the files and commands, then warnings and errors to `err`.
void printApplyPlan(const QJsonObject &plan, QTextStream &out, QTextStream &err);

} // namespace vfio::cli
