// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::Autostart)
};

const QString chosenKey = QStringLiteral("tray/autostartChosen");

QByteArray entryText()
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=VFIO Isolator status\n"
                          "Comment=%1\n"
                          "Exec=vfio-isolator --tray\n"
                          "Icon=io.github.vfio_isolator\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "NoDisplay=true\n")
        .arg(Text::tr("Shows in the system tray whether the devices given to virtual machines are bound"))
        .toUtf8();
}

} // namespace

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.vfio_isolator-tray.desktop");
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

Result<void> Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return {};
        return fail(Text::tr("Could not remove %1; remove it by hand to stop the tray at login.").arg(path));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(entryText()) >= 0 && file.commit())
        return {};
    return fail(Text::tr("Could not write %1 (%2); check that the folder is writable.")
                    .arg(path, file.errorString()));
}

bool Autostart::wasChosen()
{
    return QSettings().value(chosenKey, false).toBool();
}

void Autostart::markChosen()
{
    QSettings().setValue(chosenKey, true);
}

} // namespace vfio
