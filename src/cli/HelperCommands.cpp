#include "HelperCommands.h"

#include "CommandSupport.h"
#include "HelperClient.h"
#include "topology/PciAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <unistd.h>

namespace vfio::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::HelperCommands", text);
}

// "02:00.0" as lspci prints it is completed to "0000:02:00.0"; anything else goes to the helper unchanged,
// which judges it (the helper never trusts the client's checks).
QStringList completeAddresses(const QStringList &typed)
{
    static const QRegularExpression shortForm(QStringLiteral("^[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.[0-7]$"));
    QStringList addresses;
    for (const QString &text : typed)
        addresses.append(shortForm.match(text).hasMatch() ? QStringLiteral("0000:") + text : text);
    return addresses;
}

QString callFailureText(const QString &errorName, const QString &message)
{
    const QString shortName = errorName.section(QLatin1Char('.'), -1);
    // The helper's own errors are refusals; the rest means it could not be reached or answered.
    if (errorName.startsWith(QLatin1String("io.github.vfio_isolator.Error.")))
        return tr("Refused (%1): %2").arg(shortName, message);
    return tr("Error (%1): %2").arg(shortName, message);
}

bool askOnTerminal(const QString &question, QTextStream &out)
{
    out << question << QStringLiteral(" [y/N] ") << Qt::flush;
    char buffer[64] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

void printPlan(const QJsonObject &plan, QTextStream &out, QTextStream &err)
{
    const QString distribution = plan.value(QStringLiteral("distribution")).toString();
    const QString initramfs = plan.value(QStringLiteral("initramfs")).toString();
    if (!distribution.isEmpty() && !initramfs.isEmpty())
        out << tr("System: %1 (initramfs: %2)").arg(distribution, initramfs) << Qt::endl;
    else if (!distribution.isEmpty())
        out << tr("System: %1").arg(distribution) << Qt::endl;
    for (const QJsonValue &value : plan.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = value.toObject();
        out << tr("Device %1 [%2]: bound by %3. %4")
                   .arg(device.value(QStringLiteral("address")).toString(),
                        device.value(QStringLiteral("id")).toString(),
                        device.value(QStringLiteral("binding")).toString() == QLatin1String("address")
                            ? tr("address (driver_override)")
                            : tr("ID (ids=)"),
                        device.value(QStringLiteral("reason")).toString())
            << Qt::endl;
    }
    for (const QJsonValue &value : plan.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        const bool isNew = file.value(QStringLiteral("old")).isNull();
        out << Qt::endl
            << (isNew ? tr("New file %1").arg(file.value(QStringLiteral("path")).toString())
                      : tr("Changed file %1").arg(file.value(QStringLiteral("path")).toString()))
            << QStringLiteral(" (") << file.value(QStringLiteral("reason")).toString() << QStringLiteral("):")
            << Qt::endl;
        for (const QString &line : file.value(QStringLiteral("new")).toString().split(QLatin1Char('\n')))
            out << QStringLiteral("    ") << line << Qt::endl;
    }
    const QJsonArray commands = plan.value(QStringLiteral("commands")).toArray();
    if (!commands.isEmpty())
        out << Qt::endl << tr("Then runs:") << Qt::endl;
    for (const QJsonValue &value : commands) {
        QStringList words;
        for (const QJsonValue &word : value.toArray())
            words.append(word.toString());
        out << QStringLiteral("    ") << words.join(QLatin1Char(' ')) << Qt::endl;
    }
    for (const QJsonValue &value : plan.value(QStringLiteral("warnings")).toArray())
        err << tr("warning: %1").arg(value.toString()) << Qt::endl;
    for (const QJsonValue &value : plan.value(QStringLiteral("errors")).toArray())
        err << tr("error: %1").arg(value.toString()) << Qt::endl;
}

// Runs one call against the helper and waits for its answer in a local event loop.
class HelperSession
{
public:
    HelperSession(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
    {
        QObject::connect(&m_client, &HelperClient::callFailed, &m_loop,
                         [this](HelperClient::Call, const QString &name, const QString &message) {
                             m_err << callFailureText(name, message) << Qt::endl;
                             m_loop.exit(Failure);
                         });
    }

    std::optional<QJsonObject> preview(const QStringList &addresses)
    {
        std::optional<QJsonObject> plan;
        QObject::connect(&m_client, &HelperClient::previewReady, &m_loop, [&](const QJsonObject &answer) {
            plan = answer;
            m_loop.exit(Success);
        });
        m_client.preview(addresses);
        m_loop.exec();
        QObject::disconnect(&m_client, &HelperClient::previewReady, &m_loop, nullptr);
        return plan;
    }

    std::optional<QJsonObject> state()
    {
        std::optional<QJsonObject> answer;
        QObject::connect(&m_client, &HelperClient::stateReady, &m_loop, [&](const QJsonObject &state) {
            answer = state;
            m_loop.exit(Success);
        });
        m_client.state();
        m_loop.exec();
        return answer;
    }

    // Apply (addresses given) or Revert (none): prints progress and the final message.
    int transaction(const std::optional<QStringList> &addresses)
    {
        QString id;
        QHash<QString, std::pair<bool, QString>> finishedEarly; // Finished seen before our id was known
        QString lastStep;
        auto conclude = [this](bool success, const QString &message) {
            (success ? m_out : m_err) << message << Qt::endl;
            m_loop.exit(success ? Success : Failure);
        };
        QObject::connect(&m_client, &HelperClient::transactionStarted, &m_loop,
                         [&](HelperClient::Call, const QString &transactionId) {
                             id = transactionId;
                             m_out << tr("Transaction %1 started.").arg(id) << Qt::endl;
                             if (finishedEarly.contains(id))
                                 conclude(finishedEarly[id].first, finishedEarly[id].second);
                         });
        QObject::connect(&m_client, &HelperClient::progress, &m_loop,
                         [&](const QString &transactionId, const QString &step, const QString &line) {
                             if (!id.isEmpty() && transactionId != id)
                                 return;
                             if (step != lastStep)
                                 m_out << step << QStringLiteral("...") << Qt::endl;
                             lastStep = step;
                             if (!line.isEmpty())
                                 m_out << QStringLiteral("    ") << line << Qt::endl;
                         });
        QObject::connect(&m_client, &HelperClient::finished, &m_loop,
                         [&](const QString &transactionId, bool success, const QString &message) {
                             if (id.isEmpty())
                                 finishedEarly.insert(transactionId, {success, message});
                             else if (transactionId == id)
                                 conclude(success, message);
                         });
        // If the helper vanishes mid-way there will be no Finished: do not wait forever.
        QDBusServiceWatcher watcher(HelperClient::serviceName(), QDBusConnection::systemBus(),
                                    QDBusServiceWatcher::WatchForUnregistration);
        QObject::connect(&watcher, &QDBusServiceWatcher::serviceUnregistered, &m_loop, [&] {
            if (id.isEmpty())
                return;
            m_err << tr("The helper stopped before finishing transaction %1. Run 'vfio-isolator-cli status' "
                        "to see "
                        "what is in place.")
                         .arg(id)
                  << Qt::endl;
            m_loop.exit(Failure);
        });
        if (addresses)
            m_client.apply(*addresses);
        else
            m_client.revert();
        return m_loop.exec();
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    HelperClient m_client;
    QEventLoop m_loop;
};

// Confirmation: --yes, or a "y" typed on a terminal. Without a terminal there is nobody to ask.
std::optional<int> confirm(bool yes, const QString &question, QTextStream &out, QTextStream &err)
{
    if (yes)
        return std::nullopt;
    if (!::isatty(STDIN_FILENO)) {
        err << tr("Not asking for confirmation without a terminal: add --yes to go ahead.") << Qt::endl;
        return UsageError;
    }
    if (!askOnTerminal(question, out)) {
        out << tr("Nothing was changed.") << Qt::endl;
        return Failure;
    }
    return std::nullopt;
}

} // namespace

QString PreviewCommand::summary() const
{
    return tr("Show the files and commands that apply would write and run (changes nothing).");
}

int PreviewCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ADDR"), tr("PCI addresses, e.g. 0000:02:00.0"),
                                 QStringLiteral("ADDR..."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the helper's JSON answer."));
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, arguments, out, err, Positionals::PciAddresses))
        return *stop;
    HelperSession session(out, err);
    const auto plan = session.preview(completeAddresses(parser.positionalArguments()));
    if (!plan)
        return Failure;
    if (parser.isSet(json))
        out << QJsonDocument(*plan).toJson(QJsonDocument::Indented);
    else
        printPlan(*plan, out, err);
    return plan->value(QStringLiteral("ok")).toBool() ? Success : Failure;
}

QString ApplyCommand::summary() const
{
    return tr("Reserve devices for vfio-pci from the next boot on (asks for confirmation unless --yes).");
}

int ApplyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ADDR"),
                                 tr("PCI addresses, e.g. 0000:02:00.0; every endpoint of their IOMMU groups"),
                                 QStringLiteral("ADDR..."));
    const QCommandLineOption yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
                                 tr("Apply without asking for confirmation."));
    parser.addOption(yes);
    if (const auto stop = parseArguments(parser, arguments, out, err, Positionals::PciAddresses))
        return *stop;
    const QStringList addresses = completeAddresses(parser.positionalArguments());
    HelperSession session(out, err);
    if (!parser.isSet(yes)) {
        // Show exactly what will change before asking.
        const auto plan = session.preview(addresses);
        if (!plan)
            return Failure;
        printPlan(*plan, out, err);
        if (!plan->value(QStringLiteral("ok")).toBool())
            return Failure;
        if (const auto stop = confirm(false, tr("Apply these changes?"), out, err))
            return *stop;
    }
    return session.transaction(addresses);
}

QString RevertCommand::summary() const
{
    return tr("Put back the files the last apply replaced and regenerate the initramfs.");
}

int RevertCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
                                 tr("Revert without asking for confirmation."));
    parser.addOption(yes);
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return *stop;
    if (const auto stop = confirm(parser.isSet(yes), tr("Revert the last applied change?"), out, err))
        return *stop;
    HelperSession session(out, err);
    return session.transaction(std::nullopt);
}

QString StatusCommand::summary() const
{
    return tr("Show what is configured now: devices, IDs, files, the last change.");
}

int StatusCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the helper's JSON answer."));
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return *stop;
    HelperSession session(out, err);
    const auto state = session.state();
    if (!state)
        return Failure;
    if (parser.isSet(json)) {
        out << QJsonDocument(*state).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << tr("System: %1").arg(state->value(QStringLiteral("distribution")).toString()) << Qt::endl;
    const QJsonArray configured = state->value(QStringLiteral("configured")).toArray();
    if (configured.isEmpty())
        out << tr("No device is reserved for vfio-pci by VFIO Isolator.") << Qt::endl;
    for (const QJsonValue &value : configured) {
        const QJsonObject device = value.toObject();
        out << tr("Reserved: %1 [%2], bound by %3")
                   .arg(device.value(QStringLiteral("address")).toString(),
                        device.value(QStringLiteral("id")).toString(),
                        device.value(QStringLiteral("binding")).toString())
            << Qt::endl;
    }
    QStringList ids;
    for (const QJsonValue &value : state->value(QStringLiteral("ids")).toArray())
        ids.append(value.toString());
    out << tr("vfio-pci ids= in the configuration: %1")
               .arg(ids.isEmpty() ? tr("none") : ids.join(QLatin1Char(',')))
        << Qt::endl;
    const QJsonObject last = state->value(QStringLiteral("lastTransaction")).toObject();
    if (!last.isEmpty())
        out << tr("Last change: %1 %2 (%3)")
                   .arg(last.value(QStringLiteral("kind")).toString(),
                        last.value(QStringLiteral("id")).toString(),
                        last.value(QStringLiteral("state")).toString())
            << Qt::endl;
    if (state->value(QStringLiteral("busy")).toBool())
        out << tr("A change is in progress.") << Qt::endl;
    return Success;
}

} // namespace vfio::cli
