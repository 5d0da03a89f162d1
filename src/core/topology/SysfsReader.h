// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vfio {

// The outcome of reading one sysfs attribute. `Missing` is normal for optional attributes (boot_vga exists
// only for display devices); `Unreadable` is always worth reporting.
struct SysfsRead
{
    enum class Status
    {
        Ok,
        Missing,
        Unreadable
    };
    Status status = Status::Missing;
    QByteArray data; // the content; for text reads without the trailing newline
    int error = 0;   // errno when not Ok

    bool ok() const { return status == Status::Ok; }
};

// One sentence saying why `attribute` gave no value, for the problem lists: "`class` could not be read
// (Is a directory)." / "`vendor` is missing.".
QString describeReadFailure(const QString &attribute, const SysfsRead &read);

// The one reader of link targets in the core (the scan, the host-critical detection and the module index
// read links here): the target text of a link, whether the snapshot kept it as a real symbolic link or
// flattened it into a small file holding the target: copies made with tools that do not preserve links (and
// the shared fixtures) store "../../../bus/pci/drivers/e1000e" as the file's whole content, without a
// newline. Such a file is recognised by its content alone (^(\.\./)+\S+$, no newline); any other file is not
// a link. `dirFd` is a directory descriptor (or AT_FDCWD), `name` relative to it. `present`, when given,
// tells whether anything exists under that name (a target of nothing plus present means "not a link").
std::optional<QString> readLinkTarget(int dirFd, const QString &name, bool *present = nullptr);
std::optional<QString> readLinkTarget(const QString &path, bool *present = nullptr);

// Where the link at `path` leads, as an absolute path: a real link resolved all the way (every link on the
// way counts: /sys/class/net/X/device is relative to where X really lives), a flattened one (above) joined to
// the folder it is in. Empty when `path` is no link of either kind.
QString resolvedLinkTarget(const QString &path);

// Reads attributes of one sysfs directory through a directory descriptor (openat), which keeps the cost per
// attribute at one open/read/close: the scan reads about fifteen of them for each of possibly a thousand
// devices. Reads are bounded; nothing here throws.
class SysfsDirectory
{
public:
    explicit SysfsDirectory(const QString &path);
    // `relative` (a name or a relative link target such as "../../../devices/pci0000:00/0000:00:1c.0") below
    // an open directory: saves the kernel walking the whole absolute path again for each device.
    SysfsDirectory(const SysfsDirectory &parent, const QString &relative);
    ~SysfsDirectory();
    SysfsDirectory(const SysfsDirectory &) = delete;
    SysfsDirectory &operator=(const SysfsDirectory &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    int openError() const { return m_openError; }
    const QString &path() const { return m_path; }
    int fd() const { return m_fd; }

    // A text attribute, trailing newline removed. At most `maxBytes` are read.
    SysfsRead readText(const char *name, qsizetype maxBytes = 4096) const;
    // A binary attribute (config space); at most `maxBytes`, fewer when the kernel gives fewer.
    SysfsRead readBinary(const char *name, qsizetype maxBytes) const;
    // See readLinkTarget() above.
    std::optional<QString> linkTarget(const char *name, bool *present = nullptr) const;

private:
    QString m_path;
    int m_fd = -1;
    int m_openError = 0;
};

} // namespace vfio
