// SPDX-License-Identifier: GPL-3.0-or-later
#include "KernelCommandLineBackend.h"

#include "BootPlanSupport.h"
#include "policy/InitramfsBackend.h"

#include <QCoreApplication>

namespace vfio {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::KernelCommandLineBackend)
};
} // namespace

namespace {
constexpr BootLoaderKind allBootLoaderKinds[] = {BootLoaderKind::GrubDropIn,
                                                 BootLoaderKind::GrubDefaults,
                                                 BootLoaderKind::GrubBls,
                                                 BootLoaderKind::SystemdBootKernelCmdline,
                                                 BootLoaderKind::SystemdBootEntries,
                                                 BootLoaderKind::Kernelstub,
                                                 BootLoaderKind::Unknown};
} // namespace

std::unique_ptr<KernelCommandLineBackend> makeKernelCommandLineBackend(BootLoaderKind kind)
{
    switch (kind) {
    case BootLoaderKind::GrubDropIn:
        return makeGrubDropInBackend();
    case BootLoaderKind::GrubDefaults:
        return makeGrubDefaultsBackend();
    case BootLoaderKind::GrubBls:
        return makeGrubBlsBackend();
    case BootLoaderKind::SystemdBootKernelCmdline:
        return makeSystemdBootKernelCmdlineBackend();
    case BootLoaderKind::SystemdBootEntries:
        return makeSystemdBootEntriesBackend();
    case BootLoaderKind::Kernelstub:
        return makeKernelstubBackend();
    case BootLoaderKind::Unknown:
        break;
    }
    return makeUnknownBackend();
}

Result<CommandLinePlan> planCommandLineChange(const CommandLineRequest &request)
{
    if (!isValid(request.change))
        return fail(Text::tr("The kernel command line change (add: %1; remove: %2) contains a word VFIO "
                             "Isolator does not change. Nothing was changed.")
                        .arg(joinWords(request.change.add), joinWords(request.change.remove)));
    return makeKernelCommandLineBackend(request.bootLoader.kind)->plan(request);
}

QStringList backendPrograms()
{
    QStringList programs;
    for (const QString &name : initramfsBackendNames())
        programs += makeInitramfsBackend(name)->programs();
    for (BootLoaderKind kind : allBootLoaderKinds)
        programs += makeKernelCommandLineBackend(kind)->programs();
    programs.removeDuplicates();
    return programs;
}

QStringList bootLoaderConfigurationFiles()
{
    QStringList files;
    for (BootLoaderKind kind : allBootLoaderKinds)
        files += makeKernelCommandLineBackend(kind)->configurationFiles();
    files.removeDuplicates();
    return files;
}

} // namespace vfio
