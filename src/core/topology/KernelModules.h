// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KmodContext.h"
#include "base/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace vfio {

// Which kernel modules would claim a device, from its modalias, through libkmod against
// ROOT/lib/modules/<release> — the same lookup `lspci -k` makes for "Kernel modules:". One libkmod context
// per scan with its indexes loaded once (openKmodContext), so each lookup is a memory-mapped search.
class KernelModules
{
public:
    // `root` is the system root; modprobe configuration is read below it too (ROOT/etc/modprobe.d, ...),
    // as aliases defined there take part in the lookup. The failure says why no module can be shown.
    static Result<KernelModules> open(const QString &root, const QString &release);

    // Module names in libkmod's order (lspci's), each once. Empty when none matches.
    QStringList lookup(const QString &modalias) const;

private:
    explicit KernelModules(KmodContext context) : m_context(std::move(context)) {}

    KmodContext m_context;
    // Identical devices (a rack of NICs, SR-IOV virtual functions) share a modalias: look each up once.
    mutable QHash<QString, QStringList> m_cache;
};

} // namespace vfio
