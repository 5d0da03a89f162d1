// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionStore.h"

#include "AtomicFile.h"
#include "PlanSafety.h"
#include "base/EnumNames.h"
#include "topology/SystemRoot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <utility>

namespace vfio {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::TransactionStore)
};

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonObject changeToJson(const CommandLineChange &change)
{
    return QJsonObject{{QStringLiteral("add"), toJsonArray(change.add)},
                       {QStringLiteral("remove"), toJsonArray(change.remove)}};
}

// Only words the helper could have written: anything else means the record was tampered with.
std::optional<CommandLineChange> changeFromJson(const QJsonValue &value)
{
    const CommandLineChange change{toStringList(value[QStringLiteral("add")]),
                                   toStringList(value[QStringLiteral("remove")])};
    const auto allowed = [](const QStringList &words) {
        return std::all_of(words.cbegin(), words.cend(), isAllowedKernelParameter);
    };
    if (!allowed(change.add) || !allowed(change.remove))
        return std::nullopt;
    return change;
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// Record ids are file names: only what newId() makes is accepted when reading them back.
bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

// The one place the words of the record's `kind` and `state` are spelt: the record on disk and State()'s
// reply use them, so they never change.
const EnumNames<TransactionKind, 3> kindWords{{{TransactionKind::Apply, "apply"},
                                               {TransactionKind::KernelCommandLine, "cmdline"},
                                               {TransactionKind::Revert, "revert"}}};
const EnumNames<TransactionState, 4> stateWords{{{TransactionState::Running, "running"},
                                                 {TransactionState::Complete, "complete"},
                                                 {TransactionState::RolledBack, "rolled-back"},
                                                 {TransactionState::Interrupted, "interrupted"}}};

} // namespace

QString toString(TransactionKind kind)
{
    return nameOf(kindWords, kind);
}

QString toString(TransactionState state)
{
    return nameOf(stateWords, state);
}

std::optional<TransactionKind> transactionKindFromString(const QString &word)
{
    return valueOf(kindWords, word);
}

std::optional<TransactionState> transactionStateFromString(const QString &word)
{
    return valueOf(stateWords, word);
}

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QJsonObject TransactionRecord::toJson() const
{
    QJsonArray fileArray;
    for (const FileBackup &file : files) {
        fileArray.append(QJsonObject{{QStringLiteral("path"), file.path},
                                     {QStringLiteral("existed"), file.existed},
                                     {QStringLiteral("mode"), file.mode},
                                     {QStringLiteral("backup"), file.backupName},
                                     {QStringLiteral("newSha256"), file.newSha256}});
    }
    QJsonArray commandArray;
    for (const QStringList &command : commands)
        commandArray.append(toJsonArray(command));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), toString(kind)},
                       {QStringLiteral("state"), toString(state)},
                       {QStringLiteral("started"), started.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("finished"), finished.isValid()
                                                        ? QJsonValue(finished.toUTC().toString(Qt::ISODate))
                                                        : QJsonValue()},
                       {QStringLiteral("addresses"), toJsonArray(addresses)},
                       {QStringLiteral("devices"), devices},
                       {QStringLiteral("distribution"), distribution},
                       {QStringLiteral("files"), fileArray},
                       {QStringLiteral("commands"), commandArray},
                       {QStringLiteral("createdFolders"), toJsonArray(createdFolders)},
                       {QStringLiteral("commandLine"), changeToJson(commandLine)},
                       {QStringLiteral("undo"), changeToJson(undo)},
                       {QStringLiteral("reverts"), reverts},
                       {QStringLiteral("revertedBy"), revertedBy},
                       {QStringLiteral("message"), message}};
}

std::optional<TransactionRecord> TransactionRecord::fromJson(const QJsonObject &object)
{
    TransactionRecord record;
    record.id = object.value(QStringLiteral("id")).toString();
    // An unknown kind or state is not a record the helper wrote: rejected like any other invalid record.
    const auto kind = transactionKindFromString(object.value(QStringLiteral("kind")).toString());
    const auto state = transactionStateFromString(object.value(QStringLiteral("state")).toString());
    if (!isValidId(record.id) || !kind || !state)
        return std::nullopt;
    record.kind = *kind;
    record.state = *state;
    record.started = QDateTime::fromString(object.value(QStringLiteral("started")).toString(), Qt::ISODate);
    record.finished = QDateTime::fromString(object.value(QStringLiteral("finished")).toString(), Qt::ISODate);
    record.addresses = toStringList(object.value(QStringLiteral("addresses")));
    record.devices = object.value(QStringLiteral("devices")).toArray();
    record.distribution = object.value(QStringLiteral("distribution")).toString();
    for (const auto &value : object.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        FileBackup backup;
        backup.path = file.value(QStringLiteral("path")).toString();
        backup.existed = file.value(QStringLiteral("existed")).toBool();
        backup.mode = file.value(QStringLiteral("mode")).toInt(0644);
        backup.backupName = file.value(QStringLiteral("backup")).toString();
        backup.newSha256 = file.value(QStringLiteral("newSha256")).toString();
        // Only configuration files, as the helper writes them; anything else means the record was tampered
        // with.
        if (!isManagedPath(backup.path) || (backup.existed && !isValidId(backup.backupName)))
            return std::nullopt;
        record.files.append(backup);
    }
    for (const auto &value : object.value(QStringLiteral("commands")).toArray())
        record.commands.append(toStringList(value));
    for (const QString &folder : toStringList(object.value(QStringLiteral("createdFolders")))) {
        if (!isManagedPath(folder))
            return std::nullopt;
        record.createdFolders.append(folder);
    }
    const auto commandLine = changeFromJson(object.value(QStringLiteral("commandLine")));
    const auto undo = changeFromJson(object.value(QStringLiteral("undo")));
    if (!commandLine || !undo)
        return std::nullopt;
    record.commandLine = *commandLine;
    record.undo = *undo;
    record.reverts = object.value(QStringLiteral("reverts")).toString();
    record.revertedBy = object.value(QStringLiteral("revertedBy")).toString();
    record.message = object.value(QStringLiteral("message")).toString();
    return record;
}

TransactionStore::TransactionStore(QString root) : m_root(std::move(root))
{
    while (m_root.size() > 1 && m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
}

QString TransactionStore::folder() const
{
    return hostPath(QStringLiteral("/var/lib/vfio-isolator"));
}

QString TransactionStore::hostPath(const QString &systemPath) const
{
    return underRoot(m_root, systemPath);
}

QString TransactionStore::newId()
{
    // Sortable by time, unique within a millisecond thanks to the random tail.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
           QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
               .rightJustified(4, QLatin1Char('0'));
}

QString TransactionStore::transactionFolder(const QString &id) const
{
    return folder() + QStringLiteral("/transactions/") + id;
}

QStringList TransactionStore::missingFolders(const QList<FileReplacement> &changes) const
{
    QStringList folders;
    for (const FileReplacement &change : changes) {
        if (!change.content)
            continue;
        // Every missing ancestor, deepest first, so that undoing can remove them in this order.
        for (QString folderPath = QFileInfo(change.path).path();
             folderPath.lastIndexOf(QLatin1Char('/')) > 0; // never a top folder (/etc, /boot)
             folderPath = QFileInfo(folderPath).path()) {
            if (!QFileInfo::exists(hostPath(folderPath)) && !folders.contains(folderPath))
                folders.append(folderPath);
        }
    }
    return folders;
}

Result<void> TransactionStore::keepCopies(TransactionRecord &record,
                                          const QList<FileReplacement> &changes) const
{
    const QString transaction = transactionFolder(record.id);
    record.files.clear();
    int index = 0;
    for (const FileReplacement &change : changes) {
        FileBackup backup;
        backup.path = change.path;
        const QString host = hostPath(change.path);
        if (const auto mode = atomicfile::permissions(host)) {
            const auto previous = readFile(host);
            if (!previous)
                return fail(Text::tr("Cannot read %1 to keep a copy of it.").arg(host));
            backup.existed = true;
            backup.mode = static_cast<int>(*mode);
            backup.backupName = QStringLiteral("file-%1").arg(index);
            auto written =
                atomicfile::write(transaction + QLatin1Char('/') + backup.backupName, *previous, 0600);
            if (!written)
                return written;
        }
        backup.newSha256 = change.content ? sha256Hex(*change.content) : QString();
        record.files.append(backup);
        ++index;
    }
    return {};
}

Result<void> TransactionStore::begin(TransactionRecord &record, const QList<FileReplacement> &changes)
{
    const QString transaction = transactionFolder(record.id);
    if (!QDir().mkpath(transaction))
        return fail(Text::tr("Cannot create %1.").arg(transaction));
    QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    record.createdFolders = missingFolders(changes);
    if (auto kept = keepCopies(record, changes); !kept)
        return kept;
    record.state = TransactionState::Running;
    if (!record.started.isValid())
        record.started = QDateTime::currentDateTimeUtc();
    if (auto saved = save(record); !saved)
        return saved;

    QStringList ids = history();
    if (!ids.contains(record.id))
        ids.append(record.id);
    return atomicfile::write(folder() + QStringLiteral("/history.json"),
                             QJsonDocument(QJsonArray::fromStringList(ids)).toJson(), 0600);
}

Result<void> TransactionStore::save(const TransactionRecord &record)
{
    return atomicfile::write(transactionFolder(record.id) + QStringLiteral("/record.json"),
                             QJsonDocument(record.toJson()).toJson(), 0600);
}

std::optional<TransactionRecord> TransactionStore::load(const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    const auto content = readFile(transactionFolder(id) + QStringLiteral("/record.json"));
    if (!content)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*content);
    auto record = TransactionRecord::fromJson(document.object());
    if (!record || record->id != id)
        return std::nullopt;
    return record;
}

QStringList TransactionStore::history() const
{
    const auto content = readFile(folder() + QStringLiteral("/history.json"));
    if (!content)
        return {};
    QStringList ids;
    for (const QString &id : toStringList(QJsonDocument::fromJson(*content).array())) {
        if (isValidId(id))
            ids.append(id);
    }
    return ids;
}

std::optional<TransactionRecord> TransactionStore::last() const
{
    const QStringList ids = history();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        if (auto record = load(*it))
            return record;
    }
    return std::nullopt;
}

std::optional<TransactionRecord> TransactionStore::lastRevertable(const QList<TransactionKind> &kinds) const
{
    const QStringList ids = history();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        auto record = load(*it);
        if (!record || record->state != TransactionState::Complete)
            continue;
        // A change that changed nothing (the same selection again) has nothing to undo: look further back.
        if (kinds.contains(record->kind) && record->revertedBy.isEmpty() &&
            (!record->files.isEmpty() || !record->undo.isEmpty()))
            return record;
    }
    return std::nullopt;
}

std::optional<TransactionRecord> TransactionStore::lastRevertable() const
{
    return lastRevertable({TransactionKind::Apply, TransactionKind::KernelCommandLine});
}

std::optional<TransactionRecord> TransactionStore::lastRevertableApply() const
{
    return lastRevertable({TransactionKind::Apply});
}

std::optional<QByteArray> TransactionStore::backupContent(const TransactionRecord &record,
                                                          const FileBackup &file) const
{
    if (!file.existed || !isValidId(file.backupName))
        return std::nullopt;
    return readFile(transactionFolder(record.id) + QLatin1Char('/') + file.backupName);
}

Result<QList<FileReplacement>> TransactionStore::restoringChanges(const TransactionRecord &record) const
{
    QList<FileReplacement> changes;
    for (const FileBackup &file : record.files) {
        FileReplacement change;
        change.path = file.path;
        change.reason = file.existed ? Text::tr("Restoring the content from before %1").arg(record.id)
                                     : Text::tr("Removing: it did not exist before %1").arg(record.id);
        if (file.existed) {
            change.mode = file.mode;
            change.content = backupContent(record, file);
            if (!change.content)
                return fail(Text::tr("The copy of %1 kept by transaction %2 is missing in %3.")
                                .arg(file.path, record.id, transactionFolder(record.id)));
        }
        changes.append(change);
    }
    return changes;
}

Result<void> TransactionStore::restore(const TransactionRecord &record) const
{
    const auto changes = restoringChanges(record);
    if (!changes)
        return changes.failure();
    QStringList problems;
    for (qsizetype i = 0; i < changes->size(); ++i) {
        const FileReplacement &change = changes->at(i);
        atomicfile::removeLeftovers(hostPath(change.path)); // of a write the crash cut short
        const auto result = change.content
                                ? atomicfile::write(hostPath(change.path), *change.content,
                                                    static_cast<mode_t>(change.mode.value_or(0644)))
                                : atomicfile::remove(hostPath(change.path));
        if (!result)
            problems.append(result.error()); // keep going: restore as much as possible
    }
    removeCreatedFolders(record);
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    return {};
}

void TransactionStore::removeCreatedFolders(const TransactionRecord &record) const
{
    for (const QString &folderPath : record.createdFolders)
        QDir().rmdir(hostPath(folderPath)); // fails, as it should, when something else was put there since
}

} // namespace vfio
