// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiCommandLine.h"

#include "DeviceTreeModel.h"
#include "SampleMachine.h"
#include "report/HardwareReport.h"
#include "report/ReportArchive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace vfio {

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

struct Options
{
    QCommandLineOption root{
        QStringLiteral("root"),
        QCoreApplication::translate("main", "Read the system below DIR (a snapshot folder, or a hardware "
                                            "report file) instead of this computer; read-only."),
        QStringLiteral("DIR"), QStringLiteral("/")};
    QCommandLineOption sample{QStringLiteral("sample"),
                              QCoreApplication::translate("main", "Open the built-in sample machine.")};
    QCommandLineOption tick{QStringLiteral("tick"),
                            QCoreApplication::translate(
                                "main",
                                "Tick ADDRESS at start, as a click would: with its group; a group the host "
                                "needs asks for your confirmation first."),
                            QStringLiteral("ADDRESS")};
    QCommandLineOption select{QStringLiteral("select"),
                              QCoreApplication::translate("main", "Show the details of ADDRESS at start."),
                              QStringLiteral("ADDRESS")};
    QCommandLineOption tray{
        QStringLiteral("tray"),
        QCoreApplication::translate("main", "Start in the system tray, without a window until asked.")};
    QCommandLineOption setup{
        QStringLiteral("first-time-setup"),
        QCoreApplication::translate("main", "Open the first-time setup assistant at start.")};
    // The developer modes (DeveloperModes.cpp): for docs/images and bench/gui, not for a person.
    QCommandLineOption screenshot = hidden(QCommandLineOption(
        QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE")));
    QCommandLineOption reviewScreenshot = hidden(
        QCommandLineOption(QStringLiteral("review-screenshot"),
                           QStringLiteral("Open the review dialog, save a picture of it to FILE and quit."),
                           QStringLiteral("FILE")));
    QCommandLineOption firstPaint = hidden(QCommandLineOption(
        QStringLiteral("exit-after-first-paint"),
        QStringLiteral("Benchmark: print the time from process start to the first paint, then quit.")));
    QCommandLineOption printDevices = hidden(QCommandLineOption(
        QStringLiteral("print-devices"),
        QStringLiteral("Print the device tree's rows as the window shows them (tab-separated), then quit.")));
};

// The parser with every option of `options`, --help and --version.
struct Parser
{
    explicit Parser(const Options &options)
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Give PCI devices to virtual machines: pick them by IOMMU group, "
                    "review, apply through the helper."));
        parser.addHelpOption();
        parser.addVersionOption();
        for (const QCommandLineOption *option :
             {&options.root, &options.sample, &options.tick, &options.select, &options.tray, &options.setup,
              &options.screenshot, &options.reviewScreenshot, &options.firstPaint, &options.printDevices})
            parser.addOption(*option);
    }

    // QCommandLineParser's help begins "Usage: <argv[0]>": the path as typed; the program's name instead.
    void printHelp() const
    {
        QString text = parser.helpText();
        const QString invoked = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        const qsizetype at = invoked.isEmpty() ? -1 : text.indexOf(invoked);
        if (at >= 0 && (lineEnd < 0 || at < lineEnd))
            text.replace(at, invoked.size(), QStringLiteral("vfio-isolator"));
        std::fputs(qPrintable(text), stdout);
        std::fflush(stdout);
    }

    bool asksForHelp() const { return parser.isSet(QStringLiteral("help")); }
    bool asksForVersion() const { return parser.isSet(QStringLiteral("version")); }

    QCommandLineParser parser;
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
            complain(QCoreApplication::translate(
                "main", "The sample machine is not installed; set VFIO_ISOLATOR_SAMPLE_DIR or reinstall."));
            return std::nullopt;
        }
        return source;
    }
    const QString root = parser.value(options.root);
    if (report::looksLikeReportArchive(root)) {
        const Result<QString> folder = report::openSystemRoot(root);
        if (!folder) {
            complain(folder.error());
            return std::nullopt;
        }
        return MainWindow::Source{*folder, false, QFileInfo(root).absoluteFilePath()};
    }
    if (!QDir(root).exists()) {
        complain(QCoreApplication::translate(
                     "main",
                     "--root %1: no such folder; give the folder that holds the snapshot's sys/ and proc/.")
                     .arg(root));
        return std::nullopt;
    }
    source.root = root == QLatin1String("/") ? root : QDir(root).absolutePath();
    return source;
}

} // namespace

std::optional<GuiCommandLine> GuiCommandLine::parse(const QCoreApplication &app)
{
    const Options options;
    Parser parser(options);
    if (parser.parser.parse(QCoreApplication::arguments()) && parser.asksForHelp()) {
        parser.printHelp();
        std::exit(EXIT_SUCCESS);
    }
    parser.parser.process(app); // a mistake, --version or --help-all: printed, and the program exits

    const auto source = sourceFrom(parser.parser, options);
    if (!source)
        return std::nullopt;
    GuiCommandLine line;
    line.source = *source;
    line.ticks = parser.parser.values(options.tick);
    line.select = parser.parser.value(options.select);
    line.trayOnly = parser.parser.isSet(options.tray);
    line.openSetup = parser.parser.isSet(options.setup);
    line.screenshot = parser.parser.value(options.screenshot);
    line.reviewScreenshot = parser.parser.value(options.reviewScreenshot);
    line.exitAfterFirstPaint = parser.parser.isSet(options.firstPaint);
    line.printDevices = parser.parser.isSet(options.printDevices);
    return line;
}

bool GuiCommandLine::asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version")
            return true;
    }
    return false;
}

std::optional<int> GuiCommandLine::answerHelpOrVersion(const QStringList &arguments)
{
    const Options options;
    Parser parser(options);
    if (!parser.parser.parse(arguments))
        return std::nullopt;
    if (parser.asksForHelp()) {
        parser.printHelp();
        return EXIT_SUCCESS;
    }
    if (parser.asksForVersion()) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        std::fflush(stdout);
        return EXIT_SUCCESS;
    }
    return std::nullopt; // --help-all lists Qt's options, which QApplication adds
}

void tickAtStart(DeviceTreeModel &model, const QStringList &addresses)
{
    for (const QString &address : addresses) {
        const auto parsed = PciAddress::parse(address);
        const QModelIndex index = parsed ? model.indexOf(*parsed) : QModelIndex();
        if (!index.isValid()) {
            complain(QCoreApplication::translate(
                         "main", "--tick %1: there is no such device here (see the addresses in the list).")
                         .arg(address));
            continue;
        }
        model.setData(index, Qt::Checked, Qt::CheckStateRole);
    }
}

} // namespace vfio
