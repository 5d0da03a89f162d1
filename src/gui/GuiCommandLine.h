#pragma once

#include "MainWindow.h"

#include <QStringList>

#include <optional>

class QApplication;

namespace vfio {

// What `vfio-isolator` was asked on its command line, parsed once (QCommandLineParser; --help and
// --version print and exit there).
struct GuiCommandLine
{
    MainWindow::Source source;
    QStringList ticks;                // --tick ADDRESS (with the group; host-critical included)
    QString select;                   // --select ADDRESS
    bool trayOnly = false;            // --tray
    bool openSetup = false;           // --first-time-setup
    QString screenshot;               // developer: --screenshot FILE
    QString reviewScreenshot;         // developer: --review-screenshot FILE
    bool exitAfterFirstPaint = false; // developer (benchmark): --exit-after-first-paint

    bool developerMode() const
    {
        return !screenshot.isEmpty() || !reviewScreenshot.isEmpty() || exitAfterFirstPaint;
    }

    // Nothing, after printing the problem and the way out, when --root or --sample cannot be used.
    static std::optional<GuiCommandLine> parse(const QApplication &app);
};

} // namespace vfio
