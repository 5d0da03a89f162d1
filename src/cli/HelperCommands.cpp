#include "HelperCommands.h"
#include "PlanText.h"

#include "CommandSupport.h"
#include "HelperClient.h"
#include "HelperSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vfio::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::HelperCommands", text);
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
    printPlanFilesAndCommands(plan, out);
    for (const QJsonValue &value : plan.value(QStringLiteral("warnings")).toArray())
        err << tr("warning: %1").arg(value.toString()) << Qt::endl;
    for (const QJsonValue &value : plan.value(QStringLiteral("errors")).toArray())
        err << tr("error: %1").arg(value.toString()) << Qt::endl;
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
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("PCI addresses, e.g. 0000:02:00.0"),
                                 QStringLiteral("ADDRESS..."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the helper's JSON answer."));
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, arguments, out, err, Positionals::PciAddresses))
        return *stop;
    HelperSession session(out, err, parser.isSet(json));
    const auto plan = session.preview(pciAddresses(parser));
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
    parser.addPositionalArgument(QStringLiteral("ADDRESS"),
                                 tr("PCI addresses, e.g. 0000:02:00.0; every endpoint of their IOMMU groups"),
                                 QStringLiteral("ADDRESS..."));
    const QCommandLineOption yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
                                 tr("Apply without asking for confirmation."));
    parser.addOption(yes);
    if (const auto stop = parseArguments(parser, arguments, out, err, Positionals::PciAddresses))
        return *stop;
    const QStringList addresses = pciAddresses(parser);
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
    return session.transaction([&](HelperClient &client) { client.apply(addresses); });
}

QString RevertCommand::summary() const
{
    return tr(
        "Undo the last change (apply or enable-iommu): put back the files it replaced, rerun its tool.");
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
    if (const auto stop = confirm(parser.isSet(yes), tr("Revert the last change?"), out, err))
        return *stop;
    HelperSession session(out, err);
    return session.transaction([](HelperClient &client) { client.revert(); });
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
    HelperSession session(out, err, parser.isSet(json));
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
