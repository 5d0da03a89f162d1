// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"
#include "LoaderEntries.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SystemdBootEntries)
};

// systemd-boot without /etc/kernel/cmdline: the `options` line of every loader entry is edited in place
// (our safety entries too, so they stay "the normal line plus vfio_isolator=off"). systemd-boot reads the
// entries at boot, so no command runs. Revert restores the entries from the transaction's backups.
class SystemdBootEntriesBackend final : public KernelCommandLineBackend
{
public:
    BootLoaderKind kind() const override { return BootLoaderKind::SystemdBootEntries; }
    QStringList programs() const override { return {}; }           // it edits the entries' files only
    QStringList configurationFiles() const override { return {}; } // the loader entries only

    Result<CommandLinePlan> plan(const CommandLineRequest &request) const override
    {
        const QString directory =
            loaderentries::entriesDirectory(request.root, loaderentries::espCandidates());
        const auto entries = loaderentries::entries(request.root, directory);
        if (entries.isEmpty())
            return fail(Text::tr("No systemd-boot entry (loader/entries/*.conf in /boot/efi, /boot or /efi) "
                                 "was found. Add %1 to the `options` line of your boot entry by hand.")
                            .arg(joinWords(request.change.add)));
        CommandLinePlan result;
        for (const auto &entry : entries) {
            const auto file =
                changedFile(request.root, entry.path, loaderentries::editOptions(entry.text, request.change),
                            Text::tr("systemd-boot starts the kernel with this entry's `options` "
                                     "line; only its words change."));
            if (file)
                result.files.append(*file);
        }
        return result;
    }
};

} // namespace

std::unique_ptr<KernelCommandLineBackend> makeSystemdBootEntriesBackend()
{
    return std::make_unique<SystemdBootEntriesBackend>();
}

} // namespace vfio
