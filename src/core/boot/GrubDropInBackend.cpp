// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"
#include "GrubDefaultsFile.h"

#include "policy/InitramfsBackend.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::GrubDropIn)
};

const QString dropInPath = QStringLiteral("/etc/default/grub.d/vfio-isolator.cfg");
const QString defaultsPath = QStringLiteral("/etc/default/grub");

// The whole file is ours; grub-mkconfig sources it after /etc/default/grub, so it extends the user's value.
QString dropInContent(const QStringList &words)
{
    return QStringLiteral("# Written by VFIO Isolator: the kernel parameters VFIO passthrough needs.\n"
                          "# Revert in VFIO Isolator, or delete this file and run update-grub, to undo.\n") +
           grubdefaults::defaultVariable() + QStringLiteral("=\"$") + grubdefaults::defaultVariable() +
           QLatin1Char(' ') + joinWords(words) + QStringLiteral("\"\n");
}

// Debian and Ubuntu: words are added by a drop-in of ours in /etc/default/grub.d. `change.add` is the whole
// set of words the drop-in holds (it is rewritten, not merged), less those /etc/default/grub has already:
// with none left the drop-in is deleted. A drop-in cannot take a word away, so removals edit
// /etc/default/grub itself, touching nothing else there.
class GrubDropInBackend final : public KernelCommandLineBackend
{
public:
    BootLoaderKind kind() const override { return BootLoaderKind::GrubDropIn; }
    QStringList programs() const override
    {
        return bootprograms::updateGrub() + bootprograms::grubMkconfig();
    }
    QStringList configurationFiles() const override { return {defaultsPath, dropInPath}; }

    Result<CommandLinePlan> plan(const CommandLineRequest &request) const override
    {
        CommandLinePlan result;
        const QStringList words = grubdefaults::missingWords(
            readTargetFile(request.root, defaultsPath).value_or(QString()), request.change.add);
        const auto dropIn =
            words.isEmpty() ? removedFile(request.root, dropInPath,
                                          Text::tr("VFIO Isolator adds no kernel parameter any more."))
                            : changedFile(request.root, dropInPath, dropInContent(words),
                                          Text::tr("Adds %1 to the kernel command line of the normal boot "
                                                   "entries.")
                                              .arg(joinWords(words)));
        if (dropIn)
            result.files.append(*dropIn);
        const Result<std::optional<FileChange>> defaults = removals(request);
        if (!defaults)
            return defaults.failure();
        if (*defaults)
            result.files.append(**defaults);
        if (result.files.isEmpty())
            return result; // already in place: update-grub need not run
        return withGrubRegeneration(result, request.root, request.bootLoader);
    }

private:
    // /etc/default/grub without the words to remove; nothing to change when it lacks them or is missing.
    static Result<std::optional<FileChange>> removals(const CommandLineRequest &request)
    {
        if (request.change.remove.isEmpty())
            return std::optional<FileChange>();
        const auto existing = readTargetFile(request.root, defaultsPath);
        if (!existing)
            return std::optional<FileChange>();
        if (!grubdefaults::isEditable(*existing, grubdefaults::defaultVariable()) ||
            !grubdefaults::isEditable(*existing, grubdefaults::linuxVariable()))
            return fail(
                Text::tr("GRUB_CMDLINE_LINUX or GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub has a "
                         "value over several lines, or one that mixes quoted and unquoted parts, which "
                         "VFIO Isolator does not rewrite. Remove %1 there by hand, or put the value on one "
                         "line in one pair of quotes. Nothing was changed.")
                    .arg(joinWords(request.change.remove)));
        const CommandLineChange removeOnly{{}, request.change.remove};
        QString text =
            grubdefaults::editVariable(*existing, grubdefaults::defaultVariable(), removeOnly, false);
        text = grubdefaults::editVariable(text, grubdefaults::linuxVariable(), removeOnly, false);
        return changedFile(request.root, defaultsPath, text,
                           Text::tr("Removes %1 from the kernel command line set here; every other line "
                                    "stays as it is.")
                               .arg(joinWords(request.change.remove)));
    }
};

} // namespace

std::unique_ptr<KernelCommandLineBackend> makeGrubDropInBackend()
{
    return std::make_unique<GrubDropInBackend>();
}

} // namespace vfio
