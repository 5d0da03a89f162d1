// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/SystemCheck.h"

#include <QString>

namespace vfio {

// The system check as HTML for the window's no-IOMMU page: a title ("This computer ..." for the live root
// "/", "This snapshot ..." otherwise), then each finding with its state in words behind a plain-text marker
// (no colour or icon needed to tell them apart), its sentence and what the app can apply.
QString systemCheckHtml(const SystemCheck &check, const QString &root);

} // namespace vfio
