// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/SystemRoot.h" // underRoot(): every root-relative path of a plan is joined there

#include <QString>
#include <QStringList>

#include <optional>

namespace vfio {

// One file a plan writes. The helper writes `newContent` to `hostPath` (temp file, fsync, rename) after
// keeping `oldContent` for Revert.
struct FileChange
{
    QString path;     // as on the target system: "/etc/modprobe.d/vfio.conf"
    QString hostPath; // where it is under the system root the plan was made for
    QString newContent;
    std::optional<QString> oldContent; // nullopt when the file does not exist yet
    QString reason;                    // why this file is written, plain words
    // The file is deleted instead of written (`newContent` is then empty): a file that is wholly ours and
    // no longer needed, so that Revert or "disable" leaves nothing behind.
    bool remove = false;
    // Permission bits for the written file; nullopt: keep the existing file's, 0644 for a new one. Scripts
    // that a tool runs (/etc/grub.d/...) need 0755.
    std::optional<int> mode;

    bool changes() const
    {
        return remove ? oldContent.has_value() : (!oldContent || *oldContent != newContent);
    }
};

// One command a plan runs, never through a shell.
struct CommandStep
{
    QString program;       // absolute path on the target system: "/usr/sbin/update-initramfs"
    QString hostProgram;   // the same under the system root the plan was made for (what the helper runs)
    QStringList arguments; // {"-u", "-k", "all"}
    QString reason;

    QString displayText() const; // "/usr/sbin/update-initramfs -u -k all"
};

} // namespace vfio
