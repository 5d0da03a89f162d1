#pragma once

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

signals:
    void previewReady(const QString &planJson);
    void stateReady(const QString &stateJson);
    void transactionStarted(const QString &transactionId);
    void progress(const QString &transactionId, const QString &step, const QString &line);
    void finished(const QString &transactionId, bool success, const QString &message);
    // `operation` is "Preview", "Apply", "Revert" or "State".
    void callFailed(const QString &operation, const QString &errorName, const QString &message);
};

} // namespace vfio
