#include "CommandSupport.h"

#include "Command.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli", text);
}
} // namespace

QCommandLineOption rootOption()
{
    return QCommandLineOption(QStringLiteral("root"),
                              tr("Read the system below DIR (a snapshot or hardware report with sys/, proc/ "
                                 "and lib/modules/) instead of this machine."),
                              QStringLiteral("DIR"), QStringLiteral("/"));
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err, Positionals positionals)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl
            << tr("Run '%1 --help' for the options.").arg(arguments.value(0)) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positionals == Positionals::PciAddresses && positional.isEmpty()) {
        err << tr("Name at least one PCI address, e.g. 0000:01:00.0 (see 'vfio-isolator-cli list').")
            << Qt::endl;
        return UsageError;
    }
    if (positionals == Positionals::None && !positional.isEmpty()) {
        err << tr("Unexpected argument '%1'. Run '%2 --help' for the options.")
                   .arg(positional.constFirst(), arguments.value(0))
            << Qt::endl;
        return UsageError;
    }
    return std::nullopt;
}

std::optional<QString> checkedRoot(const QCommandLineParser &parser, QTextStream &err)
{
    const QString root = parser.value(QStringLiteral("root"));
    const QFileInfo info(root);
    if (!info.exists()) {
        err << tr("The root directory %1 does not exist. Give --root the folder that holds sys/, proc/ and "
                  "lib/modules/.")
                   .arg(root)
            << Qt::endl;
        return std::nullopt;
    }
    if (!info.isDir() || !info.isReadable() || !info.isExecutable()) {
        err << tr("The root %1 is not a readable directory. Check its permissions, or give --root another "
                  "folder.")
                   .arg(root)
            << Qt::endl;
        return std::nullopt;
    }
    const QString devices = QDir(root).filePath(QStringLiteral("sys/bus/pci/devices"));
    const QFileInfo devicesInfo(devices);
    if (!devicesInfo.isDir() || !devicesInfo.isReadable()) {
        err << tr("%1 has no readable sys/bus/pci/devices, so it is not a system root. On this machine, is "
                  "/sys mounted? For a hardware report, give --root the folder that contains sys/.")
                   .arg(root)
            << Qt::endl;
        return std::nullopt;
    }
    return root;
}

std::optional<int> parseRootCommand(const QString &summary, const QString &jsonHelp,
                                    const QStringList &arguments, QTextStream &out, QTextStream &err,
                                    RootCommandOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption json(QStringLiteral("json"), jsonHelp);
    parser.addOption(json);
    parser.addOption(rootOption());
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return stop;
    const auto root = checkedRoot(parser, err);
    if (!root)
        return UsageError;
    options.root = *root;
    options.json = parser.isSet(json);
    return std::nullopt;
}

} // namespace vfio::cli
