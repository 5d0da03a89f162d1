#include "GuiCommandLine.h"

#include "SampleMachine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace vfio {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("main", text);
}

struct Options
{
    QCommandLineOption root{QStringLiteral("root"),
                            tr("Read the system below DIR (a snapshot) instead of this computer; read-only."),
                            QStringLiteral("DIR"), QStringLiteral("/")};
    QCommandLineOption sample{QStringLiteral("sample"), tr("Open the built-in sample machine.")};
    QCommandLineOption tick{QStringLiteral("tick"),
                            tr("Tick ADDRESS at start (with its group; host-critical devices included)."),
                            QStringLiteral("ADDRESS")};
    QCommandLineOption select{QStringLiteral("select"), tr("Show the details of ADDRESS at start."),
                              QStringLiteral("ADDRESS")};
    QCommandLineOption tray{QStringLiteral("tray"),
                            tr("Start in the system tray, without a window until asked.")};
    QCommandLineOption setup{QStringLiteral("first-time-setup"),
                             tr("Open the first-time setup assistant at start.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  tr("Save a picture of the window to FILE and quit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption reviewScreenshot{QStringLiteral("review-screenshot"),
                                        tr("Open the review dialog, save a picture of it to FILE and quit."),
                                        QStringLiteral("FILE")};
    QCommandLineOption firstPaint{
        QStringLiteral("exit-after-first-paint"),
        tr("Benchmark: print the time from process start to the first paint, then quit.")};
};

void complain(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

std::optional<MainWindow::Source> sourceFrom(const QCommandLineParser &parser, const Options &options)
{
    MainWindow::Source source;
    if (parser.isSet(options.sample)) {
        source.root = sampleMachineRoot();
        source.sample = true;
        if (source.root.isEmpty()) {
            complain(tr("The sample machine is not installed; set VFIO_ISOLATOR_SAMPLE_DIR or reinstall."));
            return std::nullopt;
        }
        return source;
    }
    const QString root = parser.value(options.root);
    if (!QDir(root).exists()) {
        complain(tr("--root %1: no such folder; give the folder that holds the snapshot's sys/ and proc/.")
                     .arg(root));
        return std::nullopt;
    }
    source.root = root == QLatin1String("/") ? root : QDir(root).absolutePath();
    return source;
}

} // namespace

std::optional<GuiCommandLine> GuiCommandLine::parse(const QApplication &app)
{
    const Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Give PCI devices to virtual machines: pick them by IOMMU group, review, apply through the helper."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const QCommandLineOption *option :
         {&options.root, &options.sample, &options.tick, &options.select, &options.tray, &options.setup,
          &options.screenshot, &options.reviewScreenshot, &options.firstPaint})
        parser.addOption(*option);
    parser.process(app);

    const auto source = sourceFrom(parser, options);
    if (!source)
        return std::nullopt;
    GuiCommandLine line;
    line.source = *source;
    line.ticks = parser.values(options.tick);
    line.select = parser.value(options.select);
    line.trayOnly = parser.isSet(options.tray);
    line.openSetup = parser.isSet(options.setup);
    line.screenshot = parser.value(options.screenshot);
    line.reviewScreenshot = parser.value(options.reviewScreenshot);
    line.exitAfterFirstPaint = parser.isSet(options.firstPaint);
    return line;
}

} // namespace vfio
