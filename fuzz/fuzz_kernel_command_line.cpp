// SPDX-License-Identifier: GPL-3.0-or-later
// A kernel command line (/proc/cmdline, a loader entry's options, GRUB's variables) and a change to it: the
// input is the line, a NUL byte, then the change's words a line each ("-word" removes it).
#include "FuzzSupport.h"
#include "boot/KernelParameters.h"

using namespace vfio;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto [line, words] = fuzz::twoParts(fuzz::text(data, size));
    const CommandLineChange change = fuzz::anyChange(words);
    const QString once = applyChange(line, change);
    static_cast<void>(difference(line, once));
    if (!isValid(change))
        return 0; // the helper refuses it before it is applied; it only must not crash
    // The promises of KernelParameters.h, for a change the helper would accept.
    FUZZ_PROMISE(applyChange(once, change) == once, line + QStringLiteral(" => ") + once);
    const QStringList result = kernelWords(once);
    for (const QString &word : change.remove)
        FUZZ_PROMISE(!result.contains(word), word + QStringLiteral(" in ") + once);
    for (const QString &word : change.add)
        FUZZ_PROMISE(result.contains(word), word + QStringLiteral(" not in ") + once);
    return 0;
}
