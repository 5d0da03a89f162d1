// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootLoader.h"

#include "BootPlanSupport.h"
#include "base/EnumNames.h"
#include "topology/SystemRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vfio {

namespace {

// The translation context of the evidence sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::BootLoaderDetection)
};

// The one table of the kinds' names, read both ways.
constexpr EnumNames<BootLoaderKind, 7> kindNames{{
    {BootLoaderKind::Unknown, "unknown"},
    {BootLoaderKind::GrubDropIn, "grub-dropin"},
    {BootLoaderKind::GrubDefaults, "grub-defaults"},
    {BootLoaderKind::GrubBls, "grub-bls"},
    {BootLoaderKind::SystemdBootKernelCmdline, "systemd-boot-kernel-cmdline"},
    {BootLoaderKind::SystemdBootEntries, "systemd-boot-entries"},
    {BootLoaderKind::Kernelstub, "kernelstub"},
}};

bool existsUnder(const QString &root, const QString &targetPath)
{
    return QFileInfo::exists(underRoot(root, targetPath));
}

// The first of `targetPaths` that exists below the root, or empty.
QString firstExisting(const QString &root, const QStringList &targetPaths)
{
    for (const QString &path : targetPaths) {
        if (existsUnder(root, path))
            return path;
    }
    return {};
}

bool hasBlsEntries(const QString &root)
{
    return !QDir(underRoot(root, QStringLiteral("/boot/loader/entries")))
                .entryList({QStringLiteral("*.conf")}, QDir::Files)
                .isEmpty();
}

QString grubConfig(const QString &root)
{
    const QString found =
        firstExisting(root, {QStringLiteral("/boot/grub/grub.cfg"), QStringLiteral("/boot/grub2/grub.cfg")});
    return found.isEmpty() ? QStringLiteral("/boot/grub/grub.cfg") : found;
}

BootLoader detectGrub(const QString &root)
{
    BootLoader loader;
    loader.grubConfig = grubConfig(root);
    const QString grubby = firstExisting(root, bootprograms::grubby());
    if (!grubby.isEmpty() && hasBlsEntries(root)) {
        loader.kind = BootLoaderKind::GrubBls;
        loader.evidence = Text::tr("/etc/default/grub, /boot/loader/entries/*.conf and %1 exist").arg(grubby);
    } else if (QFileInfo(underRoot(root, QStringLiteral("/etc/default/grub.d"))).isDir()) {
        loader.kind = BootLoaderKind::GrubDropIn;
        loader.evidence = Text::tr("/etc/default/grub and the folder /etc/default/grub.d exist");
    } else {
        loader.kind = BootLoaderKind::GrubDefaults;
        loader.evidence = Text::tr("/etc/default/grub exists, /etc/default/grub.d does not");
    }
    return loader;
}

} // namespace

QString toString(BootLoaderKind kind)
{
    return nameOf(kindNames, kind, "unknown");
}

std::optional<BootLoaderKind> bootLoaderKindFromString(const QString &text)
{
    return valueOf(kindNames, text);
}

BootLoader detectBootLoader(const QString &root)
{
    // Pop!_OS has both kernelstub and a loader.conf; kernelstub owns the command line there.
    if (existsUnder(root, QStringLiteral("/usr/bin/kernelstub")))
        return {BootLoaderKind::Kernelstub, {}, Text::tr("/usr/bin/kernelstub exists")};
    if (existsUnder(root, QStringLiteral("/etc/default/grub")))
        return detectGrub(root);
    const QString loaderConf = firstExisting(root, {QStringLiteral("/boot/efi/loader/loader.conf"),
                                                    QStringLiteral("/boot/loader/loader.conf"),
                                                    QStringLiteral("/efi/loader/loader.conf")});
    if (!loaderConf.isEmpty()) {
        if (existsUnder(root, QStringLiteral("/etc/kernel/cmdline")))
            return {BootLoaderKind::SystemdBootKernelCmdline,
                    {},
                    Text::tr("%1 and /etc/kernel/cmdline exist").arg(loaderConf)};
        return {BootLoaderKind::SystemdBootEntries,
                {},
                Text::tr("%1 exists, /etc/kernel/cmdline does not").arg(loaderConf)};
    }
    return {BootLoaderKind::Unknown,
            {},
            Text::tr("none of /usr/bin/kernelstub, /etc/default/grub, /boot/efi/loader/loader.conf, "
                     "/boot/loader/loader.conf or /efi/loader/loader.conf exists")};
}

} // namespace vfio
