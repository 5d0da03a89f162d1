// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace vfio {

// Crash-safe file replacement: a reader (or the next boot) sees either the old or the new content, never a
// mix. The content goes to a temporary file in the same folder (so rename() stays on one file system), which
// is flushed with fsync() before it is renamed over the target; then the folder itself is fsync()ed so the
// rename survives a power cut. Every failure is returned as a sentence naming the file and the system's
// reason.
namespace atomicfile {

// Writes `content` to `path` with permission `mode`, creating missing parent folders (0755).
Result<void> write(const QString &path, const QByteArray &content, mode_t mode = 0644);

// Removes `path` (a missing file is not an error) and makes the removal durable.
Result<void> remove(const QString &path);

// Removes the temporary files a write() of `path` that was killed before its rename left next to it
// (".NAME.vfio-isolator-XXXXXX"), so that a repair leaves the folder as it was. Returns how many.
int removeLeftovers(const QString &path);

// The permission bits of an existing file; nothing when it does not exist or cannot be inspected.
std::optional<mode_t> permissions(const QString &path);

} // namespace atomicfile
} // namespace vfio
