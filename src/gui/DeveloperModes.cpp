// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeveloperModes.h"

#include "DeviceTreeModel.h"
#include "FirstPaintProbe.h"
#include "ReviewDialog.h"
#include "SystemChangeService.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace vfio {

namespace {

// Saves a picture of `widget` once pending events (layout, the helper's answer) have been handled.
void grabLater(QWidget *widget, const QString &file, int delayMs)
{
    QTimer::singleShot(delayMs, widget, [widget, file] {
        if (!widget->grab().save(file))
            std::fprintf(stderr, "Could not save the screenshot %s\n", qPrintable(file));
    });
}

// Every row of the device tree, each column's text and the tick, tab-separated: what the window shows,
// for comparing two runs (tests/sandbox: in a Flatpak-like sandbox and outside).
void printRows(const QAbstractItemModel &model, const QModelIndex &parent, QTextStream &out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells << model.index(row, column, parent).data().toString();
        cells << model.index(row, 0, parent).data(Qt::CheckStateRole).toString();
        out << cells.join(QLatin1Char('\t')) << '\n';
        printRows(model, model.index(row, 0, parent), out);
    }
}

void prepare(MainWindow &window, const GuiCommandLine &commandLine)
{
    if (commandLine.exitAfterFirstPaint)
        window.installEventFilter(new FirstPaintProbe(&window));
    // The pictures show what a person sees after confirming: the sample's boot GPU ticked (docs/images).
    // These modes quit by themselves; the desktop session ticks as a click does (tickAtStart).
    for (const QString &address : commandLine.ticks) {
        if (const auto parsed = PciAddress::parse(address))
            window.model()->tickWithOverride(*parsed);
    }
    if (!commandLine.select.isEmpty())
        window.selectDevice(commandLine.select);
    if (!commandLine.screenshot.isEmpty() || !commandLine.reviewScreenshot.isEmpty())
        window.resize(1280, 800); // the documented screenshot size
}

} // namespace

int runDeveloperMode(const GuiCommandLine &commandLine, std::future<MachineReading> reading)
{
    MainWindow window(commandLine.source, nullptr, nullptr, std::move(reading));
    prepare(window, commandLine);
    window.show();
    if (!commandLine.screenshot.isEmpty()) {
        grabLater(&window, commandLine.screenshot, 500);
        QTimer::singleShot(700, qApp, &QCoreApplication::quit);
    } else if (commandLine.printDevices) {
        QTimer::singleShot(300, &window, [&window] {
            QTextStream out(stdout);
            printRows(*window.model(), {}, out);
            QCoreApplication::quit();
        });
    } else if (!commandLine.reviewScreenshot.isEmpty()) {
        QTimer::singleShot(300, &window, [&window, &commandLine] {
            ReviewDialog *dialog = window.openReview();
            grabLater(dialog, commandLine.reviewScreenshot, 800);
        });
        QTimer::singleShot(1400, qApp, &QCoreApplication::quit);
    }
    return QApplication::exec();
}

} // namespace vfio
