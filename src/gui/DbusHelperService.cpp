#include "DbusHelperService.h"

#include "HelperInterface.h"

#include "HelperClient.h"

#include <QDBusError>
#include <QJsonDocument>
#include <QMetaEnum>

namespace vfio {

DbusHelperService::DbusHelperService(QObject *parent)
    : DbusHelperService(QDBusConnection::systemBus(), parent)
{
}

DbusHelperService::DbusHelperService(const QDBusConnection &connection, QObject *parent)
    : HelperService(parent), m_connection(connection), m_client(new HelperClient(connection, this))
{
    connect(m_client, &HelperClient::previewReady, this, [this](const QJsonObject &plan) {
        emit previewReady(QString::fromUtf8(QJsonDocument(plan).toJson(QJsonDocument::Compact)));
    });
    connect(m_client, &HelperClient::commandLinePreviewReady, this, [this](const QJsonObject &plan) {
        emit previewReady(QString::fromUtf8(QJsonDocument(plan).toJson(QJsonDocument::Compact)));
    });
    connect(m_client, &HelperClient::stateReady, this, [this](const QJsonObject &state) {
        emit stateReady(QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    });
    connect(m_client, &HelperClient::transactionStarted, this,
            [this](HelperClient::Call, const QString &id) { emit transactionStarted(id); });
    connect(m_client, &HelperClient::progress, this, &HelperService::progress);
    connect(m_client, &HelperClient::finished, this, &HelperService::finished);
    connect(m_client, &HelperClient::callFailed, this,
            [this](HelperClient::Call call, const QString &errorName, const QString &message) {
                const QString operation = QString::fromLatin1(
                    QMetaEnum::fromType<HelperClient::Call>().valueToKey(static_cast<int>(call)));
                emit callFailed(operation, errorName, explainError(errorName, message));
            });
}

QString DbusHelperService::explainError(const QString &errorName, const QString &helperMessage)
{
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.UnknownObject") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.UnknownInterface") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.UnknownMethod"))
        return helperNotInstalledMessage() + QLatin1Char(' ') + tr("Nothing was changed.");
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.NoServer") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.Disconnected") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.FileNotFound") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.AddressInUse") || errorName.isEmpty())
        return tr(
            "The system bus cannot be reached, so the helper cannot be asked. Start the D-Bus system daemon "
            "(\"sudo systemctl start dbus\"), or, inside a container or Flatpak, give the application access "
            "to the system bus. Nothing was changed.");
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.NoReply") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.Timeout") ||
        errorName == QLatin1String("org.freedesktop.DBus.Error.TimedOut"))
        return tr(
            "The helper did not answer in time. Check \"journalctl -u vfio-isolator-helper\" and try again. "
            "Nothing was changed.");
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"))
        return tr("The system bus refused the call (%1). The helper's D-Bus policy may be missing: reinstall "
                  "VFIO "
                  "Isolator. Nothing was changed.")
            .arg(helperMessage);
    if (errorName == helpererrors::notAuthorized())
        return tr("Not authorised: %1").arg(helperMessage);
    if (errorName == helpererrors::busy())
        return tr("The helper is busy with another change: %1 Wait for it to finish, then try again.")
            .arg(helperMessage);
    return helperMessage.isEmpty() ? errorName : helperMessage;
}

bool DbusHelperService::ensureConnected(const QString &operation)
{
    if (m_connection.isConnected())
        return true;
    const QString name = m_connection.lastError().isValid()
                             ? m_connection.lastError().name()
                             : QStringLiteral("org.freedesktop.DBus.Error.Disconnected");
    // Delivered later, like every answer, so callers see the same order of events either way.
    QMetaObject::invokeMethod(
        this, [this, operation, name] { emit callFailed(operation, name, explainError(name, {})); },
        Qt::QueuedConnection);
    return false;
}

void DbusHelperService::preview(const QStringList &addresses)
{
    if (ensureConnected(QStringLiteral("Preview")))
        m_client->preview(addresses);
}

void DbusHelperService::apply(const QStringList &addresses)
{
    if (ensureConnected(QStringLiteral("Apply")))
        m_client->apply(addresses);
}

void DbusHelperService::revert()
{
    if (ensureConnected(QStringLiteral("Revert")))
        m_client->revert();
}

void DbusHelperService::requestState()
{
    if (ensureConnected(QStringLiteral("State")))
        m_client->state();
}

void DbusHelperService::previewCommandLine(const CommandLineChange &change)
{
    if (ensureConnected(QStringLiteral("PreviewKernelCommandLine")))
        m_client->previewKernelCommandLine(change.add, change.remove);
}

void DbusHelperService::setCommandLine(const CommandLineChange &change)
{
    if (ensureConnected(QStringLiteral("SetKernelCommandLine")))
        m_client->setKernelCommandLine(change.add, change.remove);
}

} // namespace vfio
