// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

#include "CommandSupport.h"
#include "HelperSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::StatusCommand", text);
}

void printReserved(const QJsonArray &configured, QTextStream &out)
{
    if (configured.isEmpty())
        out << QCoreApplication::translate("vfio::cli::StatusCommand",
                                           "No device is reserved for vfio-pci by VFIO Isolator.")
            << Qt::endl;
    for (const auto &value : configured) {
        const QJsonObject device = value.toObject();
        out << QCoreApplication::translate("vfio::cli::StatusCommand", "Reserved: %1 [%2], bound by %3")
                   .arg(device.value(QStringLiteral("address")).toString(),
                        device.value(QStringLiteral("id")).toString(),
                        device.value(QStringLiteral("binding")).toString())
            << Qt::endl;
    }
}

void printLastChange(const QJsonObject &last, QTextStream &out)
{
    if (last.isEmpty())
        return;
    out << QCoreApplication::translate("vfio::cli::StatusCommand", "Last change: %1 %2 (%3)")
               .arg(last.value(QStringLiteral("kind")).toString(),
                    last.value(QStringLiteral("id")).toString(),
                    last.value(QStringLiteral("state")).toString())
        << Qt::endl;
}

// The helper's state (GetState) for a person.
void printState(const QJsonObject &state, QTextStream &out)
{
    out << QCoreApplication::translate("vfio::cli::StatusCommand", "System: %1")
               .arg(state.value(QStringLiteral("distribution")).toString())
        << Qt::endl;
    printReserved(state.value(QStringLiteral("configured")).toArray(), out);
    QStringList ids;
    for (const auto &value : state.value(QStringLiteral("ids")).toArray())
        ids.append(value.toString());
    out << QCoreApplication::translate("vfio::cli::StatusCommand", "vfio-pci ids= in the configuration: %1")
               .arg(ids.isEmpty() ? QCoreApplication::translate("vfio::cli::StatusCommand", "none")
                                  : ids.join(QLatin1Char(',')))
        << Qt::endl;
    printLastChange(state.value(QStringLiteral("lastTransaction")).toObject(), out);
    if (state.value(QStringLiteral("busy")).toBool())
        out << QCoreApplication::translate("vfio::cli::StatusCommand", "A change is in progress.")
            << Qt::endl;
}

} // namespace

QString StatusCommand::summary() const
{
    return tr("Show what is configured now: devices, IDs, files, the last change.");
}

int StatusCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json = helperJsonOption();
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, arguments, out, err))
        return *stop;
    HelperSession session(out, err, parser.isSet(json));
    const auto state = session.state();
    if (!state)
        return Failure;
    if (parser.isSet(json))
        out << QJsonDocument(*state).toJson(QJsonDocument::Indented);
    else
        printState(*state, out);
    return Success;
}

} // namespace vfio::cli
