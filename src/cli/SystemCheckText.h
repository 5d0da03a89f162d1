// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/SystemCheck.h"

#include <QList>
#include <QString>

namespace vfio::cli {

// Findings as a table for a terminal: one line per finding with its state in words, the sentence wrapped
// under itself, and what the app can apply on an indented "Fix:" line ("Optional fix:" for the offers
// of Information findings).
//   OK             The processor can run virtual machines at full speed (AMD-V is on).
//   Action needed  The kernel command line switches the IOMMU off with intel_iommu=off.
//                  Fix: Remove intel_iommu=off from the kernel command line, then restart.
// Shared by `check` (every finding) and `list` (those that are not OK, when the IOMMU is off).
QString findingsToText(const QList<Finding> &findings);

// The findings that are not OK, for `list`.
QList<Finding> findingsNotOk(const SystemCheck &check);

// The state in words, as the table prints it ("Action needed").
QString stateWords(FindingState state);

} // namespace vfio::cli
