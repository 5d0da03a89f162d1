// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemRoot.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vfio {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SystemRoot)
};
} // namespace

Result<void> checkSystemRoot(const QString &root)
{
    const QFileInfo info(root);
    if (!info.exists())
        return fail(
            Text::tr("The folder %1 does not exist. Use the folder that holds sys/, proc/ and lib/modules/ "
                     "of a system.")
                .arg(root));
    if (!info.isDir() || !info.isReadable() || !info.isExecutable())
        return fail(Text::tr("%1 is not a readable directory. Check its permissions, or use another folder.")
                        .arg(root));
    const QFileInfo devices(underRoot(root, QStringLiteral("/sys/bus/pci/devices")));
    if (!devices.isDir() || !devices.isReadable())
        return fail(
            Text::tr("%1 has no readable sys/bus/pci/devices, so it is not a system root. On this machine, "
                     "is /sys mounted? For a hardware report, use the folder that contains sys/.")
                .arg(root));
    return {};
}

QString underRoot(const QString &root, const QString &absolutePath)
{
    QString base = root.isEmpty() ? QStringLiteral("/") : root;
    while (base.size() > 1 && base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString path =
        absolutePath.startsWith(QLatin1Char('/')) ? absolutePath : QLatin1Char('/') + absolutePath;
    if (base != QStringLiteral("/"))
        return base + path;
    return runsInFlatpak() ? hostPathFromSandbox(path) : path;
}

bool runsInFlatpak()
{
    static const bool inside = QFileInfo::exists(QStringLiteral("/.flatpak-info"));
    return inside;
}

QString hostPathFromSandbox(const QString &path)
{
    // host-etc:ro and host-os:ro show the host's /etc and /usr there; /lib, /bin and /sbin of a merged-/usr
    // host are its /usr's. /sys, /proc, /run and /dev are the host's own in the sandbox already.
    static const std::pair<QLatin1String, QLatin1String> moved[] = {
        {QLatin1String("/etc/"), QLatin1String("/run/host/etc/")},
        {QLatin1String("/usr/"), QLatin1String("/run/host/usr/")},
        {QLatin1String("/lib/"), QLatin1String("/run/host/usr/lib/")},
        {QLatin1String("/bin/"), QLatin1String("/run/host/usr/bin/")},
        {QLatin1String("/sbin/"), QLatin1String("/run/host/usr/sbin/")},
    };
    for (const auto &[inHost, inSandbox] : moved) {
        if (path.startsWith(inHost))
            return inSandbox + path.mid(inHost.size());
    }
    return path;
}

QString secureBootVariable()
{
    return QStringLiteral("sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c");
}

} // namespace vfio
