// SPDX-License-Identifier: GPL-3.0-or-later
// From a driver change to the new tray icon: a generated 1024-device machine with two GPUs configured for
// vfio-pci; one GPU's driver link flips between vfio-pci and amdgpu, the udev monitor's changed() is
// emitted (as after its 300 ms burst merge), and the time until the tray has its new icon and menu is
// measured. Prints the median and the worst of the runs.
#include "MachineGenerator.h"

#include "TrayController.h"
#include "UdevMonitor.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int deviceCount = 1024;
constexpr int runs = 21;

QString firstGpu(const QString &root)
{
    const QDir devices(root + QStringLiteral("/sys/bus/pci/devices"));
    for (const QString &name : devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile vendor(devices.filePath(name) + QStringLiteral("/device"));
        if (vendor.open(QIODevice::ReadOnly) && vendor.readAll().trimmed() == "0x67df")
            return QFile::symLinkTarget(devices.filePath(name));
    }
    return {};
}

void bindTo(const QString &root, const QString &device, const QString &driver)
{
    const QString driverDir = root + QStringLiteral("/sys/bus/pci/drivers/") + driver;
    QDir().mkpath(driverDir);
    QFile::remove(device + QStringLiteral("/driver"));
    QFile::link(QDir(device).relativeFilePath(driverDir), device + QStringLiteral("/driver"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;
    if (!vfio::bench::generateMachine(dir.path(), deviceCount, QStringLiteral(VFIO_BENCH_MODULES_DIR),
                                      &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QDir().mkpath(dir.path() + QStringLiteral("/etc/modprobe.d"));
    QFile config(dir.path() + QStringLiteral("/etc/modprobe.d/vfio.conf"));
    config.open(QIODevice::WriteOnly);
    config.write("options vfio-pci ids=1002:67df,1002:aaf0\n");
    config.close();
    // Booted after the configuration was written, so the flips are "as configured" / "not bound".
    QFile stat(dir.path() + QStringLiteral("/proc/stat"));
    stat.open(QIODevice::WriteOnly);
    stat.write("btime " + QByteArray::number(QDateTime::currentSecsSinceEpoch() + 60) + "\n");
    stat.close();
    const QString gpu = firstGpu(dir.path());

    vfio::UdevMonitor monitor;
    vfio::TrayController tray(dir.path(), &monitor, nullptr);
    QList<qint64> times;
    for (int run = 0; run < runs; ++run) {
        bindTo(dir.path(), gpu, run % 2 ? QStringLiteral("vfio-pci") : QStringLiteral("amdgpu"));
        QElapsedTimer timer;
        timer.start();
        emit monitor.changed();
        times.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(times.begin(), times.end());
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS"))
            std::printf("resident after the runs: %s\n", line.simplified().constData());
    }
    std::printf("devices %d  runs %d  event to new icon: median %.1f ms  worst %.1f ms  (state now: %s)\n",
                deviceCount, runs, double(times.at(runs / 2)) / 1000.0, double(times.last()) / 1000.0,
                qPrintable(vfio::toString(tray.content().status)));
    return 0;
}
