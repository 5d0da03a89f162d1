// vfio-isolator: the window, the tray and the first-time setup (DesktopSession), or one of the developer
// modes (DeveloperModes.cpp) that docs/images and bench/gui use.
#include "DesktopSession.h"
#include "DeveloperModes.h"
#include "DeviceTreeModel.h"
#include "GuiCommandLine.h"
#include "SampleMachine.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include <future>

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

void describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("vfio-isolator"));
    QApplication::setOrganizationName(QStringLiteral("vfio-isolator"));
    QApplication::setApplicationDisplayName(QStringLiteral("VFIO Isolator"));
    QApplication::setApplicationVersion(QStringLiteral(VFIO_ISOLATOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.vfio_isolator"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.vfio_isolator.png")));
}

// The program as a person uses it: one copy per user and display (a second start raises the first), the
// window and, while it is on, the tray.
int runDesktopSession(const vfio::GuiCommandLine &commandLine, std::future<vfio::MachineReading> reading)
{
    vfio::DesktopSession session({commandLine.source, commandLine.trayOnly, std::move(reading)});
    const QStringList request = commandLine.trayOnly
                                    ? QStringList{QStringLiteral("tray")}
                                    : QStringList{QStringLiteral("raise"), commandLine.select};
    // Only this computer is single-instance: a snapshot or the sample opens beside it.
    const bool live = commandLine.source.root == QLatin1String("/") && !commandLine.source.sample;
    if (live && session.handOverToRunningCopy(request))
        return 0;
    session.start();
    if (commandLine.trayOnly)
        return QApplication::exec();
    for (const QString &address : commandLine.ticks) {
        if (const auto parsed = vfio::PciAddress::parse(address))
            session.window()->model()->tickWithOverride(*parsed);
    }
    if (!commandLine.select.isEmpty())
        session.window()->selectDevice(commandLine.select);
    if (commandLine.openSetup)
        session.window()->openFirstTimeSetup();
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
    describeApplication();
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("vfio-isolator"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    const auto commandLine = vfio::GuiCommandLine::parse(app);
    if (!commandLine)
        return 2;
    if (reading.valid() && readingRoot != commandLine->source.root)
        reading = {}; // asked for something else after all (e.g. the sample's installed copy)
    if (commandLine->developerMode())
        return vfio::runDeveloperMode(*commandLine, std::move(reading));
    return runDesktopSession(*commandLine, std::move(reading));
}
