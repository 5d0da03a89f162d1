#include "VerifyTestTree.h"

#include "PolicyTestTree.h"
#include "TreeCopy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace vfio::test {

namespace {
constexpr qint64 bootTime = 1'700'000'000; // any fixed past moment
}

FixtureCopy::FixtureCopy(const QString &fixture)
{
    QString error;
    // Nothing is below "none", so every link stays a link.
    m_valid = copyTreeFlatteningLinks(fixtureRoot(fixture), m_dir.path(), QStringLiteral("none"),
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
    const QString line = readFile(root(), QStringLiteral("proc/cmdline")).trimmed();
    QFile::remove(root() + QStringLiteral("/proc/cmdline"));
    writeFile(root(), QStringLiteral("proc/cmdline"),
              (line + QLatin1Char(' ') + words + QLatin1Char('\n')).toUtf8());
}

void FixtureCopy::removeDriver(const QString &driver)
{
    QDir(root() + QStringLiteral("/sys/bus/pci/drivers/") + driver).removeRecursively();
}

} // namespace vfio::test
