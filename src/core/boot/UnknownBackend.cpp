// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::UnknownBootLoader)
};

// No supported boot loader was recognised: change nothing and say what to do by hand.
class UnknownBackend final : public KernelCommandLineBackend
{
public:
    BootLoaderKind kind() const override { return BootLoaderKind::Unknown; }
    QStringList programs() const override { return {}; }
    QStringList configurationFiles() const override { return {}; }

    Result<CommandLinePlan> plan(const CommandLineRequest &request) const override
    {
        QStringList steps;
        if (!request.change.add.isEmpty())
            steps.append(Text::tr("add %1").arg(joinWords(request.change.add)));
        if (!request.change.remove.isEmpty())
            steps.append(Text::tr("remove %1").arg(joinWords(request.change.remove)));
        return fail(
            Text::tr("VFIO Isolator does not recognise how this system builds its kernel command line (it "
                     "supports GRUB, GRUB with grubby, systemd-boot and kernelstub), so it changes nothing. "
                     "Change it by hand: %1 in your boot loader's kernel command line (for GRUB, "
                     "GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, then update-grub), and reboot.")
                .arg(steps.isEmpty() ? Text::tr("nothing to change") : steps.join(Text::tr(" and "))));
    }
};

} // namespace

std::unique_ptr<KernelCommandLineBackend> makeUnknownBackend()
{
    return std::make_unique<UnknownBackend>();
}

} // namespace vfio
