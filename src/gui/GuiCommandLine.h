// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"

#include <QStringList>

#include <optional>

class QCoreApplication;

namespace vfio {

// What `vfio-isolator` was asked on its command line, parsed once (QCommandLineParser; --help and
// --version print and exit there). The developer modes' options (--screenshot, --review-screenshot,
// --exit-after-first-paint, --print-devices: docs/images, bench/gui, tests/sandbox) work but are not listed
// in --help.
struct GuiCommandLine
{
    MainWindow::Source source;
    QStringList ticks;                // --tick ADDRESS (as a click: see tickAtStart)
    QString select;                   // --select ADDRESS
    bool trayOnly = false;            // --tray
    bool openSetup = false;           // --first-time-setup
    QString screenshot;               // developer: --screenshot FILE
    QString reviewScreenshot;         // developer: --review-screenshot FILE
    bool exitAfterFirstPaint = false; // developer (benchmark): --exit-after-first-paint
    bool printDevices = false;        // developer (sandbox test): --print-devices

    bool developerMode() const
    {
        return !screenshot.isEmpty() || !reviewScreenshot.isEmpty() || exitAfterFirstPaint || printDevices;
    }

    // Nothing, after printing the problem and the way out, when --root or --sample cannot be used. Needs
    // only a QCoreApplication: without a display, --help, --version and mistakes are answered all the same.
    static std::optional<GuiCommandLine> parse(const QCoreApplication &app);

    // Whether --help, -h, --help-all, --version or -v is among the arguments: they need no window.
    static bool asksForHelpOrVersion(int argc, char *argv[]);
    // --help or --version answered from `arguments` alone (no QApplication, so no display): prints it and
    // returns the exit code. Nothing when the arguments ask for something else, or hold what only
    // QApplication reads (Qt's own options such as -platform).
    static std::optional<int> answerHelpOrVersion(const QStringList &arguments);
};

// --tick at start, through the path a click on the check box takes: the group follows, a bridge or an
// unknown device is refused in the banner, and a group holding a device the host needs is ticked only after
// the person's two confirmations (MainWindow asks). An address that names no device is reported on stderr.
void tickAtStart(DeviceTreeModel &model, const QStringList &addresses);

} // namespace vfio
