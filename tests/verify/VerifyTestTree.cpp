// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyTestTree.h"

#include "TreeCopy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vfio::test {

namespace {
constexpr qint64 bootTime = 1'700'000'000; // any fixed past moment

void writeFile(const QString &root, const QString &path, const QByteArray &content)
{
    const QString full = root + QLatin1Char('/') + path;
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile::remove(full); // copies of read-only fixture files
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(full));
    file.write(content);
}

QByteArray readFile(const QString &root, const QString &path)
{
    QFile file(root + QLatin1Char('/') + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

FixtureCopy::FixtureCopy(const QString &fixtureRoot)
{
    QString error;
    // Nothing is below "none", so every link stays a link.
    m_valid = copyTreeFlatteningLinks(fixtureRoot, m_dir.path(), QStringLiteral("none"),
                                      {QStringLiteral("lib")}, &error) >= 0;
    writeFile(root(), QStringLiteral("proc/stat"),
              "cpu  1 2 3 4\nbtime " + QByteArray::number(bootTime) + "\n");
}

void FixtureCopy::configure(const QString &vfioConf, int secondsAfterBoot)
{
    const QString path = QStringLiteral("etc/modprobe.d/vfio.conf");
    writeFile(root(), path, vfioConf.toUtf8());
    QFile file(root() + QLatin1Char('/') + path);
    file.open(QIODevice::ReadWrite);
    file.setFileTime(QDateTime::fromSecsSinceEpoch(bootTime + secondsAfterBoot),
                     QFileDevice::FileModificationTime);
}

void FixtureCopy::rebind(const QString &address, const QString &driver)
{
    const QString device = root() + QStringLiteral("/sys/bus/pci/devices/") + address;
    const QString target = QFile::symLinkTarget(device);
    QFile::remove(target + QStringLiteral("/driver"));
    if (driver.isEmpty())
        return;
    const QString driverDir = root() + QStringLiteral("/sys/bus/pci/drivers/") + driver;
    QDir().mkpath(driverDir);
    QFile::link(QDir(target).relativeFilePath(driverDir), target + QStringLiteral("/driver"));
}

void FixtureCopy::appendToCommandLine(const QString &words)
{
    const QByteArray line = readFile(root(), QStringLiteral("proc/cmdline")).trimmed();
    writeFile(root(), QStringLiteral("proc/cmdline"), line + ' ' + words.toUtf8() + '\n');
}

void FixtureCopy::removeDriver(const QString &driver)
{
    QDir(root() + QStringLiteral("/sys/bus/pci/drivers/") + driver).removeRecursively();
}

} // namespace vfio::test
