// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vfio {

// Where the first-time setup stands across a restart: after an Apply (or the IOMMU switch) it waits for the
// next boot, then the assistant comes back by itself with the verification. Kept in the user's settings
// with the boot id of the boot it was written in.
class SetupProgress
{
public:
    static void rememberRestartPending();
    // A restart happened since rememberRestartPending(): show the verification now.
    static bool verificationDue();
    static void clear();

    // The assistant was offered once at first start (it is not pushed again; the menu has it).
    static bool wasOffered();
    static void markOffered();

    static QString currentBootId(); // /proc/sys/kernel/random/boot_id, empty when unknown
};

} // namespace vfio
