// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>

namespace vfio {

// A method call the helper answers later (after polkit, after the work has started): the message and the
// connection it came in on. The reply goes out on that same connection, whichever bus the service is on.
struct PendingCall
{
    QDBusConnection connection;
    QDBusMessage message;

    void reply(const QVariant &value) const { connection.send(message.createReply(value)); }
    void replyError(const QString &errorName, const QString &text) const
    {
        connection.send(message.createErrorReply(errorName, text));
    }
};

} // namespace vfio
