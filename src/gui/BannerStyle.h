// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

class QLabel;

namespace vfio {

enum class BannerKind
{
    Information, // why the selection changed
    Problem,     // a refusal, a scan problem
    Notice,      // the sample machine or a snapshot: read-only
};

// A banner's style sheet taken from the palette: a faint tint of the kind's accent over the window colour,
// the window's text colour and an accent border, so that banners stay readable in dark and light themes.
QString bannerStyleSheet(BannerKind kind, const QPalette &palette);

// The kind's icon (the icon theme's, else the style's), so that a banner's kind is not told by colour alone.
QIcon bannerIcon(BannerKind kind);
// The kind in words ("Problem", "Information", "Read-only"), for screen readers.
QString bannerKindName(BannerKind kind);
// Puts the kind's icon into `icon` at the label's font size, and its name into both labels' descriptions.
void showBannerKind(QLabel *icon, QLabel *text, BannerKind kind);

} // namespace vfio
