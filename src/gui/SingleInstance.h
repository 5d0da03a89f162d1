// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace vfio {

// One running copy per user and display: the first start listens on a local socket; a later start hands its
// request to it (raise the window, optionally on a device) and exits. The socket lives in the user's runtime
// folder, so other users cannot reach it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);

    // True when another copy took `request`: the caller then exits. Otherwise this copy listens from now on.
    bool handOver(const QStringList &request);

    static QString defaultName(); // per user and display

signals:
    void requested(const QStringList &request); // from a later start

private:
    void readRequest();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace vfio
