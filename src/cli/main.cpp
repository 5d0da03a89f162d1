// SPDX-License-Identifier: GPL-3.0-or-later
// vfio-isolator-cli: the command-line face of VFIO Isolator. A small dispatcher: the first argument names
// a subcommand (see Commands.cpp), which parses the rest.
#include "Commands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

void printOverview(QTextStream &stream, const std::vector<std::unique_ptr<vfio::cli::Command>> &commands)
{
    stream << QCoreApplication::translate("vfio::cli", "Usage: %1 <command> [options]")
                  .arg(QCoreApplication::applicationName())
           << Qt::endl
           << Qt::endl
           << QCoreApplication::translate("vfio::cli", "Commands:") << Qt::endl;
    qsizetype width = 0; // the summaries start in one column
    for (const auto &command : commands)
        width = std::max(width, command->name().size());
    for (const auto &command : commands)
        stream << QStringLiteral("  %1  %2")
                      .arg(command->name(), -static_cast<int>(width))
                      .arg(command->summary())
               << Qt::endl;
    stream << Qt::endl
           << QCoreApplication::translate("vfio::cli", "Run '%1 <command> --help' for a command's options.")
                  .arg(QCoreApplication::applicationName())
           << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vfio-isolator-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VFIO_ISOLATOR_VERSION));
    vfio::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = vfio::cli::makeCommands();
    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);

    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printOverview(out, commands);
        return vfio::cli::Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ')
            << QCoreApplication::applicationVersion() << Qt::endl;
        return vfio::cli::Success;
    }
    for (const auto &command : commands) {
        if (command->name() == first) {
            QStringList commandArguments = arguments.mid(2);
            commandArguments.prepend(QCoreApplication::applicationName() + QLatin1Char(' ') + first);
            return command->run(commandArguments, out, err);
        }
    }
    if (first.isEmpty())
        err << QCoreApplication::translate("vfio::cli", "No command given.") << Qt::endl;
    else
        err << QCoreApplication::translate("vfio::cli", "Unknown command '%1'.").arg(first) << Qt::endl;
    printOverview(err, commands);
    return vfio::cli::UsageError;
}
