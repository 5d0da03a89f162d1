// SPDX-License-Identifier: GPL-3.0-or-later
// The initramfs generators' configuration files as a user may have left them (/etc/initramfs-tools/modules,
// /etc/mkinitcpio.conf.d/vfio-isolator.conf, /etc/dracut.conf.d/vfio-isolator.conf, /etc/booster.yaml): each
// backend plans its file from that content, adding our modules and taking them away again.
#include "FuzzSupport.h"
#include "policy/InitramfsBackend.h"
#include "policy/ManagedBlock.h"
#include "topology/SystemRoot.h"

#include <QFile>

using namespace vfio;

namespace {
const QStringList configurationFiles{QStringLiteral("/etc/initramfs-tools/modules"),
                                     QStringLiteral("/etc/mkinitcpio.conf.d/vfio-isolator.conf"),
                                     QStringLiteral("/etc/dracut.conf.d/vfio-isolator.conf"),
                                     QStringLiteral("/etc/booster.yaml")};

void plan(const InitramfsBackend &backend, const QString &root, const QStringList &modules)
{
    InitramfsRequest request;
    request.root = root;
    request.modules = modules;
    request.files =
        modules.isEmpty() ? QStringList() : QStringList{QStringLiteral("/etc/modprobe.d/vfio.conf")};
    QStringList warnings;
    for (const FileChange &change : backend.files(request, &warnings)) {
        if (backend.name() == QLatin1String("booster") || !change.oldContent)
            continue; // booster moves the user's own force-loaded vfio modules into our block, by design
        // Every other backend keeps the user's lines byte for byte (and may add a blank line before its
        // block).
        FUZZ_PROMISE(fuzz::nonBlank(ManagedBlock::outside(change.newContent)) ==
                         fuzz::nonBlank(ManagedBlock::outside(*change.oldContent)),
                     backend.name() + QStringLiteral(": ") + change.newContent);
    }
    static_cast<void>(backend.commands(request));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString root = fuzz::scratchRoot();
    const QByteArray content = fuzz::bytes(data, size);
    for (const QString &path : configurationFiles)
        fuzz::writeFile(underRoot(root, path), content);
    for (const QString &name : initramfsBackendNames()) {
        const std::unique_ptr<InitramfsBackend> backend = makeInitramfsBackend(name);
        plan(*backend, root,
             {QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"), QStringLiteral("vfio_pci")});
        plan(*backend, root, {});
    }
    return 0;
}
