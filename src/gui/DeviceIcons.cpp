// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceIcons.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace vfio {

namespace {
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    const QIcon fallbackIcon = QApplication::style()->standardIcon(fallback);
    return QIcon::fromTheme(QString::fromLatin1(name), fallbackIcon);
}
} // namespace

namespace {
QIcon lookUp(quint8 base, quint8 sub);
} // namespace

QIcon iconForClass(quint32 classCode)
{
    // Theme look-ups are slow and the view asks for every visible row at every paint: one per class.
    static QHash<quint16, QIcon> cache;
    const auto base = static_cast<quint8>(classCode >> 16);
    const auto sub = static_cast<quint8>(classCode >> 8);
    const auto key = static_cast<quint16>(classCode >> 8);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, lookUp(base, sub));
    return *it;
}

namespace {
QIcon lookUp(quint8 base, quint8 sub)
{
    switch (base) {
    case 0x01:
        return themed("drive-harddisk", QStyle::SP_DriveHDIcon);
    case 0x02:
        return themed("network-wired", QStyle::SP_DriveNetIcon);
    case 0x03:
        return themed("video-display", QStyle::SP_DesktopIcon);
    case 0x04:
        return themed("audio-card", QStyle::SP_MediaVolume);
    case 0x06:
        return themed("network-workgroup", QStyle::SP_DirLinkIcon);
    case 0x0c:
        return sub == 0x03 ? themed("drive-removable-media-usb", QStyle::SP_DriveFDIcon)
                           : themed("preferences-system", QStyle::SP_ComputerIcon);
    default:
        return themed("preferences-system", QStyle::SP_ComputerIcon);
    }
}
} // namespace

QIcon groupIcon()
{
    static const QIcon icon = themed("folder", QStyle::SP_DirIcon);
    return icon;
}

} // namespace vfio
