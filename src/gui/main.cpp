#include "DesktopSession.h"
#include "DeviceTreeModel.h"
#include "FirstPaintProbe.h"
#include "HelperService.h"
#include "MainWindow.h"
#include "ReviewDialog.h"
#include "SampleMachine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <future>

namespace {

// Saves a picture of `widget` once pending events (layout, the helper's answer) have been handled.
void grabLater(QWidget *widget, const QString &file, int delayMs)
{
    QTimer::singleShot(delayMs, widget, [widget, file] {
        if (!widget->grab().save(file))
            std::fprintf(stderr, "Could not save the screenshot %s\n", qPrintable(file));
    });
}

// The root the command line asks for, found before Qt starts (the full parsing comes later): "--root DIR",
// "--root=DIR" or "--sample". Empty when it is not a folder; the window then reads it itself.
QString earlyRoot(int argc, char *argv[])
{
    QString root = QStringLiteral("/");
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--sample"))
            return vfio::sampleMachineRoot();
        if (argument == QLatin1String("--root") && i + 1 < argc)
            root = QString::fromLocal8Bit(argv[++i]);
        else if (argument.startsWith(QLatin1String("--root=")))
            root = argument.mid(7);
    }
    if (!QFileInfo(root).isDir())
        return {};
    return root == QLatin1String("/") ? root : QDir(root).absolutePath();
}

// The program as a person uses it: one copy per user and display (a second start raises the first), the
// window and, while it is on, the tray.
int runDesktopSession(const vfio::MainWindow::Source &source, bool trayOnly,
                      std::future<vfio::MachineReading> reading, const QStringList &ticks,
                      const QString &select, bool openSetup)
{
    vfio::DesktopSession session({source, trayOnly, std::move(reading)});
    const QStringList request =
        trayOnly ? QStringList{QStringLiteral("tray")} : QStringList{QStringLiteral("raise"), select};
    // Only this computer is single-instance: a snapshot or the sample opens beside it.
    const bool live = source.root == QLatin1String("/") && !source.sample;
    if (live && session.handOverToRunningCopy(request))
        return 0;
    session.start();
    if (!trayOnly) {
        for (const QString &address : ticks) {
            if (const auto parsed = vfio::PciAddress::parse(address))
                session.window()->model()->tickWithOverride(*parsed);
        }
        if (!select.isEmpty())
            session.window()->selectDevice(select);
        if (openSetup)
            session.window()->openFirstTimeSetup();
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Reading a big machine takes a while: start it now, on a worker thread, while Qt and the window start.
    const QString readingRoot = earlyRoot(argc, argv);
    std::future<vfio::MachineReading> reading;
    if (!readingRoot.isEmpty())
        reading = std::async(std::launch::async, vfio::readMachine, readingRoot);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vfio-isolator"));
    QApplication::setOrganizationName(QStringLiteral("vfio-isolator"));
    QApplication::setApplicationDisplayName(QStringLiteral("VFIO Isolator"));
    QApplication::setApplicationVersion(QStringLiteral(VFIO_ISOLATOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.vfio_isolator"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.vfio_isolator.png")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("vfio-isolator"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Give PCI devices to virtual machines: pick them by IOMMU group, review, apply through the helper."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(QStringLiteral("root"),
                                        QApplication::translate("main",
                                                                "Read the system below DIR (a snapshot) "
                                                                "instead of this computer; read-only."),
                                        QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"), QApplication::translate("main", "Open the built-in sample machine."));
    const QCommandLineOption tickOption(QStringLiteral("tick"),
                                        QApplication::translate("main",
                                                                "Tick ADDRESS at start (with its group; "
                                                                "host-critical devices included)."),
                                        QStringLiteral("ADDRESS"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), QApplication::translate("main", "Show the details of ADDRESS at start."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption reviewShotOption(
        QStringLiteral("review-screenshot"),
        QApplication::translate("main", "Open the review dialog, save a picture of it to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("exit-after-first-paint"),
        QApplication::translate(
            "main", "Benchmark: print the time from process start to the first paint, then quit."));
    const QCommandLineOption trayOption(
        QStringLiteral("tray"),
        QApplication::translate("main", "Start in the system tray, without a window until asked."));
    const QCommandLineOption setupOption(
        QStringLiteral("first-time-setup"),
        QApplication::translate("main", "Open the first-time setup assistant at start."));
    for (const auto &option : {rootOption, sampleOption, tickOption, selectOption, screenshotOption,
                               reviewShotOption, firstPaintOption, trayOption, setupOption})
        parser.addOption(option);
    parser.process(app);

    vfio::MainWindow::Source source;
    if (parser.isSet(sampleOption)) {
        source.root = vfio::sampleMachineRoot();
        source.sample = true;
        if (source.root.isEmpty()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "The sample machine is not installed; set "
                                                           "VFIO_ISOLATOR_SAMPLE_DIR or reinstall.")));
            return 2;
        }
    } else {
        const QString root = parser.value(rootOption);
        if (!QDir(root).exists()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "--root %1: no such folder; give the folder that "
                                                           "holds the snapshot's sys/ and proc/.")
                               .arg(root)));
            return 2;
        }
        source.root = root == QLatin1String("/") ? root : QDir(root).absolutePath();
    }

    if (reading.valid() && readingRoot != source.root)
        reading = {}; // asked for something else after all (e.g. the sample's installed copy)
    const bool developerMode =
        parser.isSet(screenshotOption) || parser.isSet(reviewShotOption) || parser.isSet(firstPaintOption);
    if (!developerMode)
        return runDesktopSession(source, parser.isSet(trayOption), std::move(reading),
                                 parser.values(tickOption), parser.value(selectOption),
                                 parser.isSet(setupOption));
    vfio::MainWindow window(source, nullptr, nullptr, std::move(reading));
    if (parser.isSet(firstPaintOption))
        window.installEventFilter(new vfio::FirstPaintProbe(&window));
    for (const QString &address : parser.values(tickOption)) {
        if (const auto parsed = vfio::PciAddress::parse(address))
            window.model()->tickWithOverride(*parsed);
    }
    if (parser.isSet(selectOption))
        window.selectDevice(parser.value(selectOption));
    if (parser.isSet(screenshotOption) || parser.isSet(reviewShotOption))
        window.resize(1280, 800); // the documented screenshot size
    window.show();

    if (parser.isSet(screenshotOption)) {
        grabLater(&window, parser.value(screenshotOption), 500);
        QTimer::singleShot(700, &app, &QCoreApplication::quit);
    } else if (parser.isSet(reviewShotOption)) {
        QTimer::singleShot(300, &window, [&window, &parser, &reviewShotOption] {
            vfio::ReviewDialog *dialog = window.openReview();
            grabLater(dialog, parser.value(reviewShotOption), 800);
        });
        QTimer::singleShot(1400, &app, &QCoreApplication::quit);
    }
    return QApplication::exec();
}
