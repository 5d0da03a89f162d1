// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperClient.h"

#include "topology/SystemRoot.h"

#include "HelperInterface.h"

#include "helper1proxy.h"

#include <QCoreApplication>
#include <QDBusError>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QJsonDocument>

namespace vfio {
namespace {

// Apply and Revert wait for polkit, which may wait for a person typing a password.
constexpr int callTimeoutMs = 10 * 60 * 1000;

} // namespace

QString helperNotInstalledMessage()
{
    // The sandboxed app cannot bring its helper: it runs as root on the host, so the host must have it.
    if (runsInFlatpak())
        return QCoreApplication::translate(
            "vfio::HelperClient",
            "The VFIO Isolator helper is not installed on this computer: there is no "
            "io.github.vfio_isolator.Helper on the system bus. The Flatpak cannot bring it, because it "
            "changes the boot configuration as root outside the sandbox. Install your distribution's "
            "vfio-isolator-helper package (on Debian and Ubuntu: sudo apt install vfio-isolator-helper, or "
            "the "
            ".deb from the project's releases), then restart VFIO Isolator.");
    return QCoreApplication::translate(
        "vfio::HelperClient",
        "The VFIO Isolator helper is not installed: there is no io.github.vfio_isolator.Helper on the "
        "system bus. With a packaged VFIO Isolator, install the package that provides the helper; from a "
        "source build, configure it with -DCMAKE_INSTALL_PREFIX=/usr (the bus policy and the polkit "
        "actions are read only from /usr/share), build it, and run 'sudo cmake --install build'.");
}

namespace {

QString explain(const QDBusError &error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
        return helperNotInstalledMessage();
    case QDBusError::AccessDenied:
        return QStringLiteral("The system bus refused the call to the helper: its bus policy file "
                              "io.github.vfio_isolator.Helper.conf may be missing. (%1)")
            .arg(error.message());
    case QDBusError::NoReply:
    case QDBusError::Timeout:
        return QStringLiteral("The helper did not answer in time: try again. (%1)").arg(error.message());
    case QDBusError::Disconnected:
        return QStringLiteral("There is no connection to the system bus: is dbus running? (%1)")
            .arg(error.message());
    default:
        return error.message();
    }
}

} // namespace

HelperClient::HelperClient(QObject *parent) : HelperClient(QDBusConnection::systemBus(), parent) {}

HelperClient::HelperClient(const QDBusConnection &connection, QObject *parent) : QObject(parent)
{
    m_interface =
        new Helper1Proxy(helperinterface::busName(), helperinterface::objectPath(), connection, this);
    m_interface->setTimeout(callTimeoutMs);
    connect(m_interface, &Helper1Proxy::Progress, this, &HelperClient::progress);
    connect(m_interface, &Helper1Proxy::Finished, this, &HelperClient::finished);
}

HelperClient::~HelperClient() = default;

template <typename Reply> void HelperClient::watch(Call call, const Reply &reply)
{
    // Without a bus the pending call would never finish: answer at once (but later, like a real reply).
    const QDBusConnection connection = m_interface->connection();
    if (!connection.isConnected()) {
        const QString message =
            QStringLiteral("There is no connection to the system bus (%1): is dbus running?")
                .arg(connection.lastError().message());
        QMetaObject::invokeMethod(
            this,
            [this, call, message] {
                emit callFailed(call, QDBusError::errorString(QDBusError::Disconnected), message);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(reply, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, call](QDBusPendingCallWatcher *self) {
        self->deleteLater();
        const QDBusPendingReply<QString> answer = *self;
        if (answer.isError()) {
            const QDBusError error = answer.error();
            emit callFailed(call, error.name(), explain(error));
            return;
        }
        if (call == Call::Apply || call == Call::Revert || call == Call::SetKernelCommandLine)
            emit transactionStarted(call, answer.value());
        else
            handleJson(call, answer.value());
    });
}

void HelperClient::handleJson(Call call, const QString &text)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject()) {
        emit callFailed(
            call, helpererrors::errorName(HelperError::Failed),
            QStringLiteral("The helper's answer is not valid JSON (%1): the helper and this program "
                           "may be from different versions.")
                .arg(parseError.errorString()));
        return;
    }
    if (call == Call::Preview)
        emit previewReady(document.object());
    else if (call == Call::PreviewKernelCommandLine)
        emit commandLinePreviewReady(document.object());
    else
        emit stateReady(document.object());
}

void HelperClient::preview(const QStringList &addresses)
{
    watch(Call::Preview, m_interface->Preview(addresses));
}

void HelperClient::apply(const QStringList &addresses)
{
    watch(Call::Apply, m_interface->Apply(addresses));
}

void HelperClient::revert()
{
    watch(Call::Revert, m_interface->Revert());
}

void HelperClient::state()
{
    watch(Call::State, m_interface->State());
}

void HelperClient::previewKernelCommandLine(const QStringList &add, const QStringList &remove)
{
    watch(Call::PreviewKernelCommandLine, m_interface->PreviewKernelCommandLine(add, remove));
}

void HelperClient::setKernelCommandLine(const QStringList &add, const QStringList &remove)
{
    watch(Call::SetKernelCommandLine, m_interface->SetKernelCommandLine(add, remove));
}

} // namespace vfio
