// SPDX-License-Identifier: GPL-3.0-or-later
// /etc/default/grub and its drop-ins (a shell fragment) and a change to the kernel command line: the input
// is the file, a NUL byte, then the change's words a line each ("-word" removes it). Only changes the helper
// would accept are applied.
#include "FuzzSupport.h"
#include "boot/GrubDefaultsFile.h"
#include "boot/KernelParameters.h"

using namespace vfio;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto [file, words] = fuzz::twoParts(fuzz::text(data, size));
    const CommandLineChange change = fuzz::allowedChange(words);
    static_cast<void>(grubdefaults::missingWords(file, change.add));
    for (const QString &variable : {grubdefaults::defaultVariable(), grubdefaults::linuxVariable()}) {
        static_cast<void>(grubdefaults::values(file, variable));
        if (!isValid(change) || !grubdefaults::isEditable(file, variable))
            continue;
        const QString edited = grubdefaults::editVariable(file, variable, change, true);
        // Editing is a fixed point: the same change again writes nothing new (a second Apply changes
        // nothing).
        FUZZ_PROMISE(grubdefaults::editVariable(edited, variable, change, true) == edited,
                     edited + QStringLiteral("\n--- again:\n") +
                         grubdefaults::editVariable(edited, variable, change, true));
    }
    return 0;
}
