// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSupport.h"

#include "report/HardwareReport.h"

#include "Command.h"
#include "HelperInterface.h"
#include "topology/PciAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli", text);
}

// QCommandLineParser's help begins "Usage: <argv[0]> [options] ...": the path as typed and no subcommand.
// `program` ("vfio-isolator-cli preview") takes its place.
QString helpText(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    const QString invoked = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = invoked.isEmpty() ? -1 : text.indexOf(invoked);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, invoked.size(), program);
    return text;
}

// "02:00.0" as lspci prints it is completed to "0000:02:00.0". The rest must be what the helper accepts: the
// full form domain:bus:device.function (it checks again, never trusting a client).
std::optional<PciAddress> typedAddress(const QString &typed)
{
    static const QRegularExpression shortForm(QStringLiteral("^[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.[0-7]$"));
    const QString text = shortForm.match(typed).hasMatch() ? QStringLiteral("0000:") + typed : typed;
    const auto address = PciAddress::parse(text);
    if (!address || address->toString() != text.toLower())
        return std::nullopt;
    return address;
}

// Positional arguments as the command expects them; a sentence when they are not.
QString positionalProblem(const QStringList &positional, Positionals positionals, const QString &program)
{
    switch (positionals) {
    case Positionals::None:
        if (!positional.isEmpty())
            return tr("Unexpected argument '%1'. Run '%2 --help' for the options.")
                .arg(positional.constFirst(), program);
        break;
    case Positionals::PciAddresses:
        if (positional.isEmpty())
            return tr("Name at least one PCI address, e.g. 0000:01:00.0 (see 'vfio-isolator-cli list').");
        for (const QString &typed : positional) {
            if (!typedAddress(typed))
                return tr("'%1' is not a PCI address: write it as 0000:01:00.0, or 01:00.0 as lspci prints "
                          "it (see 'vfio-isolator-cli list').")
                    .arg(typed.left(40));
        }
        break;
    case Positionals::OptionalFile:
        if (positional.size() > 1)
            return tr("Name one file at most; '%1' is one too many.").arg(positional.at(1).left(80));
        break;
    }
    return {};
}
} // namespace

QCommandLineOption rootOption()
{
    return QCommandLineOption(QStringLiteral("root"),
                              tr("Read the system below DIR (a snapshot folder with sys/, proc/ and "
                                 "lib/modules/, or a report file made by 'report') instead of this machine."),
                              QStringLiteral("DIR"), QStringLiteral("/"));
}

QCommandLineOption jsonOption(const QString &help)
{
    return QCommandLineOption(QStringLiteral("json"), help);
}

QCommandLineOption helperJsonOption()
{
    return jsonOption(tr("Print the helper's JSON answer."));
}

QCommandLineOption yesOption(const QString &help)
{
    return QCommandLineOption(QStringList{QStringLiteral("y"), QStringLiteral("yes")}, help);
}

bool jsonRequested(const QCommandLineParser &parser)
{
    return parser.optionNames().contains(QStringLiteral("json"));
}

void reportError(QTextStream &out, QTextStream &err, bool json, const QString &errorName,
                 const QString &message)
{
    if (!json) {
        err << message << Qt::endl;
        return;
    }
    const QJsonObject error{{QStringLiteral("ok"), false},
                            {QStringLiteral("error"), message},
                            {QStringLiteral("errorName"), errorName}};
    out << QJsonDocument(error).toJson(QJsonDocument::Indented) << Qt::flush;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err, Positionals positionals)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QString program = arguments.value(0);
    if (!parser.parse(arguments)) {
        reportError(out, err, jsonRequested(parser), helpererrors::errorName(HelperError::InvalidArgument),
                    parser.errorText() + QLatin1Char('\n') +
                        tr("Run '%1 --help' for the options.").arg(program));
        return UsageError;
    }
    // --help-all too (added with --help): parse() leaves it to the caller, and the command must not run.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        out << helpText(parser, program);
        return Success;
    }
    const QString problem = positionalProblem(parser.positionalArguments(), positionals, program);
    if (!problem.isEmpty()) {
        reportError(out, err, jsonRequested(parser), helpererrors::errorName(HelperError::InvalidArgument),
                    problem);
        return UsageError;
    }
    return std::nullopt;
}

QStringList pciAddresses(const QCommandLineParser &parser)
{
    QStringList addresses;
    for (const QString &typed : parser.positionalArguments()) {
        if (const auto address = typedAddress(typed))
            addresses.append(address->toString());
    }
    return addresses;
}

std::optional<QString> checkedRoot(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString root = parser.value(QStringLiteral("root"));
    const auto refuse = [&](const QString &message) -> std::optional<QString> {
        reportError(out, err, jsonRequested(parser), helpererrors::errorName(HelperError::InvalidArgument),
                    message);
        return std::nullopt;
    };
    const Result<QString> opened = report::openSystemRoot(root);
    if (!opened)
        return refuse(opened.error());
    return *opened;
}

std::optional<int> parseRootCommand(const QString &summary, const QString &jsonHelp,
                                    const QStringList &arguments, QTextStream &out, QTextStream &err,
                                    RootCommandOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary);
    const QCommandLineOption json = jsonOption(jsonHelp);
    parser.addOption(json);
    parser.addOption(rootOption());
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return stop;
    const auto root = checkedRoot(parser, out, err);
    if (!root)
        return UsageError;
    options.root = *root;
    options.json = parser.isSet(json);
    return std::nullopt;
}

} // namespace vfio::cli
