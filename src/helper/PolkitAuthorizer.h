#pragma once

#include "base/Result.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace vfio {

// Asks polkit whether the D-Bus caller may perform an action. The subject is the caller's unique bus name,
// which the bus daemon vouches for (never a PID, which can be recycled, and never an identity the caller
// claims). The check runs on a worker thread because polkit may show a password dialog for minutes; the
// helper's bus loop keeps answering (State, Busy errors) meanwhile. Anything other than a clear "yes" is
// "no": a failure whose sentence says why not (the caller names the D-Bus error).
class PolkitAuthorizer : public QObject
{
    Q_OBJECT
public:
    explicit PolkitAuthorizer(QObject *parent = nullptr);
    ~PolkitAuthorizer() override;

    // `done` is called later in this object's thread, exactly once.
    void authorize(const QString &actionId, const QString &busName, std::function<void(Result<void>)> done);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; every polkit call happens there, one at a time
};

} // namespace vfio
