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
    return base == QStringLiteral("/") ? path : base + path;
}

QString secureBootVariable()
{
    return QStringLiteral("sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c");
}

} // namespace vfio
