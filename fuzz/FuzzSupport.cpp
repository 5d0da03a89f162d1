#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace vfio::fuzz {

CommandLineChange allowedChange(const QString &words)
{
    CommandLineChange change;
    for (const QString &word : lines(words)) {
        const bool removal = word.startsWith(QLatin1Char('-'));
        const QString bare = removal ? word.mid(1) : word;
        if (isAllowedKernelParameter(bare))
            (removal ? change.remove : change.add).append(bare);
    }
    return change;
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
