// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"
#include "GrubDefaultsFile.h"

#include "policy/InitramfsBackend.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::GrubDefaults)
};

const QString defaultsPath = QStringLiteral("/etc/default/grub");

QString multiLineValue(const CommandLineChange &change)
{
    return Text::tr(
               "GRUB_CMDLINE_LINUX or GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub has a value over "
               "several lines, or one that mixes quoted and unquoted parts, which VFIO Isolator does not "
               "rewrite. Put the value on one line in one pair of quotes, or change it by hand (add %1, "
               "remove %2) and run update-grub. Nothing was changed.")
        .arg(joinWords(change.add), joinWords(change.remove));
}

QString missingFile(const CommandLineChange &change)
{
    return Text::tr("%1 does not exist, so the GRUB kernel command line cannot be changed there. Add %2 to "
                    "the kernel command line by hand.")
        .arg(defaultsPath, joinWords(change.add));
}

// GRUB without /etc/default/grub.d: GRUB_CMDLINE_LINUX_DEFAULT edited in place (appended when missing), the
// removals also taken out of GRUB_CMDLINE_LINUX; a word GRUB_CMDLINE_LINUX already has is not added. Revert
// restores the file from the transaction's backup.
class GrubDefaultsBackend final : public KernelCommandLineBackend
{
public:
    BootLoaderKind kind() const override { return BootLoaderKind::GrubDefaults; }
    QStringList programs() const override
    {
        return bootprograms::updateGrub() + bootprograms::grubMkconfig();
    }
    QStringList configurationFiles() const override { return {defaultsPath}; }

    Result<CommandLinePlan> plan(const CommandLineRequest &request) const override
    {
        const Result<QString> existing = fileToEdit(request.root, defaultsPath, missingFile(request.change));
        if (!existing)
            return existing.failure();
        if (!grubdefaults::isEditable(*existing, grubdefaults::defaultVariable()) ||
            !grubdefaults::isEditable(*existing, grubdefaults::linuxVariable()))
            return fail(multiLineValue(request.change));
        const CommandLineChange change{grubdefaults::missingWords(*existing, request.change.add),
                                       request.change.remove};
        QString text = grubdefaults::editVariable(*existing, grubdefaults::defaultVariable(), change, true);
        text = grubdefaults::editVariable(text, grubdefaults::linuxVariable(), {{}, request.change.remove},
                                          false);
        const auto file = changedFile(request.root, defaultsPath, text,
                                      Text::tr("The kernel command line of the normal boot entries is set "
                                               "here; only its words change."));
        CommandLinePlan result;
        if (!file)
            return result; // already in place: update-grub need not run
        result.files.append(*file);
        return withGrubRegeneration(result, request.root, request.bootLoader);
    }
};

} // namespace

std::unique_ptr<KernelCommandLineBackend> makeGrubDefaultsBackend()
{
    return std::make_unique<GrubDefaultsBackend>();
}

} // namespace vfio
