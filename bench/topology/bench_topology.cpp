// SPDX-License-Identifier: GPL-3.0-or-later
// Times the topology scan and the whole `vfio-isolator-cli list` process against
// `lspci -nnk -A linux-sysfs -O sysfs.path=<tree>/sys/bus/pci` on the same generated trees of 64, 256 and
// 1024 devices, and prints a table. Not a test: run it by hand on a Release build (docs/performance.md).
//
//   bench_topology [--runs R] [--sizes 64,256,1024]     the comparison table
//   bench_topology --generate N DIR                      only write a tree of N devices to DIR

#include "MachineGenerator.h"

#include "topology/TopologyScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cctype>
#include <sys/resource.h>

using namespace vfio;

namespace {

struct Timing
{
    double wallMs = -1;
    double cpuMs = -1; // user + system time of the process (all its threads)
    int devices = 0;   // device lines it printed
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// One run of a program. Device lines are those that start with an address (lspci) or two spaces and an
// address (our listing) and carry "]: ".
Timing runProcess(const QString &program, const QStringList &arguments)
{
    Timing timing;
    QProcess process;
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return timing;
    timing.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timing.cpuMs = childrenCpuMs() - cpuBefore; // the child was reaped by QProcess
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QByteArray trimmed = line.startsWith("  ") && !line.startsWith("    ") ? line.mid(2) : line;
        if (!trimmed.isEmpty() && std::isxdigit(static_cast<unsigned char>(trimmed[0])) &&
            trimmed.contains("]: "))
            ++timing.devices;
    }
    return timing;
}

QString cell(double value, int width)
{
    return QStringLiteral("%1").arg(value, width, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Topology scan benchmark (see docs/performance.md)."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                                        QStringLiteral("R"), QStringLiteral("15"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Device counts."),
                                         QStringLiteral("LIST"), QStringLiteral("64,256,1024"));
    const QCommandLineOption generateOption(QStringLiteral("generate"),
                                            QStringLiteral("Only write a tree of N devices to DIR."),
                                            QStringLiteral("N"));
    parser.addOptions({runsOption, sizesOption, generateOption});
    parser.process(app);

    const QString modules = QStringLiteral(VFIO_BENCH_MODULES_DIR);
    QString error;
    if (parser.isSet(generateOption)) {
        const QStringList rest = parser.positionalArguments();
        if (rest.size() != 1) {
            err << "--generate N needs the target DIR" << Qt::endl;
            return 2;
        }
        if (!bench::generateMachine(rest[0], parser.value(generateOption).toInt(), modules, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        return 0;
    }

    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString cli = QStringLiteral(VFIO_BENCH_CLI_PATH);
    const QString lspci = QStandardPaths::findExecutable(
        QStringLiteral("lspci"),
        {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin"), QStringLiteral("/bin")});
    if (lspci.isEmpty()) {
        err << "lspci not found: install the Debian package pciutils." << Qt::endl;
        return 1;
    }

    out << "median of " << runs
        << " runs; wall and CPU (user+system) time in ms; ratio < 1 means our list is faster" << Qt::endl
        << "devices | scan wall | scan CPU | list wall | lspci wall | wall ratio | list CPU | lspci CPU | "
           "CPU ratio"
        << Qt::endl;
    QStringList breakdown;
    for (const QString &sizeText : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        const int size = sizeText.toInt();
        QTemporaryDir tree;
        if (!tree.isValid() || !bench::generateMachine(tree.path(), size, modules, &error)) {
            err << "cannot generate " << size << " devices: " << error << Qt::endl;
            return 1;
        }

        // In-process scan; `names`/`modules` off shows what the lookups add.
        qsizetype scanned = 0;
        auto timeScan = [&](bool withNameLookups, bool withModuleLookups, double *cpu) {
            QList<double> wall;
            QList<double> cpuTimes;
            TopologyScanner::Options options;
            options.resolveNames = withNameLookups;
            options.resolveModules = withModuleLookups;
            for (int i = 0; i < runs; ++i) {
                rusage before{};
                rusage after{};
                getrusage(RUSAGE_SELF, &before);
                QElapsedTimer timer;
                timer.start();
                const Topology topology = TopologyScanner(tree.path()).scan(options);
                wall.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                getrusage(RUSAGE_SELF, &after);
                const auto ms = [](const timeval &t) {
                    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
                };
                cpuTimes.append(ms(after.ru_utime) + ms(after.ru_stime) - ms(before.ru_utime) -
                                ms(before.ru_stime));
                scanned = topology.devices.size();
            }
            *cpu = median(cpuTimes);
            return median(wall);
        };
        double scanCpu = 0;
        double unused = 0;
        const double scanWall = timeScan(true, true, &scanCpu);
        const double sysfsOnly = timeScan(false, false, &unused);
        const double withNames = timeScan(true, false, &unused);
        const double withModules = timeScan(false, true, &unused);

        // The two programs alternate so that both meet the same cache and machine load.
        QList<double> listWall, listCpu, lspciWall, lspciCpu;
        int listDevices = 0;
        int lspciDevices = 0;
        for (int i = 0; i < runs; ++i) {
            const Timing list =
                runProcess(cli, {QStringLiteral("list"), QStringLiteral("--root"), tree.path()});
            const Timing reference = runProcess(
                lspci, {QStringLiteral("-nnk"), QStringLiteral("-A"), QStringLiteral("linux-sysfs"),
                        QStringLiteral("-O"),
                        QStringLiteral("sysfs.path=") + tree.path() + QStringLiteral("/sys/bus/pci")});
            listWall.append(list.wallMs);
            listCpu.append(list.cpuMs);
            lspciWall.append(reference.wallMs);
            lspciCpu.append(reference.cpuMs);
            listDevices = list.devices;
            lspciDevices = reference.devices;
        }
        if (scanned != size || listDevices != size || lspciDevices != size) {
            err << QStringLiteral("device counts disagree for %1: scan %2, list %3, lspci %4")
                       .arg(size)
                       .arg(scanned)
                       .arg(listDevices)
                       .arg(lspciDevices)
                << Qt::endl;
            return 1;
        }
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9")
                   .arg(size, 7)
                   .arg(cell(scanWall, 9), cell(scanCpu, 8), cell(median(listWall), 9),
                        cell(median(lspciWall), 10),
                        QStringLiteral("%1").arg(median(listWall) / median(lspciWall), 10, 'f', 2),
                        cell(median(listCpu), 8), cell(median(lspciCpu), 9))
                   .arg(median(listCpu) / median(lspciCpu), 9, 'f', 2)
            << Qt::endl;
        breakdown << QStringLiteral("%1 | %2 | %3 | %4")
                         .arg(size, 7)
                         .arg(cell(sysfsOnly, 10), cell(withNames - sysfsOnly, 14),
                              cell(withModules - sysfsOnly, 16));
    }
    out << Qt::endl
        << "scan wall time: sysfs reading alone, and what name (libpci) and module (libkmod) lookups add"
        << Qt::endl
        << "devices |      sysfs |        + names |        + modules" << Qt::endl;
    for (const QString &line : std::as_const(breakdown))
        out << line << Qt::endl;
    return 0;
}
