// vfio-isolator-helper: the privileged D-Bus system service of VFIO Isolator. Started on demand by the bus
// (through systemd), exits when idle. See docs/security.md.
#include "HelperService.h"
#include "helper1adaptor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <sys/stat.h>

namespace {

const QString serviceName = QStringLiteral("io.github.vfio_isolator.Helper");
const QString objectPath = QStringLiteral("/io/github/vfio_isolator/Helper");

int fail(const QString &message)
{
    std::fprintf(stderr, "vfio-isolator-helper: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    ::umask(022);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vfio-isolator-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Privileged D-Bus helper of VFIO Isolator. Normally started by "
                       "the system bus; use --root only for tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(
        QStringLiteral("root"),
        QStringLiteral(
            "Work on the system under DIR instead of /: read DIR/sys, write DIR/etc and DIR/var/lib, "
            "run the initramfs tool found inside DIR. For tests."),
        QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Exit after SECONDS without calls or work (default 60)."), QStringLiteral("SECONDS"),
        QStringLiteral("60"));
    const QCommandLineOption commandTimeoutOption(
        QStringLiteral("command-timeout"),
        QStringLiteral("Stop an initramfs tool that runs longer than SECONDS (default 600)."),
        QStringLiteral("SECONDS"), QStringLiteral("600"));
    parser.addOptions({rootOption, idleOption, commandTimeoutOption});
    parser.process(app);

    vfio::HelperService::Options options;
    const QFileInfo root(parser.value(rootOption));
    if (!root.isDir())
        return fail(QStringLiteral("--root %1 is not a folder.").arg(parser.value(rootOption)));
    options.root = root.canonicalFilePath();
    bool ok = false;
    const double idleSeconds = parser.value(idleOption).toDouble(&ok);
    if (!ok || idleSeconds <= 0 || idleSeconds > 86400)
        return fail(QStringLiteral("--idle-timeout needs a number of seconds between 0 and 86400."));
    options.idleTimeoutMs = static_cast<int>(idleSeconds * 1000);
    const double commandSeconds = parser.value(commandTimeoutOption).toDouble(&ok);
    if (!ok || commandSeconds <= 0 || commandSeconds > 86400)
        return fail(QStringLiteral("--command-timeout needs a number of seconds between 0 and 86400."));
    options.commandTimeoutMs = static_cast<int>(commandSeconds * 1000);

    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return fail(QStringLiteral("Cannot connect to the system bus: %1").arg(bus.lastError().message()));

    vfio::HelperService service(options);
    service.recoverInterruptedTransaction();
    new Helper1Adaptor(&service); // owned by the service; relays its signals
    if (!bus.registerObject(objectPath, &service))
        return fail(QStringLiteral("Cannot register %1: %2").arg(objectPath, bus.lastError().message()));
    // Queueing would leave a second helper waiting with stale state: refuse instead.
    const auto reply =
        bus.interface()->registerService(serviceName, QDBusConnectionInterface::DontQueueService,
                                         QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid() || reply.value() != QDBusConnectionInterface::ServiceRegistered)
        return fail(QStringLiteral("Cannot own the bus name %1 (only root may, and only once): %2")
                        .arg(serviceName, reply.error().message()));

    QObject::connect(&service, &vfio::HelperService::idleTimeout, &app, &QCoreApplication::quit);
    return app.exec();
}
