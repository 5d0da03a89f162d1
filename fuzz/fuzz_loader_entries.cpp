// SPDX-License-Identifier: GPL-3.0-or-later
// A systemd-boot / BLS loader entry (/boot/loader/entries/*.conf) and a change to its options: the input is
// the entry, a NUL byte, then the change's words a line each ("-word" removes it).
#include "FuzzSupport.h"
#include "boot/LoaderEntries.h"

using namespace vfio;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto [entry, words] = fuzz::twoParts(fuzz::text(data, size));
    const CommandLineChange change = fuzz::allowedChange(words);
    static_cast<void>(loaderentries::options(entry));
    static_cast<void>(loaderentries::field(entry, QStringLiteral("title")));
    static_cast<void>(loaderentries::isSafetyEntry(entry));
    const QString titled = loaderentries::withField(entry, QStringLiteral("title"), QStringLiteral("Safe"));
    FUZZ_PROMISE(loaderentries::field(titled, QStringLiteral("title")) == QStringLiteral("Safe"), titled);
    if (!isValid(change))
        return 0;
    const QString edited = loaderentries::editOptions(entry, change);
    FUZZ_PROMISE(loaderentries::editOptions(edited, change) == edited, edited);
    return 0;
}
