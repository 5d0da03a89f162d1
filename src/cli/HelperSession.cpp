// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperSession.h"

#include "Command.h"
#include "CommandSupport.h"
#include "HelperInterface.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QHash>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::HelperSession", text);
}

QString callFailureText(const QString &errorName, const QString &message)
{
    const QString shortName = errorName.section(QLatin1Char('.'), -1);
    // The helper's own errors are refusals; the rest means it could not be reached or answered.
    if (errorName.startsWith(helpererrors::namePrefix()))
        return QCoreApplication::translate("vfio::cli::HelperSession", "Refused (%1): %2")
            .arg(shortName, message);
    return QCoreApplication::translate("vfio::cli::HelperSession", "Error (%1): %2").arg(shortName, message);
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

} // namespace

HelperSession::HelperSession(QTextStream &out, QTextStream &err, bool json) : m_out(out), m_err(err)
{
    QObject::connect(&m_client, &HelperClient::callFailed, &m_loop,
                     [this, json](HelperClient::Call, const QString &name, const QString &message) {
                         reportError(m_out, m_err, json, name,
                                     json ? message : callFailureText(name, message));
                         m_loop.exit(Failure);
                     });
}

Result<QJsonObject> HelperSession::waitForJson(void (HelperClient::*ready)(const QJsonObject &),
                                               const std::function<void()> &call)
{
    Result<QJsonObject> answer = fail(QString());
    const auto answered = QObject::connect(&m_client, ready, &m_loop, [&](const QJsonObject &object) {
        answer = object;
        m_loop.exit(Success);
    });
    // Said already by the constructor's handler, which also ends the loop.
    const auto failed = QObject::connect(&m_client, &HelperClient::callFailed, &m_loop,
                                         [&](HelperClient::Call, const QString &name,
                                             const QString &message) { answer = fail(message, name); });
    call();
    m_loop.exec();
    QObject::disconnect(answered);
    QObject::disconnect(failed);
    return answer;
}

Result<QJsonObject> HelperSession::preview(const QStringList &addresses)
{
    return waitForJson(&HelperClient::previewReady, [&] { m_client.preview(addresses); });
}

Result<QJsonObject> HelperSession::commandLinePreview(const QStringList &add, const QStringList &remove)
{
    return waitForJson(&HelperClient::commandLinePreviewReady,
                       [&] { m_client.previewKernelCommandLine(add, remove); });
}

Result<QJsonObject> HelperSession::state()
{
    return waitForJson(&HelperClient::stateReady, [&] { m_client.state(); });
}

int HelperSession::transaction(const std::function<void(HelperClient &)> &start)
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
    QDBusServiceWatcher watcher(helperinterface::busName(), QDBusConnection::systemBus(),
                                QDBusServiceWatcher::WatchForUnregistration);
    QObject::connect(&watcher, &QDBusServiceWatcher::serviceUnregistered, &m_loop, [&] {
        if (id.isEmpty())
            return;
        m_err << tr("The helper stopped before finishing transaction %1. Run 'vfio-isolator-cli status' "
                    "to see what is in place.")
                     .arg(id)
              << Qt::endl;
        m_loop.exit(Failure);
    });
    start(m_client);
    return m_loop.exec();
}

std::optional<int> confirm(bool yes, const QString &question, QTextStream &out, QTextStream &err)
{
    if (yes)
        return std::nullopt;
    if (!::isatty(STDIN_FILENO)) {
        err << QCoreApplication::translate(
                   "vfio::cli::HelperSession",
                   "Not asking for confirmation without a terminal: add --yes to go ahead.")
            << Qt::endl;
        return UsageError;
    }
    if (!askOnTerminal(question, out)) {
        out << QCoreApplication::translate("vfio::cli::HelperSession", "Nothing was changed.") << Qt::endl;
        return Failure;
    }
    return std::nullopt;
}

int printHelperPlan(const Result<QJsonObject> &plan, bool json, PlanPrinter print, QTextStream &out,
                    QTextStream &err)
{
    if (!plan)
        return Failure;
    if (json)
        out << QJsonDocument(*plan).toJson(QJsonDocument::Indented);
    else
        print(*plan, out, err);
    return plan->value(QStringLiteral("ok")).toBool() ? Success : Failure;
}

std::optional<int> confirmPlan(const Result<QJsonObject> &plan, PlanPrinter print, const QString &question,
                               QTextStream &out, QTextStream &err)
{
    if (!plan)
        return Failure;
    print(*plan, out, err);
    if (!plan->value(QStringLiteral("ok")).toBool())
        return Failure;
    return confirm(false, question, out, err);
}

} // namespace vfio::cli
