// SPDX-License-Identifier: GPL-3.0-or-later
// vfio-isolator-helper: the privileged D-Bus system service of VFIO Isolator. Started on demand by the bus
// (through systemd), exits when idle. See docs/security.md.
#include "HelperService.h"
#include "PolkitAuthorizer.h"
#include "ServicePublisher.h"
#include "base/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QFileInfo>

#include <cstdio>
#include <sys/stat.h>

namespace {

using vfio::fail;
using vfio::Result;

int exitWith(const vfio::Failure &failure)
{
    std::fprintf(stderr, "vfio-isolator-helper: %s\n", qUtf8Printable(failure.message));
    return 1;
}

struct CommandLine
{
    QCommandLineOption root{
        QStringLiteral("root"),
        QStringLiteral(
            "Work on the system under DIR instead of /: read DIR/sys, write DIR/etc and DIR/var/lib, "
            "run the initramfs tool found inside DIR. For tests."),
        QStringLiteral("DIR"), QStringLiteral("/")};
    QCommandLineOption idle{QStringLiteral("idle-timeout"),
                            QStringLiteral("Exit after SECONDS without calls or work (default 60)."),
                            QStringLiteral("SECONDS"), QStringLiteral("60")};
    QCommandLineOption commandTimeout{
        QStringLiteral("command-timeout"),
        QStringLiteral("Stop an initramfs tool that runs longer than SECONDS (default 600)."),
        QStringLiteral("SECONDS"), QStringLiteral("600")};
};

void parseCommandLine(QCommandLineParser &parser, const CommandLine &options, const QCoreApplication &app)
{
    parser.setApplicationDescription(
        QStringLiteral("Privileged D-Bus helper of VFIO Isolator. Normally started by "
                       "the system bus; use --root only for tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.root, options.idle, options.commandTimeout});
    parser.process(app);
}

// A timeout option's value in milliseconds: a number of seconds in (0, 86400].
Result<int> timeoutMs(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 86400)
        return fail(QStringLiteral("--%1 needs a number of seconds between 0 and 86400.")
                        .arg(option.names().first()));
    return static_cast<int>(seconds * 1000);
}

Result<vfio::HelperService::Options> serviceOptions(const QCommandLineParser &parser,
                                                    const CommandLine &options)
{
    vfio::HelperService::Options service;
    const QFileInfo root(parser.value(options.root));
    if (!root.isDir())
        return fail(QStringLiteral("--root %1 is not a folder.").arg(parser.value(options.root)));
    service.root = root.canonicalFilePath();
    const Result<int> idle = timeoutMs(parser, options.idle);
    if (!idle)
        return idle.failure();
    service.idleTimeoutMs = *idle;
    const Result<int> commandTimeout = timeoutMs(parser, options.commandTimeout);
    if (!commandTimeout)
        return commandTimeout.failure();
    service.commandTimeoutMs = *commandTimeout;
    return service;
}

} // namespace

int main(int argc, char *argv[])
{
    ::umask(022);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vfio-isolator-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    const CommandLine commandLine;
    parseCommandLine(parser, commandLine, app);
    const Result<vfio::HelperService::Options> options = serviceOptions(parser, commandLine);
    if (!options)
        return exitWith(options.failure());

    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return exitWith(
            fail(QStringLiteral("Cannot connect to the system bus: %1").arg(bus.lastError().message())));

    vfio::PolkitAuthorizer polkit;
    vfio::HelperService service(*options, polkit);
    service.recoverInterruptedTransaction();
    if (const Result<void> published = vfio::publishService(bus, service); !published)
        return exitWith(published.failure());

    QObject::connect(&service, &vfio::HelperService::idleTimeout, &app, &QCoreApplication::quit);
    return app.exec();
}
