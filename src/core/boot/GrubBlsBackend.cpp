// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"
#include "LoaderEntries.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::GrubBls)
};

// Fedora, RHEL: the BootLoaderSpec entries are changed by grubby, which also keeps the defaults for future
// kernels. No file is written by us, so Revert runs the inverse command (`undo`). The entries in
// /boot/loader/entries are read only to leave out words that are already in place.
class GrubBlsBackend final : public KernelCommandLineBackend
{
public:
    BootLoaderKind kind() const override { return BootLoaderKind::GrubBls; }
    // grubby for the change; GRUB's own regeneration for the safety entry script.
    QStringList programs() const override
    {
        return bootprograms::grubby() + bootprograms::updateGrub() + bootprograms::grubMkconfig();
    }
    QStringList configurationFiles() const override { return {QStringLiteral("/etc/default/grub")}; }

    Result<CommandLinePlan> plan(const CommandLineRequest &request) const override
    {
        const QString grubby = findProgram(request.root, bootprograms::grubby());
        if (grubby.isEmpty())
            return fail(Text::tr("grubby was not found in /usr/sbin or /usr/bin; it changes the kernel "
                                 "command line of this system's boot entries. Install the grubby package. "
                                 "Nothing was changed."));
        CommandLinePlan result;
        QStringList current;
        const QString directory = loaderentries::entriesDirectory(request.root, {QStringLiteral("/boot")});
        for (const auto &entry : loaderentries::entries(request.root, directory)) {
            if (!loaderentries::isSafetyEntry(entry.path))
                current.append(loaderentries::options(entry.text));
        }
        if (current.isEmpty())
            result.notes.append(
                Text::tr("No boot entry was readable in /boot/loader/entries, so Revert will "
                         "take out every word this change adds, even one that was there before."));
        const CommandLineChange needed = effectiveChange(current, request.change);
        if (needed.isEmpty())
            return result; // every entry has it already: grubby need not run
        QStringList arguments{QStringLiteral("--update-kernel=ALL")};
        if (!needed.add.isEmpty())
            arguments.append(QStringLiteral("--args=") + joinWords(needed.add));
        if (!needed.remove.isEmpty())
            arguments.append(QStringLiteral("--remove-args=") + joinWords(needed.remove));
        result.commands.append(makeCommand(request.root, grubby, arguments,
                                           Text::tr("Change the kernel command line of every boot entry.")));
        result.undo = inverse(needed);
        return result;
    }
};

} // namespace

std::unique_ptr<KernelCommandLineBackend> makeGrubBlsBackend()
{
    return std::make_unique<GrubBlsBackend>();
}

} // namespace vfio
