// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TransactionStore.h"
#include "plan/HelperPlan.h"

#include <QList>

namespace vfio {

// The one way a plan's file becomes a transaction's change: written with the plan's content and permission
// bits, or deleted when the plan removes it. Apply and the kernel command line both go through it.
FileReplacement toFileReplacement(const HelperPlan::File &file);
QList<FileReplacement> toFileReplacements(const QList<HelperPlan::File> &files);

} // namespace vfio
