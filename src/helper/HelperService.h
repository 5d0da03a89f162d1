// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Authorizer.h"
#include "PendingCall.h"
#include "TransactionRunner.h"
#include "TransactionStore.h"

#include <QDBusContext>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace vfio {

struct HelperPlan;

// The object behind io.github.vfio_isolator.Helper1. The generated adaptor calls the capitalised slots; the
// signals of the same name are relayed onto the bus. Changing methods reply later (setDelayedReply) because
// polkit may need minutes to ask for a password, and the work itself runs while the bus loop keeps going.
class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT
public:
    struct Options
    {
        QString root = QStringLiteral("/");
        int idleTimeoutMs = 60 * 1000;
        int commandTimeoutMs = 10 * 60 * 1000;
        // Who must own a program for it to run (checkProgramTrusted): root. Only the tests of the service's
        // logic, which run in-process as a plain user, name their own uid; the helper has no option for it.
        uint programOwnerUid = 0;
    };

    // Every change is asked of `authorizer` first (polkit in the helper); it must outlive the service.
    HelperService(Options options, Authorizer &authorizer, QObject *parent = nullptr);

    // Puts back the files of a transaction that was cut short (power cut, crash) before anything else.
    void recoverInterruptedTransaction();

    bool isBusy() const { return m_runner != nullptr; }

public slots: // in the order of the interface file (io.github.vfio_isolator.Helper1.xml)
    QString Preview(const QStringList &addresses);
    QString Apply(const QStringList &addresses);
    // The kernel command line (HelperServiceCommandLine.cpp): words from a fixed list, for the boot loader
    // detected here.
    QString PreviewKernelCommandLine(const QStringList &add, const QStringList &remove);
    QString SetKernelCommandLine(const QStringList &add, const QStringList &remove);
    QString Revert();
    QString State();

signals:
    void Progress(const QString &transactionId, const QString &step, const QString &line);
    void Finished(const QString &transactionId, bool success, const QString &message);
    void idleTimeout(); // no call and no work for the idle time: the program may exit

private:
    // A changing call waiting for polkit, with what it needs to start afterwards.
    struct Call
    {
        TransactionKind kind = TransactionKind::Apply;
        QStringList addresses;         // Apply
        CommandLineChange commandLine; // KernelCommandLine
        QString revertTarget;          // Revert: the transaction it was authorised to undo (may be empty)
    };

    void touch();
    // Asks `authorization` of the authorizer, then starts `call` (decided) or refuses it.
    void authorizeThen(const Call &call, const AuthorizationRequest &authorization);
    void decided(const Call &call, const PendingCall &request, const Result<void> &decision);
    void startCall(const PendingCall &request, const Call &call);
    void startApply(const PendingCall &request, const QStringList &addresses);
    void startKernelCommandLine(const PendingCall &request, const CommandLineChange &change);
    void startRevert(const PendingCall &request, const QString &target);
    void startTransaction(const PendingCall &request, TransactionRecord record,
                          QList<FileReplacement> changes, const QString &successMessage,
                          const QString &commandStep = {});
    // A refusal sent now, from inside the method call (logged, like every refusal); true when `checked`
    // failed and its refusal was sent.
    void refuseNow(const Failure &refusal);
    bool refusedNow(const Result<void> &checked);
    // The refusal of a changing call while a transaction runs.
    Failure busyFailure() const;
    // Records on the apply a revert undid that it is undone (and removes the folders it had created).
    void markReverted(const TransactionRecord &revert);
    // The error reply to a delayed call (logged, like every refusal); the failure's errorName is its name.
    void replyError(const PendingCall &request, const Failure &refusal);
    // Strict address form first, then existence under ROOT/sys; the failure names the D-Bus error.
    Result<void> checkAddresses(const QStringList &addresses) const;

    Options m_options;
    TransactionStore m_store;
    Authorizer &m_authorizer;
    TransactionRunner *m_runner = nullptr;
    int m_pendingAuthorisations = 0;
    QTimer m_idleTimer;
};

} // namespace vfio
