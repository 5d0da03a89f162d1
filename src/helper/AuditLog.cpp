// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include <QDBusConnectionInterface>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <syslog.h>

namespace vfio::audit {

namespace {
void write(int priority, const QString &line)
{
    static const bool opened = [] {
        ::openlog("vfio-isolator-helper", LOG_PID, LOG_AUTHPRIV);
        return true;
    }();
    Q_UNUSED(opened);
    const QByteArray text = line.toUtf8();
    ::syslog(priority, "%s", text.constData());
    if (!std::getenv("JOURNAL_STREAM")) {
        std::fprintf(stderr, "audit: %s\n", text.constData());
        std::fflush(stderr);
    }
}

// "Apply(0000:03:00.0)", "SetKernelCommandLine(intel_iommu=on; )": the method and its arguments as sent.
QString askedFor(const QDBusMessage &request)
{
    QStringList arguments;
    for (const QVariant &argument : request.arguments())
        arguments.append(argument.toStringList().join(QLatin1Char(',')));
    return QStringLiteral("%1(%2)").arg(request.member(), arguments.join(QStringLiteral("; ")));
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

qint64 callerUid(const PendingCall &call)
{
    QDBusConnectionInterface *bus = call.connection.interface();
    if (!bus)
        return -1;
    const QDBusReply<uint> uid = bus->serviceUid(call.message.service());
    return uid.isValid() ? qint64(uid.value()) : -1;
}

void refused(const PendingCall &call, const QString &errorName, const QString &message)
{
    write(LOG_NOTICE, QStringLiteral("refused uid=%1 %2: %3: %4")
                          .arg(callerUid(call))
                          .arg(askedFor(call.message), errorName, oneLine(message)));
}

void changed(qint64 uid, const TransactionRecord &record, bool success, const QString &message)
{
    QStringList files;
    for (const FileBackup &file : record.files)
        files.append(file.path);
    QStringList commands;
    for (const QStringList &command : record.commands)
        commands.append(command.join(QLatin1Char(' ')));
    write(success ? LOG_NOTICE : LOG_WARNING,
          QStringLiteral("%1 uid=%2 %3 %4 (%5): files %6; commands %7: %8")
              .arg(success ? QStringLiteral("changed") : QStringLiteral("failed"))
              .arg(uid)
              .arg(toString(record.kind), record.id, record.addresses.join(QLatin1Char(',')),
                   files.isEmpty() ? QStringLiteral("none") : files.join(QStringLiteral(", ")),
                   commands.isEmpty() ? QStringLiteral("none") : commands.join(QStringLiteral(", ")),
                   oneLine(message)));
}

} // namespace vfio::audit
