// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootTestTree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vfio::test {

void writeRecordingTool(const QString &root, const QString &path)
{
    const QString record = root + QLatin1Char('/') + path + QStringLiteral(".args");
    writeFile(root, path,
              "#!/bin/sh\n: > '" + record.toUtf8() + "'\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '" +
                  record.toUtf8() + "'; done\n");
    QFile::setPermissions(root + QLatin1Char('/') + path,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

void applyFiles(const Result<CommandLinePlan> &plan)
{
    if (!plan)
        return;
    for (const FileChange &change : plan->files) {
        if (change.remove) {
            QFile::remove(change.hostPath);
            continue;
        }
        QDir().mkpath(QFileInfo(change.hostPath).absolutePath());
        QFile file(change.hostPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(change.hostPath));
        file.write(change.newContent.toUtf8());
    }
}

bool changesNothing(const Result<CommandLinePlan> &plan)
{
    return !plan || plan->changesNothing();
}

QStringList changedLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    if (a.size() != b.size())
        return {QStringLiteral("<line count changed>")};
    QStringList result;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            result.append(b.at(i));
    }
    return result;
}

} // namespace vfio::test
