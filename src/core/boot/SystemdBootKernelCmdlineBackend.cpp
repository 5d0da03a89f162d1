// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"

#include "policy/InitramfsBackend.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SystemdBootKernelCmdline)
};

const QString cmdlinePath = QStringLiteral("/etc/kernel/cmdline");

// Where the kernel image of `release` is: the usr/lib/modules layout (Arch, Fedora) or /boot (Debian).
QString kernelImage(const QString &root, const QString &release)
{
    QString found = findProgram(root, {QStringLiteral("/usr/lib/modules/%1/vmlinuz").arg(release),
                                       QStringLiteral("/boot/vmlinuz-%1").arg(release)});
    return found;
}

// systemd-boot with /etc/kernel/cmdline: kernel-install copies that line into the entry it writes. The file
// is edited (one line, its other words kept), then the entry of the running release is regenerated. The
// entries of other installed kernels take the new line at their next kernel-install (a kernel update).
class SystemdBootKernelCmdlineBackend final : public KernelCommandLineBackend
{
public:
    BootLoaderKind kind() const override { return BootLoaderKind::SystemdBootKernelCmdline; }
    QStringList programs() const override { return bootprograms::kernelInstall(); }
    QStringList configurationFiles() const override { return {cmdlinePath}; }

    Result<CommandLinePlan> plan(const CommandLineRequest &request) const override
    {
        const Result<QString> existing =
            fileToEdit(request.root, cmdlinePath,
                       Text::tr("%1 does not exist, so the kernel command line cannot be changed there. "
                                "Add %2 to the `options` line of your boot entry by hand.")
                           .arg(cmdlinePath, joinWords(request.change.add)));
        if (!existing)
            return existing.failure();
        CommandLinePlan result;
        const auto file = changedFile(request.root, cmdlinePath, applyChange(*existing, request.change),
                                      Text::tr("kernel-install puts this command line into the boot entries "
                                               "it writes."));
        if (!file)
            return result; // already in place: kernel-install need not run
        const QString tool = findProgram(request.root, bootprograms::kernelInstall());
        const QString image = kernelImage(request.root, request.kernelRelease);
        if (tool.isEmpty() || request.kernelRelease.isEmpty() || image.isEmpty())
            return fail(Text::tr("The boot entry of kernel %1 cannot be regenerated: kernel-install (in "
                                 "/usr/bin) or the kernel image (/usr/lib/modules/%1/vmlinuz or "
                                 "/boot/vmlinuz-%1) is missing. Nothing was changed.")
                            .arg(request.kernelRelease));
        result.files.append(*file);
        result.commands.append(makeCommand(request.root, tool,
                                           {QStringLiteral("add"), request.kernelRelease, image},
                                           Text::tr("Write the boot entry of kernel %1 again with the new "
                                                    "command line.")
                                               .arg(request.kernelRelease)));
        return result;
    }
};

} // namespace

std::unique_ptr<KernelCommandLineBackend> makeSystemdBootKernelCmdlineBackend()
{
    return std::make_unique<SystemdBootKernelCmdlineBackend>();
}

} // namespace vfio
