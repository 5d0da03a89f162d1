// SPDX-License-Identifier: GPL-3.0-or-later
// Time from process start to the first paint of the main window, on a generated machine of N devices.
// Each run starts `vfio-isolator --root TREE --exit-after-first-paint` and measures, from just before the
// process is started until it prints "first-paint" (printed once the window's first paint event has been
// handled); the program's own figure (from its kernel start time, 10 ms resolution) is shown beside it.
#include "MachineGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Run
{
    double outsideMs = -1; // measured here, includes fork/exec and dynamic linking
    double insideMs = -1;  // the program's own "since process start"
};

Run runOnce(const QString &program, const QString &tree, const QString &platform, QString *error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {QStringLiteral("--root"), tree, QStringLiteral("--exit-after-first-paint")});
    Run run;
    QByteArray output;
    while (process.waitForReadyRead(20000)) {
        output += process.readAllStandardOutput();
        if (output.contains('\n'))
            break;
    }
    run.outsideMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(20000);
    const QByteArray line = output.trimmed();
    if (!line.startsWith("first-paint ")) {
        *error = QStringLiteral("no first paint reported (%1)")
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    run.insideMs = line.mid(12).toDouble();
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up time of vfio-isolator up to its first paint."));
    parser.addHelpOption();
    const QCommandLineOption devicesOption(QStringLiteral("devices"), QStringLiteral("Devices to generate."),
                                           QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (median reported)."),
                                        QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption platformOption(
        QStringLiteral("platform"), QStringLiteral("QT_QPA_PLATFORM for the program; default: as inherited."),
        QStringLiteral("NAME"));
    const QCommandLineOption keepOption(
        QStringLiteral("generate-only"),
        QStringLiteral("Only write the machine into DIR (for trying by hand)."), QStringLiteral("DIR"));
    parser.addOptions({devicesOption, runsOption, platformOption, keepOption});
    parser.process(app);

    const int devices = parser.value(devicesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QString error;
    if (parser.isSet(keepOption)) {
        const bool written =
            vfio::bench::generateMachine(parser.value(keepOption), parser.value(devicesOption).toInt(),
                                         QStringLiteral(VFIO_BENCH_MODULES_DIR), &error);
        if (!written)
            err << "Could not generate the machine: " << error << Qt::endl;
        return written ? 0 : 1;
    }
    QTemporaryDir tree;
    if (!tree.isValid() ||
        !vfio::bench::generateMachine(tree.path(), devices, QStringLiteral(VFIO_BENCH_MODULES_DIR), &error)) {
        err << "Could not generate the machine: " << error << Qt::endl;
        return 1;
    }
    const QString program = QStringLiteral(VFIO_BENCH_GUI_PATH);
    // One unmeasured run warms the page cache and pci.ids, as a second start of the program would find them.
    runOnce(program, tree.path(), parser.value(platformOption), &error);
    QList<double> outside;
    QList<double> inside;
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(program, tree.path(), parser.value(platformOption), &error);
        if (run.outsideMs < 0) {
            err << "Run " << i + 1 << " failed: " << error << Qt::endl;
            return 1;
        }
        outside.append(run.outsideMs);
        inside.append(run.insideMs);
    }
    out << "devices: " << devices << ", runs: " << runs << Qt::endl;
    out << "start -> first paint (measured outside), median: " << QString::number(median(outside), 'f', 1)
        << " ms, min: " << QString::number(*std::min_element(outside.cbegin(), outside.cend()), 'f', 1)
        << " ms, max: " << QString::number(*std::max_element(outside.cbegin(), outside.cend()), 'f', 1)
        << " ms" << Qt::endl;
    out << "process start -> first paint (program's own clock, 10 ms steps), median: "
        << QString::number(median(inside), 'f', 1) << " ms" << Qt::endl;
    const double target = 400;
    out << (median(outside) < target ? "within" : "OVER") << " the 400 ms target" << Qt::endl;
    return median(outside) < target ? 0 : 3;
}
