// SPDX-License-Identifier: GPL-3.0-or-later
// vfio-isolator: the window, the tray and the first-time setup (DesktopSession), or one of the developer
// modes (DeveloperModes.cpp) that docs/images and bench/gui use.
#include "DesktopSession.h"
#include "DeveloperModes.h"
#include "GuiCommandLine.h"
#include "SampleMachine.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>
#include <cstdlib>
#include <future>
#include <optional>
#include <vector>

namespace {

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

// Whether Qt has a display to try: X11's DISPLAY, a Wayland compositor's WAYLAND_DISPLAY, or a platform or
// display named on purpose (QT_QPA_PLATFORM or -platform: offscreen in the tests, vnc, eglfs; -display).
bool displayNamed(int argc, char *argv[])
{
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-platform" || argument == "--platform" || argument == "-display" ||
            argument == "--display")
            return true;
    }
    return false;
}

QString noDisplayText()
{
    const QString display = qEnvironmentVariable("WAYLAND_DISPLAY", qEnvironmentVariable("DISPLAY"));
    const QString problem =
        display.isEmpty()
            ? QCoreApplication::translate("main",
                                          "there is no display to show the window on (neither DISPLAY "
                                          "nor WAYLAND_DISPLAY is set)")
            : QCoreApplication::translate("main", "the display %1 cannot be reached").arg(display);
    return QCoreApplication::translate(
               "main", "vfio-isolator: %1. Start it from a desktop session, or use vfio-isolator-cli in a "
                       "terminal.")
        .arg(problem);
}

// While QApplication starts, Qt's messages are held back. When its platform plugin cannot reach the display
// (DISPLAY of a session that is gone, or of another user), Qt ends with qFatal ("... Reinstalling the
// application may fix this problem") and an abort: one line says what is wrong instead, and the program
// exits with 1. Any other start-up message is passed on as it came, a real plugin problem included.
class StartupMessages
{
public:
    StartupMessages() { s_previous = qInstallMessageHandler(&StartupMessages::handle); }
    ~StartupMessages()
    {
        qInstallMessageHandler(s_previous);
        replay();
    }
    StartupMessages(const StartupMessages &) = delete;
    StartupMessages &operator=(const StartupMessages &) = delete;

private:
    struct Held
    {
        QtMsgType type;
        QByteArray category, file, function;
        int line;
        QString message;
    };

    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        QMutexLocker locker(&s_mutex);
        if (message.contains(QLatin1String("could not connect to display")) ||
            message.contains(QLatin1String("Failed to create wl_display")))
            s_displayUnreachable = true;
        // cppcheck-suppress knownConditionTrueFalse ; set just above, by an earlier message or this one
        if (type == QtFatalMsg && s_displayUnreachable) {
            std::fprintf(stderr, "%s\n", qPrintable(noDisplayText()));
            std::fflush(stderr);
            std::_Exit(1);
        }
        if (type == QtFatalMsg) {
            replayLocked();
            s_previous(type, context, message); // Qt aborts after this, as it would have
            return;
        }
        s_held.push_back({type, QByteArray(context.category), QByteArray(context.file),
                          QByteArray(context.function), context.line, message});
    }

    static void replay()
    {
        QMutexLocker locker(&s_mutex);
        replayLocked();
    }

    static void replayLocked()
    {
        for (const Held &held : s_held) {
            const QMessageLogContext context(held.file.isNull() ? nullptr : held.file.constData(), held.line,
                                             held.function.isNull() ? nullptr : held.function.constData(),
                                             held.category.isNull() ? nullptr : held.category.constData());
            s_previous(held.type, context, held.message);
        }
        s_held.clear();
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline std::vector<Held> s_held;
    static inline bool s_displayUnreachable = false;
};

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("vfio-isolator"));
    QCoreApplication::setOrganizationName(QStringLiteral("vfio-isolator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VFIO_ISOLATOR_VERSION));
}

void describeWindows()
{
    QApplication::setApplicationDisplayName(QStringLiteral("VFIO Isolator"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.vfio_isolator"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.vfio_isolator"),
                         QIcon(QStringLiteral(":/icons/io.github.vfio_isolator.png"))));
}

// What needs no window, answered with a QCoreApplication (QApplication would abort without a display):
// --help and --version always; without a display also mistakes in the command line, and then the reason
// the window cannot open. Nothing when the program should go on and open its window.
std::optional<int> answerWithoutWindow(int argc, char *argv[])
{
    const bool display = displayNamed(argc, argv);
    if (display && !vfio::GuiCommandLine::asksForHelpOrVersion(argc, argv))
        return std::nullopt;
    QCoreApplication app(argc, argv);
    describeApplication();
    vfio::installTranslations(app);
    if (display) // a display may be named that cannot be reached (e.g. under sudo): help needs none
        return vfio::GuiCommandLine::answerHelpOrVersion(QCoreApplication::arguments());
    if (!vfio::GuiCommandLine::parse(app)) // --help, --version and mistakes are answered there
        return 2;
    std::fprintf(stderr, "%s\n", qPrintable(noDisplayText()));
    return 1;
}

// The program as a person uses it: one copy per user and display (a second start raises the first), the
// window and, while it is on, the tray.
int runDesktopSession(const vfio::GuiCommandLine &commandLine, std::future<vfio::MachineReading> reading)
{
    vfio::DesktopSession session({commandLine.source, commandLine.trayOnly, std::move(reading)});
    if (session.handOverToRunningCopy(commandLine.select))
        return 0;
    session.start();
    if (commandLine.trayOnly)
        return QApplication::exec();
    vfio::tickAtStart(*session.window()->model(), commandLine.ticks);
    if (!commandLine.select.isEmpty())
        session.window()->selectDevice(commandLine.select);
    if (commandLine.openSetup)
        session.window()->openFirstTimeSetup();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (const auto exitCode = answerWithoutWindow(argc, argv))
        return *exitCode;

    // Reading a big machine takes a while: start it now, on a worker thread, while Qt and the window start.
    // Only in English: its sentences (host-critical reasons, problems) are made before any translation is
    // installed, which needs the application below.
    const QString readingRoot = vfio::speaksEnglish() ? earlyRoot(argc, argv) : QString();
    std::future<vfio::MachineReading> reading;
    if (!readingRoot.isEmpty())
        reading = std::async(std::launch::async, vfio::readMachine, readingRoot);

    std::optional<StartupMessages> startup(std::in_place);
    QApplication app(argc, argv);
    startup.reset();
    describeApplication();
    describeWindows();
    vfio::installTranslations(app);

    const auto commandLine = vfio::GuiCommandLine::parse(app);
    if (!commandLine)
        return 2;
    if (reading.valid() && readingRoot != commandLine->source.root)
        reading = {}; // asked for something else after all (e.g. the sample's installed copy)
    if (commandLine->developerMode())
        return vfio::runDeveloperMode(*commandLine, std::move(reading));
    return runDesktopSession(*commandLine, std::move(reading));
}
