// SPDX-License-Identifier: GPL-3.0-or-later
// A modprobe.d file (/etc/modprobe.d/vfio.conf, hand-edited or damaged): what VfioConfig reads from it, and
// the marked block merged into it, which must keep every line of the user's byte for byte (adding at most a
// blank line in front of the block).
#include "FuzzSupport.h"
#include "policy/ManagedBlock.h"
#include "policy/VfioConfig.h"

using namespace vfio;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString file = fuzz::text(data, size);
    const ConfiguredState state = VfioConfig::parse(file);
    for (const QString &id : state.ids)
        FUZZ_PROMISE(id == id.toLower(), id);
    const QString body = QStringLiteral("options vfio-pci ids=10de:1b80\nsoftdep nouveau pre: vfio-pci\n");
    const QString merged = ManagedBlock::merge(file, body);
    FUZZ_PROMISE(fuzz::nonBlank(ManagedBlock::outside(merged)) == fuzz::nonBlank(ManagedBlock::outside(file)),
                 merged);
    FUZZ_PROMISE(ManagedBlock::contains(merged), merged);
    FUZZ_PROMISE(ManagedBlock::merge(merged, body) == merged, merged);
    FUZZ_PROMISE(VfioConfig::parse(merged).ids.contains(QStringLiteral("10de:1b80")), merged);
    const QString removed = ManagedBlock::merge(merged, QString());
    FUZZ_PROMISE(!ManagedBlock::contains(removed), removed);
    FUZZ_PROMISE(fuzz::nonBlank(ManagedBlock::outside(removed)) ==
                     fuzz::nonBlank(ManagedBlock::outside(file)),
                 removed);
    return 0;
}
