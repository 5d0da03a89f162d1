// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/KernelParameters.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vfio::loaderentries {

// Where the loader entries live: <candidate>/loader/entries for the first candidate (target paths) whose
// loader/ folder exists under `root`; empty when none has one.
QString entriesDirectory(const QString &root, const QStringList &candidates);
inline QStringList espCandidates()
{
    return {QStringLiteral("/boot/efi"), QStringLiteral("/boot"), QStringLiteral("/efi")};
}

struct Entry
{
    QString path; // target path: "/boot/efi/loader/entries/debian-6.1.0-18-amd64.conf"
    QString text;
};

// The *.conf entries of `directory` (a target path), sorted by file name.
QList<Entry> entries(const QString &root, const QString &directory);

// The `options` lines' values joined by a space (the kernel command line of the entry).
QString options(const QString &text);

// `text` with `change` applied to its `options` lines (removals in every one, additions in the last one;
// a line `options words` is appended when there is none). Every other line is kept byte for byte.
QString editOptions(const QString &text, const CommandLineChange &change);

// The value of the first `key value` line ("title", "version", ...), or empty.
QString field(const QString &text, const QString &key);
// `text` with the first `key` line replaced by `key value` (a first line when there is none).
QString withField(const QString &text, const QString &key, const QString &value);

// The file names of our safety entries end so (without .conf): "debian-6.1.0-vfio-safe.conf".
inline QString safetySuffix()
{
    return QStringLiteral("-vfio-safe");
}
bool isSafetyEntry(const QString &path);

// Natural order for versions in file names ("6.1.10" after "6.1.9").
bool versionLess(const QString &left, const QString &right);

} // namespace vfio::loaderentries
