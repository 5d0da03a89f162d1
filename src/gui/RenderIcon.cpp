// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application's SVG icon as square PNGs for the hicolor theme.
//   vfio-render-icon SVG OUTPUT_DIR SIZE...   writes OUTPUT_DIR/SIZExSIZE/apps/<SVG's base name>.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

bool renderOne(QSvgRenderer &renderer, const QString &outputDir, const QString &baseName, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outputDir).arg(size);
    return QDir().mkpath(dir) &&
           image.save(dir + QLatin1Char('/') + baseName + QStringLiteral(".png"), "PNG");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        err << "usage: vfio-render-icon SVG OUTPUT_DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "vfio-render-icon: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    const QString baseName = QFileInfo(arguments.at(1)).completeBaseName();
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size <= 0 || !renderOne(renderer, arguments.at(2), baseName, size)) {
            err << "vfio-render-icon: cannot render size " << arguments.at(i) << '\n';
            return 1;
        }
    }
    return 0;
}
