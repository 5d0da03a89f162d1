// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

#include <memory>

struct kmod_ctx;

namespace vfio {

// A libkmod context, shared by whoever holds a copy; the last copy releases it. libkmod contexts are not
// safe to use from two threads at once, so a context stays with the thread that uses it.
using KmodContext = std::shared_ptr<kmod_ctx>;

// The one place a libkmod context is made, for the scan's modalias lookups (KernelModules) and for the
// policy's module index (policy/KernelModuleIndex): the kernel's modules under ROOT/lib/modules/<release>
// with the indexes depmod writes there loaded once (kmod_load_resources: modules.dep.bin,
// modules.alias.bin, modules.symbols.bin, modules.builtin.bin). For a snapshot, modprobe configuration is
// read from the snapshot (ROOT/etc/modprobe.d, ROOT/run/modprobe.d, ROOT/usr/local/lib/modprobe.d,
// ROOT/lib/modprobe.d), never from the machine reading it. libkmod's own logging is silenced: callers
// report the failure, a clause without a capital or a full stop ("the kernel release is unknown").
Result<KmodContext> openKmodContext(const QString &root, const QString &release);

} // namespace vfio
