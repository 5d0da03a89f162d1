// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SystemChangeService.h"

#include <QDBusConnection>

namespace vfio {

class HelperClient;

// The helper over the system bus (io.github.vfio_isolator.Helper1) through the shared asynchronous client
// (vfio_helper_client). When the bus or the helper is missing, the failure arrives quickly with a message
// saying how to fix it, never a hang.
class DbusHelperService : public SystemChangeService
{
    Q_OBJECT

public:
    // The system bus by default; tests pass a private bus.
    explicit DbusHelperService(QObject *parent = nullptr);
    explicit DbusHelperService(const QDBusConnection &connection, QObject *parent = nullptr);

    void preview(const QStringList &addresses) override;
    void apply(const QStringList &addresses) override;
    void revert() override;
    void requestState() override;
    void previewCommandLine(const CommandLineChange &change) override;
    void setCommandLine(const CommandLineChange &change) override;

    // Plain words for a D-Bus error name (missing bus, missing helper, refused authorisation, ...).
    static QString explainError(const QString &errorName, const QString &helperMessage);

private:
    // False (with callFailed delivered later) when the bus is not there: a call on a connection that never
    // connected would otherwise never answer.
    bool ensureConnected(Call call);

    QDBusConnection m_connection;
    HelperClient *m_client;
};

} // namespace vfio
