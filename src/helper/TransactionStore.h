#pragma once

#include "boot/KernelParameters.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vfio {

// One file a transaction writes or removes. `path` is the path on the target system ("/etc/modprobe.d/
// vfio.conf"); the store maps it under its root.
struct FileReplacement
{
    QString path;
    std::optional<QByteArray> content; // nothing: the file is removed
    QString reason;
    std::optional<int> mode; // nothing: keep the existing file's permissions, 0644 for a new file
};

// What a transaction replaced in one file, so that it can be put back exactly.
struct FileBackup
{
    QString path; // path on the target system
    bool existed = false;
    int mode = 0644;    // permission bits of the previous file
    QString backupName; // file name inside the transaction's folder; empty when !existed
    QString newSha256;  // hash of what the transaction wrote; empty when it removed the file
};

// What a transaction did: the record's `kind`.
namespace transactionkind {
inline QString apply() // vfio-pci for a selection of devices
{
    return QStringLiteral("apply");
}
inline QString kernelCommandLine() // words added to or removed from the kernel command line
{
    return QStringLiteral("cmdline");
}
inline QString revert() // undid the transaction named in `reverts`
{
    return QStringLiteral("revert");
}
} // namespace transactionkind

struct TransactionRecord
{
    QString id;
    QString kind;  // a transactionkind:: word
    QString state; // "running", "complete", "rolled-back" (tool failed, files restored), "interrupted"
    QDateTime started;
    QDateTime finished;
    QStringList addresses;
    QJsonArray devices; // as in the plan
    QString distribution;
    QList<FileBackup> files;
    QList<QStringList> commands;   // as on the target system (absolute paths)
    QStringList createdFolders;    // folders the transaction had to create, deepest first: removed on undo
    CommandLineChange commandLine; // for a kernel command line change: the words asked for
    // For a kernel command line change made by a tool alone (grubby, kernelstub): the change Revert plans
    // and runs, as no file backup can undo it. Empty otherwise.
    CommandLineChange undo;
    QString reverts;    // for a revert: the transaction it undid
    QString revertedBy; // for an apply: the revert that undid it
    QString message;

    QJsonObject toJson() const;
    static std::optional<TransactionRecord> fromJson(const QJsonObject &object);
};

// Transaction records and backups under ROOT/var/lib/vfio-isolator/: transactions/<id>/record.json, the
// previous file contents next to it, and history.json listing the ids oldest first. Everything is written
// with the atomic writer, so a crash leaves either the old or the new record.
class TransactionStore
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
    };

    explicit TransactionStore(QString root);

    QString root() const { return m_root; }
    QString folder() const;                            // ROOT/var/lib/vfio-isolator
    QString hostPath(const QString &systemPath) const; // ROOT + path

    static QString newId();

    // Records the current content of every file `changes` touches (into record.files and backup files) and
    // saves the record in state "running" and its id in the history. Nothing on the system is changed yet.
    Result begin(TransactionRecord &record, const QList<FileReplacement> &changes);
    Result save(const TransactionRecord &record);

    std::optional<TransactionRecord> load(const QString &id) const;
    QStringList history() const;
    std::optional<TransactionRecord> last() const;
    // The newest change (apply or kernel command line) that completed, changed something and was not
    // reverted yet: what Revert undoes.
    std::optional<TransactionRecord> lastRevertable() const;
    // The same among the applies only: which devices are configured now.
    std::optional<TransactionRecord> lastRevertableApply() const;

    std::optional<QByteArray> backupContent(const TransactionRecord &record, const FileBackup &file) const;
    // The changes that put every file of `record` back as it was before the record's transaction.
    std::optional<QList<FileReplacement>> restoringChanges(const TransactionRecord &record,
                                                           QString *error) const;
    // Writes those changes: used to roll back a failed transaction and to recover an interrupted one.
    Result restore(const TransactionRecord &record) const;
    // Removes the folders `record` created, where they are empty again (after a rollback or a revert).
    void removeCreatedFolders(const TransactionRecord &record) const;

private:
    QString transactionFolder(const QString &id) const;
    std::optional<TransactionRecord> lastRevertable(const QStringList &kinds) const;

    QString m_root;
};

QString sha256Hex(const QByteArray &content);

} // namespace vfio
