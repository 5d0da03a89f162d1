// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbusHelperService.h"

#include "HelperInterface.h"

#include "HelperClient.h"

#include <QDBusError>
#include <QHash>
#include <QJsonDocument>

namespace vfio {

namespace {
// What the bus's own error names mean for the person asking.
enum class BusProblem
{
    None, // not the bus's: the helper's own answer
    HelperMissing,
    BusUnreachable,
    NoAnswer,
    AccessDenied,
};

BusProblem busProblemOf(const QString &errorName)
{
    static const QHash<QString, BusProblem> problems{
        {QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"), BusProblem::HelperMissing},
        {QStringLiteral("org.freedesktop.DBus.Error.NameHasNoOwner"), BusProblem::HelperMissing},
        {QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"), BusProblem::HelperMissing},
        {QStringLiteral("org.freedesktop.DBus.Error.UnknownInterface"), BusProblem::HelperMissing},
        {QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"), BusProblem::HelperMissing},
        {QStringLiteral("org.freedesktop.DBus.Error.NoServer"), BusProblem::BusUnreachable},
        {QStringLiteral("org.freedesktop.DBus.Error.Disconnected"), BusProblem::BusUnreachable},
        {QStringLiteral("org.freedesktop.DBus.Error.FileNotFound"), BusProblem::BusUnreachable},
        {QStringLiteral("org.freedesktop.DBus.Error.AddressInUse"), BusProblem::BusUnreachable},
        {QString(), BusProblem::BusUnreachable}, // no name at all: the connection itself failed
        {QStringLiteral("org.freedesktop.DBus.Error.NoReply"), BusProblem::NoAnswer},
        {QStringLiteral("org.freedesktop.DBus.Error.Timeout"), BusProblem::NoAnswer},
        {QStringLiteral("org.freedesktop.DBus.Error.TimedOut"), BusProblem::NoAnswer},
        {QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"), BusProblem::AccessDenied},
    };
    return problems.value(errorName, BusProblem::None);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

DbusHelperService::DbusHelperService(QObject *parent)
    : DbusHelperService(QDBusConnection::systemBus(), parent)
{
}

DbusHelperService::DbusHelperService(const QDBusConnection &connection, QObject *parent)
    : SystemChangeService(parent), m_connection(connection), m_client(new HelperClient(connection, this))
{
    const auto emitPreview = [this](const QJsonObject &plan) { emit previewReady(compactJson(plan)); };
    connect(m_client, &HelperClient::previewReady, this, emitPreview);
    connect(m_client, &HelperClient::commandLinePreviewReady, this, emitPreview);
    connect(m_client, &HelperClient::stateReady, this,
            [this](const QJsonObject &state) { emit stateReady(compactJson(state)); });
    connect(m_client, &HelperClient::transactionStarted, this,
            [this](HelperClient::Call, const QString &id) { emit transactionStarted(id); });
    connect(m_client, &HelperClient::progress, this, &SystemChangeService::progress);
    connect(m_client, &HelperClient::finished, this, &SystemChangeService::finished);
    connect(m_client, &HelperClient::callFailed, this,
            [this](HelperClient::Call call, const QString &errorName, const QString &message) {
                emit callFailed(call, errorName, explainError(errorName, message));
            });
}

QString DbusHelperService::explainError(const QString &errorName, const QString &helperMessage)
{
    switch (busProblemOf(errorName)) {
    case BusProblem::HelperMissing:
        return helperNotInstalledMessage() + QLatin1Char(' ') + tr("Nothing was changed.");
    case BusProblem::BusUnreachable:
        return tr(
            "The system bus cannot be reached, so the helper cannot be asked. Start the D-Bus system daemon "
            "(\"sudo systemctl start dbus\"), or, inside a container or Flatpak, give the application access "
            "to the system bus. Nothing was changed.");
    case BusProblem::NoAnswer:
        return tr(
            "The helper did not answer in time. Check \"journalctl -u vfio-isolator-helper\" and try again. "
            "Nothing was changed.");
    case BusProblem::AccessDenied:
        return tr("The system bus refused the call (%1). The helper's D-Bus policy may be missing: reinstall "
                  "VFIO "
                  "Isolator. Nothing was changed.")
            .arg(helperMessage);
    case BusProblem::None:
        break;
    }
    if (errorName == helpererrors::errorName(HelperError::NotAuthorized))
        return tr("Not authorised: %1").arg(helperMessage);
    if (errorName == helpererrors::errorName(HelperError::Busy))
        return tr("The helper is busy with another change: %1 Wait for it to finish, then try again.")
            .arg(helperMessage);
    return helperMessage.isEmpty() ? errorName : helperMessage;
}

bool DbusHelperService::ensureConnected(Call call)
{
    if (m_connection.isConnected())
        return true;
    const QString name = m_connection.lastError().isValid()
                             ? m_connection.lastError().name()
                             : QStringLiteral("org.freedesktop.DBus.Error.Disconnected");
    // Delivered later, like every answer, so callers see the same order of events either way.
    QMetaObject::invokeMethod(
        this, [this, call, name] { emit callFailed(call, name, explainError(name, {})); },
        Qt::QueuedConnection);
    return false;
}

void DbusHelperService::preview(const QStringList &addresses)
{
    if (ensureConnected(Call::Preview))
        m_client->preview(addresses);
}

void DbusHelperService::apply(const QStringList &addresses)
{
    if (ensureConnected(Call::Apply))
        m_client->apply(addresses);
}

void DbusHelperService::revert()
{
    if (ensureConnected(Call::Revert))
        m_client->revert();
}

void DbusHelperService::requestState()
{
    if (ensureConnected(Call::State))
        m_client->state();
}

void DbusHelperService::previewCommandLine(const CommandLineChange &change)
{
    if (ensureConnected(Call::PreviewKernelCommandLine))
        m_client->previewKernelCommandLine(change.add, change.remove);
}

void DbusHelperService::setCommandLine(const CommandLineChange &change)
{
    if (ensureConnected(Call::SetKernelCommandLine))
        m_client->setKernelCommandLine(change.add, change.remove);
}

} // namespace vfio
