// SPDX-License-Identifier: GPL-3.0-or-later
// The D-Bus arguments of every helper method, as the helper checks them before anything else: Preview and
// Apply take addresses (MethodArguments), PreviewKernelCommandLine and SetKernelCommandLine take words to add
// and to remove (checkCommandLineRequest); Revert and State take none. One argument a line; an empty line
// separates the words to add from those to remove.
#include "FuzzSupport.h"
#include "HelperInterface.h"
#include "KernelCommandLineJob.h"
#include "MethodArguments.h"
#include "boot/KernelParameters.h"

using namespace vfio;

namespace {
void checkAddresses(const QStringList &arguments)
{
    const Result<QList<PciAddress>> parsed = parseAddressArguments(arguments);
    if (!parsed) {
        FUZZ_PROMISE(parsed.failure().errorName == helpererrors::errorName(HelperError::InvalidArgument),
                     parsed.error());
        return;
    }
    FUZZ_PROMISE(parsed->size() == arguments.size(), arguments.join(QLatin1Char('|')));
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        // An accepted address is exactly one device's name: it can never become a path of its own.
        FUZZ_PROMISE(parsed->at(i).toString() == arguments.at(i).toLower(), arguments.at(i));
        FUZZ_PROMISE(!arguments.at(i).contains(QLatin1Char('/')), arguments.at(i));
    }
}

void checkCommandLineWords(const QStringList &arguments)
{
    const qsizetype cut = arguments.indexOf(QString());
    const CommandLineChange change{arguments.mid(0, cut), cut < 0 ? QStringList() : arguments.mid(cut + 1)};
    if (!checkCommandLineRequest(change))
        return;
    for (const QString &word : change.add + change.remove)
        FUZZ_PROMISE(isAllowedKernelParameter(word), word);
    FUZZ_PROMISE(isValid(change), arguments.join(QLatin1Char('|')));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QStringList arguments = fuzz::lines(fuzz::text(data, size));
    checkAddresses(arguments);
    checkCommandLineWords(arguments);
    return 0;
}
