#pragma once

#include "boot/KernelParameters.h"

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace vfio {

// What the GUI needs from the privileged helper (see docs: dbus-interface). Every call is asynchronous: the
// answer comes as a signal, so the window never waits on the bus. A failed call says, in `message`, what went
// wrong and how to fix it (for a person), with the D-Bus error name for code.
class HelperService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void preview(const QStringList &addresses) = 0;
    virtual void apply(const QStringList &addresses) = 0;
    virtual void revert() = 0;
    virtual void requestState() = 0;
    // The kernel command line (the first-time setup): the words come from the system check. A service that
    // cannot change it (a snapshot, an older helper) answers callFailed with the reason.
    virtual void previewCommandLine(const CommandLineChange &change) { refuseCommandLine(change); }
    virtual void setCommandLine(const CommandLineChange &change) { refuseCommandLine(change); }

signals:
    void previewReady(const QString &planJson);
    void stateReady(const QString &stateJson);
    void transactionStarted(const QString &transactionId);
    void progress(const QString &transactionId, const QString &step, const QString &line);
    void finished(const QString &transactionId, bool success, const QString &message);
    // `operation` is "Preview", "Apply", "Revert", "State" or "KernelCommandLine".
    void callFailed(const QString &operation, const QString &errorName, const QString &message);

private:
    void refuseCommandLine(const CommandLineChange &)
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit callFailed(QStringLiteral("KernelCommandLine"),
                                QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
                                tr("The helper cannot change the kernel command line here; add the words by "
                                   "hand as the check says."));
            },
            Qt::QueuedConnection);
    }
};

} // namespace vfio
