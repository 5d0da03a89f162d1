// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace vfio {

// Restarts the computer through logind (org.freedesktop.login1.Manager.Reboot, interactive: polkit may ask
// the person). The answer comes back as a signal; a refusal says why and what to do instead.
class SystemRestart : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void request();

signals:
    void failed(const QString &message);
};

} // namespace vfio
