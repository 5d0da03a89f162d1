// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace vfio {

// For the start-up benchmark: when the watched widget paints for the first time, prints
// "first-paint <ms since process start>" on stdout and quits the application.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QObject *parent = nullptr);

    // Milliseconds since this process was started, from /proc/self/stat (10 ms resolution); -1 if unknown.
    static double msSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace vfio
