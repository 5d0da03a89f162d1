// SPDX-License-Identifier: GPL-3.0-or-later
#include "BannerStyle.h"

#include <QApplication>
#include <QColor>
#include <QLabel>
#include <QStyle>

namespace vfio {

namespace {
QColor accent(BannerKind kind, const QPalette &palette)
{
    switch (kind) {
    case BannerKind::Problem:
        return QColor(0xd3, 0x2f, 0x2f);
    case BannerKind::Notice:
        return QColor(0xe0, 0xa8, 0x00);
    case BannerKind::Information:
        break;
    }
    return palette.color(QPalette::Highlight);
}

QColor mixed(const QColor &base, const QColor &tint, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}
} // namespace

QString bannerStyleSheet(BannerKind kind, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor tint = accent(kind, palette);
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; "
                          "padding: 6px; }")
        .arg(mixed(window, tint, 0.18).name(), palette.color(QPalette::WindowText).name(),
             mixed(window, tint, 0.6).name());
}

QIcon bannerIcon(BannerKind kind)
{
    const bool problem = kind == BannerKind::Problem;
    const QIcon fallback = QApplication::style()->standardIcon(problem ? QStyle::SP_MessageBoxWarning
                                                                       : QStyle::SP_MessageBoxInformation);
    return QIcon::fromTheme(problem ? QStringLiteral("dialog-warning") : QStringLiteral("dialog-information"),
                            fallback);
}

QString bannerKindName(BannerKind kind)
{
    switch (kind) {
    case BannerKind::Problem:
        return QCoreApplication::translate("vfio::BannerStyle", "Problem");
    case BannerKind::Notice:
        return QCoreApplication::translate("vfio::BannerStyle", "Read-only");
    case BannerKind::Information:
        break;
    }
    return QCoreApplication::translate("vfio::BannerStyle", "Information");
}

void showBannerKind(QLabel *icon, QLabel *text, BannerKind kind)
{
    // As tall as one line of the banner with its padding; sharp at 200 % scale (the window's pixel ratio).
    const int side = text->fontMetrics().height() * 3 / 2;
    icon->setPixmap(bannerIcon(kind).pixmap(QSize(side, side), icon->devicePixelRatioF()));
    icon->setAccessibleName(bannerKindName(kind));
    text->setAccessibleDescription(bannerKindName(kind));
}

} // namespace vfio
