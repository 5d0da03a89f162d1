// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a picture of the main window on a fixture, for docs/images and for looking at by eye: run it under
// Xvfb (QT_QPA_PLATFORM=xcb) so the picture is what a person sees. --dark gives the application a dark
// palette (Fusion), as a dark desktop theme does; --tick and --select act as a click would.
//   window_screenshots FIXTURE_DIR OUTPUT.png [--dark] [--size WxH] [--tick ADDRESS] [--select ADDRESS]
// At 200 % scale: QT_SCALE_FACTOR=2 in the environment (the picture then has twice the pixels of --size):
//   cd tests/data && QT_SCALE_FACTOR=2 window_screenshots seed main-window-dark-200.png --dark
//       --size 1200x720 --tick 0000:03:00.0 --select 0000:03:00.0
#include "GuiTestSupport.h"

#include "DeviceTreeModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace vfio;

namespace {
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xa8));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    return dark;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("VFIO Isolator"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("a dark palette"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size"),
                                  QStringLiteral("WxH"));
    const QCommandLineOption tick(QStringLiteral("tick"), QStringLiteral("tick a device"),
                                  QStringLiteral("ADDR"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("current row"),
                                    QStringLiteral("ADDR"));
    parser.addOptions({dark, size, tick, select});
    parser.addPositionalArgument(QStringLiteral("root"), QStringLiteral("fixture"));
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("PNG"));
    parser.process(app);
    if (parser.positionalArguments().size() != 2) {
        std::fprintf(stderr, "usage: window_screenshots FIXTURE_DIR OUTPUT.png [options]\n");
        return 2;
    }
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    MainWindow window(MainWindow::Source{parser.positionalArguments().at(0), false},
                      std::make_unique<test::FakeHelper>());
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    window.show();
    if (parser.isSet(tick)) {
        const QModelIndex row = test::rowOf(window, qPrintable(parser.value(tick)));
        window.tree()->model()->setData(row, Qt::Checked, Qt::CheckStateRole);
    }
    if (parser.isSet(select))
        window.selectDevice(parser.value(select));
    window.tree()->setFocus();
    QTest::qWait(500);
    const QString output = parser.positionalArguments().at(1);
    if (!window.grab().save(output)) {
        std::fprintf(stderr, "could not save %s\n", qPrintable(output));
        return 1;
    }
    std::printf("%s\n", qPrintable(output));
    return 0;
}
