// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

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

} // namespace vfio
