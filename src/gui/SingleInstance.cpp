// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

#include <unistd.h>

namespace vfio {

namespace {
constexpr int connectTimeoutMs = 500;
constexpr int requestTimeoutMs = 2000;
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent) : QObject(parent), m_name(name) {}

QString SingleInstance::defaultName()
{
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("DISPLAY");
    display.replace(u'/', u'_');
    return QStringLiteral("io.github.vfio_isolator-%1-%2").arg(getuid()).arg(display);
}

bool SingleInstance::handOver(const QStringList &request)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(connectTimeoutMs)) {
        socket.write(request.join(u'\n').toUtf8() + "\n\n");
        socket.waitForBytesWritten(requestTimeoutMs);
        socket.disconnectFromServer();
        return true;
    }
    // Nobody listens: a stale socket from a crashed copy is removed, then this copy serves.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->listen(m_name);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
    return false;
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket = QPointer(socket)] {
            if (!socket || !socket->peek(4096).contains("\n\n"))
                return;
            const QString text = QString::fromUtf8(socket->readAll()).trimmed();
            emit requested(text.split(u'\n', Qt::SkipEmptyParts));
        });
    }
}

} // namespace vfio
