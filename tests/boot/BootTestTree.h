#pragma once

#include "boot/KernelCommandLineBackend.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vfio::test {

// Builders for generated system roots (a QTemporaryDir path). Paths are relative to the root, without a
// leading slash. Parent folders are created.
void writeFile(const QString &root, const QString &path, const QByteArray &content);
// An executable stand-in for a tool; it records its arguments, one per line, in ROOT/<path>.args.
void writeRecordingTool(const QString &root, const QString &path);
QString readFile(const QString &root, const QString &path); // "" when missing

// Does what the helper's transaction does with a plan's files (write or delete, under `hostPath`).
void applyFiles(const CommandLinePlan &plan);

// The lines of `after` that differ from `before`, by index, when both have the same number of lines;
// {"<line count changed>"} otherwise. Shows that nothing but the intended lines changed.
QStringList changedLines(const QString &before, const QString &after);

} // namespace vfio::test
