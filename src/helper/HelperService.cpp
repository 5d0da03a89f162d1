#include "HelperService.h"

#include "AuditLog.h"

#include "HelperInterface.h"
#include "KernelCommandLineJob.h"
#include "PlanFiles.h"
#include "PlanSafety.h"
#include "plan/HelperPlan.h"
#include "policy/VfioConfig.h"
#include "topology/PciAddress.h"

#include <QDBusConnection>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

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
            notes.append(QStringLiteral("%1 was changed after %2; its current content is kept in %3.")
                             .arg(file.path, applied.id, store.folder()));
    }
    return notes;
}

} // namespace

HelperService::HelperService(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_store(m_options.root)
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
    m_store.save(*applied);
}

void HelperService::recoverInterruptedTransaction()
{
    auto last = m_store.last();
    if (last && last->kind == transactionkind::revert() && last->state == QLatin1String("complete"))
        markReverted(*last); // the helper may have stopped between the revert's record and the apply's
    if (!last || last->state != QLatin1String("running"))
        return;
    const auto restored = m_store.restore(*last);
    last->state = QStringLiteral("interrupted");
    last->finished = QDateTime::currentDateTimeUtc();
    last->message = restored.ok
                        ? QStringLiteral("The helper stopped during this transaction; the previous files "
                                         "were put back when it started again.")
                        : QStringLiteral("The helper stopped during this transaction and could not put "
                                         "every previous file back: %1")
                              .arg(restored.error);
    m_store.save(*last);
    qWarning("%s", qUtf8Printable(last->message));
}

bool HelperService::checkAddresses(const QStringList &addresses, QString *errorName, QString *error) const
{
    if (addresses.isEmpty()) {
        *errorName = helpererrors::invalidArgument();
        *error = QStringLiteral("No PCI address given: name at least one device, e.g. 0000:01:00.0.");
        return false;
    }
    if (addresses.size() > 256) {
        *errorName = helpererrors::invalidArgument();
        *error = QStringLiteral("Too many addresses (%1): a selection has at most 256 devices.")
                     .arg(addresses.size());
        return false;
    }
    for (const QString &text : addresses) {
        const auto address = PciAddress::parse(text);
        if (!address || address->toString() != text.toLower()) {
            QString shown = text.left(40);
            *errorName = helpererrors::invalidArgument();
            *error =
                QStringLiteral("\"%1\" is not a PCI address: use the full form domain:bus:device.function, "
                               "e.g. 0000:01:00.0, as `lspci -D` prints it.")
                    .arg(shown);
            return false;
        }
        // Checked against the live sysfs (under the root): the address must name a present device.
        const QString device =
            m_store.hostPath(QStringLiteral("/sys/bus/pci/devices/") + address->toString());
        if (!QFileInfo::exists(device)) {
            *errorName = helpererrors::invalidSelection();
            *error =
                QStringLiteral("There is no PCI device %1 on this system: check the address with `lspci -D`.")
                    .arg(address->toString());
            return false;
        }
    }
    return true;
}

QString HelperService::Preview(const QStringList &addresses)
{
    touch();
    QString errorName, error;
    if (!checkAddresses(addresses, &errorName, &error)) {
        refuseNow(errorName, error);
        return {};
    }
    return toJsonText(makeHelperPlan(m_options.root, addresses).toJson());
}

QString HelperService::Apply(const QStringList &addresses)
{
    touch();
    QString errorName, error;
    if (!checkAddresses(addresses, &errorName, &error)) {
        refuseNow(errorName, error);
        return {};
    }
    authorizeThen(Call{Kind::Apply, addresses, {}, {}});
    return {};
}

QString HelperService::Revert()
{
    touch();
    // Authorised with the action of the change it will undo; nothing to undo is still asked as apply.
    const auto target = m_store.lastRevertable();
    authorizeThen(Call{Kind::Revert, {}, {}, target ? target->id : QString()});
    return {};
}

void HelperService::replyError(const QDBusMessage &request, const QString &name, const QString &message)
{
    audit::refused(request, name, message);
    QDBusConnection::systemBus().send(request.createErrorReply(name, message));
}

void HelperService::refuseNow(const QString &name, const QString &message)
{
    audit::refused(this->message(), name, message);
    sendErrorReply(name, message);
}

QString HelperService::actionFor(const Call &call) const
{
    if (call.kind == Kind::KernelCommandLine)
        return helpererrors::kernelCommandLineAction();
    if (call.kind == Kind::Revert && !call.revertTarget.isEmpty()) {
        const auto target = m_store.load(call.revertTarget);
        if (target && target->kind == transactionkind::kernelCommandLine())
            return helpererrors::kernelCommandLineAction();
    }
    return helpererrors::applyAction();
}

void HelperService::authorizeThen(const Call &call)
{
    if (isBusy()) {
        refuseNow(helpererrors::busy(),
                  QStringLiteral("Another change is in progress (transaction %1): wait for it to finish, "
                                 "then try again.")
                      .arg(m_runner->record().id));
        return;
    }
    setDelayedReply(true);
    const QDBusMessage request = message();
    ++m_pendingAuthorisations;
    m_authorizer.authorize(actionFor(call), request.service(),
                           [this, call, request](const PolkitAuthorizer::Decision &decision) {
                               --m_pendingAuthorisations;
                               touch();
                               if (!decision.allowed) {
                                   replyError(request, helpererrors::notAuthorized(), decision.message);
                                   return;
                               }
                               startCall(request, call);
                           });
}

void HelperService::startCall(const QDBusMessage &request, const Call &call)
{
    if (isBusy()) { // another caller got through while this one was being asked
        replyError(request, helpererrors::busy(),
                   QStringLiteral("Another change is in progress (transaction %1): wait for it to "
                                  "finish, then try again.")
                       .arg(m_runner->record().id));
        return;
    }
    switch (call.kind) {
    case Kind::Apply:
        startApply(request, call.addresses);
        break;
    case Kind::KernelCommandLine:
        startKernelCommandLine(request, call.commandLine);
        break;
    case Kind::Revert:
        startRevert(request, call.revertTarget);
        break;
    }
}

void HelperService::startApply(const QDBusMessage &request, const QStringList &addresses)
{
    QString errorName, error;
    // The devices may have changed while polkit asked for the password: check again.
    if (!checkAddresses(addresses, &errorName, &error)) {
        replyError(request, errorName, error);
        return;
    }
    const HelperPlan plan = makeHelperPlan(m_options.root, addresses);
    if (const Result<void> verdict = plan.verdict(); !verdict) {
        replyError(request, verdict.failure().errorName, verdict.failure().message);
        return;
    }
    QStringList paths;
    for (const HelperPlan::File &file : plan.files)
        paths.append(file.path);
    if (const auto refusal = checkPlanIsSafe(paths, plan.commands)) {
        replyError(request, refusal->errorName, refusal->message);
        return;
    }
    if (const auto refusal = checkProgramsInstalled(
            m_store, plan.commands, tr("the initramfs must be regenerated for the change to work"))) {
        replyError(request, refusal->errorName, refusal->message);
        return;
    }

    TransactionRecord record;
    record.id = TransactionStore::newId();
    record.kind = transactionkind::apply();
    record.addresses = addresses;
    record.devices = plan.devicesJson();
    record.distribution = plan.distribution;
    record.commands = plan.commands;
    startTransaction(request, std::move(record), toFileReplacements(plan.files), plan.successMessage);
}

void HelperService::startRevert(const QDBusMessage &request, const QString &target)
{
    const auto applied = m_store.lastRevertable();
    if (!applied) {
        replyError(
            request, helpererrors::failed(),
            QStringLiteral("Nothing to revert: no change made by VFIO Isolator is in place on this system."));
        return;
    }
    if (applied->id != target) { // another change finished while polkit asked: that one was not authorised
        replyError(request, helpererrors::busy(),
                   tr("The last change is now transaction %1, not the one you were asked about: run Revert "
                      "again. Nothing was changed.")
                       .arg(applied->id));
        return;
    }
    QString error;
    auto changes = m_store.restoringChanges(*applied, &error);
    if (!changes) {
        replyError(request, helpererrors::failed(), error + QStringLiteral(" Nothing was changed."));
        return;
    }
    TransactionRecord record;
    record.id = TransactionStore::newId();
    record.kind = transactionkind::revert();
    record.reverts = applied->id;
    record.addresses = applied->addresses;
    record.devices = applied->devices;
    record.distribution = applied->distribution;
    record.commands = applied->commands;
    QStringList notes = editedSinceNotes(m_store, *applied);
    QString success =
        QStringLiteral("Restart to finish: after the next boot %1 use their usual drivers again.")
            .arg(applied->addresses.join(QStringLiteral(", ")));
    QString step;
    if (applied->kind == transactionkind::kernelCommandLine()) {
        auto commands = commandLineRevertCommands(m_store, *applied, &notes);
        if (const auto *refusal = std::get_if<Refusal>(&commands)) {
            replyError(request, refusal->errorName, refusal->message);
            return;
        }
        record.commands = std::get<QList<QStringList>>(commands);
        success = commandLineRevertMessage(*applied);
        step = bootToolStep();
    }
    if (!notes.isEmpty())
        success += QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
    startTransaction(request, std::move(record), std::move(*changes), success, step);
}

void HelperService::startTransaction(const QDBusMessage &request, TransactionRecord record,
                                     QList<FileReplacement> changes, const QString &successMessage,
                                     const QString &commandStep)
{
    // The last line of defence, whichever plan or record the commands came from.
    if (const auto refusal = checkCommandsMayRun(m_store, record.commands)) {
        replyError(request, refusal->errorName, refusal->message);
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
                if (success && finished.kind == transactionkind::revert())
                    markReverted(finished);
                touch();
                emit Finished(id, success, message);
            });
    // The caller gets the id first, then the signals: D-Bus keeps the order of one sender's messages.
    QDBusConnection::systemBus().send(request.createReply(id));
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
    QJsonArray configured;
    QStringList paths{QStringLiteral("/etc/modprobe.d/vfio.conf")};
    if (applied) {
        for (const QJsonValue &value : applied->devices) {
            const QJsonObject device = value.toObject();
            configured.append(
                QJsonObject{{QStringLiteral("address"), device.value(QStringLiteral("address"))},
                            {QStringLiteral("id"), device.value(QStringLiteral("id"))},
                            {QStringLiteral("binding"), device.value(QStringLiteral("binding"))}});
        }
        for (const FileBackup &file : applied->files) {
            if (!paths.contains(file.path))
                paths.append(file.path);
        }
    }
    state.insert(QStringLiteral("configured"), configured);

    QJsonArray files;
    QStringList ids;
    for (const QString &path : paths) {
        QFile file(m_store.hostPath(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString content = QString::fromUtf8(file.read(1024 * 1024));
        if (path.startsWith(QLatin1String("/etc/modprobe.d/")))
            ids.append(VfioConfig::parse(content).ids);
        files.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("content"), content}});
    }
    ids.removeDuplicates();
    state.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids));
    state.insert(QStringLiteral("files"), files);

    const auto last = m_store.last();
    if (last) {
        state.insert(QStringLiteral("lastTransaction"),
                     QJsonObject{{QStringLiteral("id"), last->id},
                                 {QStringLiteral("kind"), last->kind},
                                 {QStringLiteral("state"), last->state},
                                 {QStringLiteral("started"), last->started.toString(Qt::ISODate)},
                                 {QStringLiteral("finished"), last->finished.toString(Qt::ISODate)},
                                 {QStringLiteral("addresses"), QJsonArray::fromStringList(last->addresses)},
                                 {QStringLiteral("message"), last->message}});
    } else {
        state.insert(QStringLiteral("lastTransaction"), QJsonValue());
    }
    return toJsonText(state);
}

} // namespace vfio
