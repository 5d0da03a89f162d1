// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperService.h"

#include "AuditLog.h"
#include "AuthorizationDetails.h"

#include "HelperInterface.h"
#include "KernelCommandLineJob.h"
#include "MethodArguments.h"
#include "PlanFiles.h"
#include "PlanSafety.h"
#include "plan/HelperPlan.h"
#include "policy/VfioConfig.h"
#include "topology/PciAddress.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>

namespace vfio {
namespace {

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A file edited by hand since the change is replaced too by Revert (that is what Revert means), but its
// current content is kept in the revert's own backup; say so.
QStringList editedSinceNotes(const TransactionStore &store, const TransactionRecord &applied)
{
    QStringList notes;
    for (const FileBackup &file : applied.files) {
        QFile current(store.hostPath(file.path));
        const bool exists = current.open(QIODevice::ReadOnly);
        const QString now = exists ? sha256Hex(current.readAll()) : QString();
        if (now != file.newSha256)
            notes.append(HelperService::tr("%1 was changed after %2; its current content is kept in %3.")
                             .arg(file.path, applied.id, store.folder()));
    }
    return notes;
}

// What State() says about the devices the last apply configured.
QJsonArray configuredJson(const std::optional<TransactionRecord> &applied)
{
    QJsonArray configured;
    if (!applied)
        return configured;
    for (const auto &value : applied->devices) {
        const QJsonObject device = value.toObject();
        configured.append(QJsonObject{{QStringLiteral("address"), device.value(QStringLiteral("address"))},
                                      {QStringLiteral("id"), device.value(QStringLiteral("id"))},
                                      {QStringLiteral("binding"), device.value(QStringLiteral("binding"))}});
    }
    return configured;
}

QJsonValue lastTransactionJson(const std::optional<TransactionRecord> &last)
{
    if (!last)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), last->id},
                       {QStringLiteral("kind"), toString(last->kind)},
                       {QStringLiteral("state"), toString(last->state)},
                       {QStringLiteral("started"), last->started.toString(Qt::ISODate)},
                       {QStringLiteral("finished"), last->finished.toString(Qt::ISODate)},
                       {QStringLiteral("addresses"), QJsonArray::fromStringList(last->addresses)},
                       {QStringLiteral("message"), last->message}};
}

TransactionRecord applyRecord(const HelperPlan &plan, const QStringList &addresses)
{
    TransactionRecord record;
    record.id = TransactionStore::newId();
    record.kind = TransactionKind::Apply;
    record.addresses = addresses;
    record.devices = plan.devicesJson();
    record.distribution = plan.distribution;
    record.commands = plan.commands;
    return record;
}

// A revert runs the commands of what it undoes again, on the files put back.
TransactionRecord revertRecord(const TransactionRecord &applied)
{
    TransactionRecord record;
    record.id = TransactionStore::newId();
    record.kind = TransactionKind::Revert;
    record.reverts = applied.id;
    record.addresses = applied.addresses;
    record.devices = applied.devices;
    record.distribution = applied.distribution;
    record.commands = applied.commands;
    return record;
}

} // namespace

HelperService::HelperService(Options options, Authorizer &authorizer, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_store(m_options.root), m_authorizer(authorizer)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_options.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (isBusy() || m_pendingAuthorisations > 0) {
            m_idleTimer.start();
            return;
        }
        emit idleTimeout();
    });
    m_idleTimer.start();
}

void HelperService::touch()
{
    m_idleTimer.start();
}

void HelperService::markReverted(const TransactionRecord &revert)
{
    auto applied = m_store.load(revert.reverts);
    if (!applied || applied->revertedBy == revert.id)
        return;
    m_store.removeCreatedFolders(*applied);
    applied->revertedBy = revert.id;
    // Best effort: the next start marks it again while the revert is the last transaction.
    static_cast<void>(m_store.save(*applied));
}

void HelperService::recoverInterruptedTransaction()
{
    auto last = m_store.last();
    if (last && last->kind == TransactionKind::Revert && last->state == TransactionState::Complete)
        markReverted(*last); // the helper may have stopped between the revert's record and the apply's
    if (!last || last->state != TransactionState::Running)
        return;
    const auto restored = m_store.restore(*last);
    last->state = TransactionState::Interrupted;
    last->finished = QDateTime::currentDateTimeUtc();
    last->message = restored.ok() ? tr("The helper stopped during this transaction; the previous files "
                                       "were put back when it started again.")
                                  : tr("The helper stopped during this transaction and could not put "
                                       "every previous file back: %1")
                                        .arg(restored.error());
    static_cast<void>(m_store.save(*last)); // best effort: the message goes to the log as well
    qWarning("%s", qUtf8Printable(last->message));
}

Result<void> HelperService::checkAddresses(const QStringList &addresses) const
{
    const Result<QList<PciAddress>> parsed = parseAddressArguments(addresses);
    if (!parsed)
        return parsed.failure();
    for (const PciAddress &address : *parsed) {
        // Checked against the live sysfs (under the root): the address must name a present device.
        const QString device = m_store.hostPath(QStringLiteral("/sys/bus/pci/devices/") + address.toString());
        if (!QFileInfo::exists(device))
            return fail(tr("There is no PCI device %1 on this system: check the address with `lspci -D`.")
                            .arg(address.toString()),
                        helpererrors::errorName(HelperError::InvalidSelection));
    }
    return {};
}

QString HelperService::Preview(const QStringList &addresses)
{
    touch();
    if (refusedNow(checkAddresses(addresses)))
        return {};
    return toJsonText(makeHelperPlan(m_options.root, addresses).toJson());
}

QString HelperService::Apply(const QStringList &addresses)
{
    touch();
    if (refusedNow(checkAddresses(addresses)))
        return {};
    authorizeThen(Call{TransactionKind::Apply, addresses, {}, {}},
                  applyAuthorization(message().service(), addresses));
    return {};
}

QString HelperService::Revert()
{
    touch();
    // Authorised with the action of the change it will undo; nothing to undo is still asked as apply.
    const auto target = m_store.lastRevertable();
    authorizeThen(Call{TransactionKind::Revert, {}, {}, target ? target->id : QString()},
                  revertAuthorization(message().service(), target));
    return {};
}

void HelperService::replyError(const PendingCall &request, const Failure &refusal)
{
    audit::refused(request, refusal.errorName, refusal.message);
    request.replyError(refusal.errorName, refusal.message);
}

void HelperService::refuseNow(const Failure &refusal)
{
    audit::refused(PendingCall{connection(), message()}, refusal.errorName, refusal.message);
    sendErrorReply(refusal.errorName, refusal.message);
}

bool HelperService::refusedNow(const Result<void> &checked)
{
    if (checked)
        return false;
    refuseNow(checked.failure());
    return true;
}

Failure HelperService::busyFailure() const
{
    return fail(tr("Another change is in progress (transaction %1): wait for it to finish, then "
                   "try again.")
                    .arg(m_runner->record().id),
                helpererrors::errorName(HelperError::Busy));
}

void HelperService::authorizeThen(const Call &call, const AuthorizationRequest &authorization)
{
    if (isBusy()) {
        refuseNow(busyFailure());
        return;
    }
    setDelayedReply(true);
    const PendingCall request{connection(), message()};
    ++m_pendingAuthorisations;
    // The answer may come after the service is gone (the helper quitting while polkit asks).
    m_authorizer.authorize(authorization, [service = QPointer<HelperService>(this), call,
                                           request](const Result<void> &decision) {
        if (service)
            service->decided(call, request, decision);
    });
}

void HelperService::decided(const Call &call, const PendingCall &request, const Result<void> &decision)
{
    --m_pendingAuthorisations;
    touch();
    if (!decision) {
        replyError(request, fail(decision.error(), helpererrors::errorName(HelperError::NotAuthorized)));
        return;
    }
    startCall(request, call);
}

void HelperService::startCall(const PendingCall &request, const Call &call)
{
    if (isBusy()) { // another caller got through while this one was being asked
        replyError(request, busyFailure());
        return;
    }
    switch (call.kind) {
    case TransactionKind::Apply:
        startApply(request, call.addresses);
        break;
    case TransactionKind::KernelCommandLine:
        startKernelCommandLine(request, call.commandLine);
        break;
    case TransactionKind::Revert:
        startRevert(request, call.revertTarget);
        break;
    }
}

void HelperService::startApply(const PendingCall &request, const QStringList &addresses)
{
    // The devices may have changed while polkit asked for the password: check again.
    if (const auto checked = checkAddresses(addresses); !checked) {
        replyError(request, checked.failure());
        return;
    }
    const HelperPlan plan = makeHelperPlan(m_options.root, addresses);
    if (const Result<void> verdict = plan.verdict(); !verdict) {
        replyError(request, verdict.failure());
        return;
    }
    QStringList paths;
    for (const HelperPlan::File &file : plan.files)
        paths.append(file.path);
    if (const auto safe = checkPlanIsSafe(paths, plan.commands); !safe) {
        replyError(request, safe.failure());
        return;
    }
    if (const auto installed = checkProgramsInstalled(
            m_store, plan.commands, tr("the initramfs must be regenerated for the change to work"));
        !installed) {
        replyError(request, installed.failure());
        return;
    }
    startTransaction(request, applyRecord(plan, addresses), toFileReplacements(plan.files),
                     plan.successMessage);
}

void HelperService::startRevert(const PendingCall &request, const QString &target)
{
    const auto applied = m_store.lastRevertable();
    if (!applied) {
        replyError(request, fail(tr("Nothing to revert: no change made by VFIO Isolator is in "
                                    "place on this system."),
                                 helpererrors::errorName(HelperError::Failed)));
        return;
    }
    if (applied->id != target) { // another change finished while polkit asked: that one was not authorised
        replyError(request, fail(tr("The last change is now transaction %1, not the one you were asked "
                                    "about: run Revert again. Nothing was changed.")
                                     .arg(applied->id),
                                 helpererrors::errorName(HelperError::Busy)));
        return;
    }
    auto changes = m_store.restoringChanges(*applied);
    if (!changes) {
        replyError(request, fail(changes.error() + tr(" Nothing was changed."),
                                 helpererrors::errorName(HelperError::Failed)));
        return;
    }
    TransactionRecord record = revertRecord(*applied);
    QStringList notes = editedSinceNotes(m_store, *applied);
    const QString devices = applied->addresses.join(QStringLiteral(", "));
    QString success =
        applied->addresses.size() == 1
            ? tr("Restart to finish: after the next boot %1 uses its usual driver again.").arg(devices)
            : tr("Restart to finish: after the next boot %1 use their usual drivers again.").arg(devices);
    QString step;
    if (applied->kind == TransactionKind::KernelCommandLine) {
        auto commands = commandLineRevertCommands(m_store, *applied, &notes);
        if (!commands) {
            replyError(request, commands.failure());
            return;
        }
        record.commands = std::move(commands).value();
        success = commandLineRevertMessage(*applied);
        step = bootToolStep();
    }
    if (!notes.isEmpty())
        success += QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
    startTransaction(request, std::move(record), std::move(*changes), success, step);
}

void HelperService::startTransaction(const PendingCall &request, TransactionRecord record,
                                     QList<FileReplacement> changes, const QString &successMessage,
                                     const QString &commandStep)
{
    // The last line of defence, whichever plan or record the commands came from.
    if (const auto mayRun = checkCommandsMayRun(m_store, record.commands, m_options.programOwnerUid);
        !mayRun) {
        replyError(request, mayRun.failure());
        return;
    }
    const QString id = record.id;
    const qint64 uid = audit::callerUid(request);
    m_runner = new TransactionRunner(m_store, std::move(record), std::move(changes), this);
    m_runner->setCommandTimeoutMs(m_options.commandTimeoutMs);
    if (!commandStep.isEmpty())
        m_runner->setCommandStep(commandStep);
    connect(m_runner, &TransactionRunner::progress, this,
            [this, id](const QString &step, const QString &line) {
                touch();
                emit Progress(id, step, line);
            });
    connect(m_runner, &TransactionRunner::finished, this,
            [this, id, uid](bool success, const QString &message) {
                TransactionRunner *runner = m_runner;
                const TransactionRecord finished = runner->record();
                audit::changed(uid, finished, success, message);
                m_runner = nullptr;
                runner->deleteLater();
                if (success && finished.kind == TransactionKind::Revert)
                    markReverted(finished);
                touch();
                emit Finished(id, success, message);
            });
    // The caller gets the id first, then the signals: D-Bus keeps the order of one sender's messages.
    request.reply(id);
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, successMessage] { runner->start(successMessage); },
        Qt::QueuedConnection);
}

QString HelperService::State()
{
    touch();
    QJsonObject state;
    state.insert(QStringLiteral("distribution"), detectDistribution(m_options.root));
    state.insert(QStringLiteral("busy"), isBusy());

    const auto applied = m_store.lastRevertableApply();
    state.insert(QStringLiteral("configured"), configuredJson(applied));
    QStringList paths{QStringLiteral("/etc/modprobe.d/vfio.conf")};
    if (applied) {
        for (const FileBackup &file : applied->files) {
            if (!paths.contains(file.path))
                paths.append(file.path);
        }
    }

    QJsonArray files;
    QStringList ids;
    for (const QString &path : paths) {
        QFile file(m_store.hostPath(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString content = QString::fromUtf8(file.read(qint64(1024) * 1024));
        if (isPathUnder(path, QStringLiteral("/etc/modprobe.d")))
            ids.append(VfioConfig::parse(content).ids);
        files.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("content"), content}});
    }
    ids.removeDuplicates();
    state.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids));
    state.insert(QStringLiteral("files"), files);

    state.insert(QStringLiteral("lastTransaction"), lastTransactionJson(m_store.last()));
    return toJsonText(state);
}

} // namespace vfio
