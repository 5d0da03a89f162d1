// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperClient.h"

#include "boot/KernelParameters.h"

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace vfio {

// What the window asks of the system: to preview, apply and revert a change, and for the state. The
// privileged helper answers on a real system (DbusHelperService, see docs: dbus-interface); the core answers
// for a snapshot (LocalPlanService). Every call is asynchronous: the answer comes as a signal, so the window
// never waits. A failed call says, in `message`, what went wrong and how to fix it (for a person), with the
// D-Bus error name for code.
class SystemChangeService : public QObject
{
    Q_OBJECT

public:
    // The call a callFailed answers: the helper's method, also where a service answers without the helper.
    using Call = HelperClient::Call;

    using QObject::QObject;

    virtual void preview(const QStringList &addresses) = 0;
    virtual void apply(const QStringList &addresses) = 0;
    virtual void revert() = 0;
    virtual void requestState() = 0;
    // The kernel command line (the first-time setup): the words come from the system check. A service that
    // cannot change it (a snapshot, an older helper) answers callFailed with the reason.
    virtual void previewCommandLine(const CommandLineChange &)
    {
        refuseCommandLine(Call::PreviewKernelCommandLine);
    }
    virtual void setCommandLine(const CommandLineChange &) { refuseCommandLine(Call::SetKernelCommandLine); }

signals:
    void previewReady(const QString &planJson);
    void stateReady(const QString &stateJson);
    void transactionStarted(const QString &transactionId);
    void progress(const QString &transactionId, const QString &step, const QString &line);
    void finished(const QString &transactionId, bool success, const QString &message);
    void callFailed(vfio::HelperClient::Call call, const QString &errorName, const QString &message);

private:
    void refuseCommandLine(Call call);
};

} // namespace vfio
