// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
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
enum class TransactionKind
{
    Apply,             // "apply": vfio-pci for a selection of devices
    KernelCommandLine, // "cmdline": words added to or removed from the kernel command line
    Revert             // "revert": undid the transaction named in `reverts`
};

// Where a transaction is: the record's `state`.
enum class TransactionState
{
    Running,    // "running": begun, not finished (a record found so at start-up was cut short)
    Complete,   // "complete"
    RolledBack, // "rolled-back": a step failed and the files were put back
    Interrupted // "interrupted": the helper stopped during it; the files were put back at the next start
};

// The words of the record on disk and of State()'s reply; nothing for a word that names no kind or state.
QString toString(TransactionKind kind);
std::optional<TransactionKind> transactionKindFromString(const QString &word);
QString toString(TransactionState state);
std::optional<TransactionState> transactionStateFromString(const QString &word);

struct TransactionRecord
{
    QString id;
    TransactionKind kind = TransactionKind::Apply;
    TransactionState state = TransactionState::Running;
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
    explicit TransactionStore(QString root);

    QString root() const { return m_root; }
    QString folder() const;                            // ROOT/var/lib/vfio-isolator
    QString hostPath(const QString &systemPath) const; // ROOT + path

    static QString newId();

    // Records the current content of every file `changes` touches (into record.files and backup files) and
    // saves the record in state "running" and its id in the history. Nothing on the system is changed yet.
    Result<void> begin(TransactionRecord &record, const QList<FileReplacement> &changes);
    Result<void> save(const TransactionRecord &record);

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
    Result<QList<FileReplacement>> restoringChanges(const TransactionRecord &record) const;
    // Writes those changes: used to roll back a failed transaction and to recover an interrupted one.
    Result<void> restore(const TransactionRecord &record) const;
    // Removes the folders `record` created, where they are empty again (after a rollback or a revert).
    void removeCreatedFolders(const TransactionRecord &record) const;

private:
    QString transactionFolder(const QString &id) const;
    // The folders `changes` would have to create, deepest first (begin() records them for undoing).
    QStringList missingFolders(const QList<FileReplacement> &changes) const;
    // Fills record.files and copies every existing file into the transaction's folder.
    Result<void> keepCopies(TransactionRecord &record, const QList<FileReplacement> &changes) const;
    std::optional<TransactionRecord> lastRevertable(const QList<TransactionKind> &kinds) const;

    QString m_root;
};

QString sha256Hex(const QByteArray &content);

} // namespace vfio
