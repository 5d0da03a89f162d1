// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace vfio::fuzz {

namespace {
template <typename Keep> CommandLineChange changeOf(const QString &words, const Keep &keep)
{
    CommandLineChange change;
    for (const QString &word : lines(words)) {
        const bool removal = word.startsWith(QLatin1Char('-'));
        const QString bare = removal ? word.mid(1) : word;
        if (keep(bare))
            (removal ? change.remove : change.add).append(bare);
    }
    return change;
}
} // namespace

CommandLineChange anyChange(const QString &words)
{
    return changeOf(words, [](const QString &word) { return !word.isEmpty(); });
}

CommandLineChange allowedChange(const QString &words)
{
    return changeOf(words, [](const QString &word) { return isAllowedKernelParameter(word); });
}

QString scratchRoot()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/vfio-fuzz-XXXXXX"));
    return dir.path();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

} // namespace vfio::fuzz
