// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"

#include "policy/InitramfsBackend.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vfio {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::BootPlanSupport)
};
} // namespace

QString findProgram(const QString &root, const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (QFileInfo(underRoot(root, candidate)).isFile())
            return candidate;
    }
    return {};
}

CommandStep makeCommand(const QString &root, const QString &program, const QStringList &arguments,
                        const QString &reason)
{
    return CommandStep{program, underRoot(root, program), arguments, reason};
}

std::optional<FileChange> changedFile(const QString &root, const QString &path, const QString &newContent,
                                      const QString &reason)
{
    FileChange change = makeFileChange(root, path, newContent, reason);
    if (!change.changes())
        return std::nullopt;
    return change;
}

std::optional<FileChange> removedFile(const QString &root, const QString &path, const QString &reason)
{
    FileChange change = makeFileChange(root, path, QString(), reason);
    change.remove = true;
    if (!change.changes())
        return std::nullopt;
    return change;
}

Result<QString> fileToEdit(const QString &root, const QString &path, const QString &missing)
{
    auto existing = readTargetFile(root, path);
    if (!existing)
        return fail(missing);
    return *std::move(existing);
}

namespace bootprograms {
QStringList updateGrub()
{
    return {QStringLiteral("/usr/sbin/update-grub")};
}
QStringList grubMkconfig()
{
    return {QStringLiteral("/usr/sbin/grub-mkconfig"), QStringLiteral("/usr/sbin/grub2-mkconfig"),
            QStringLiteral("/usr/bin/grub-mkconfig"), QStringLiteral("/usr/bin/grub2-mkconfig")};
}
QStringList grubby()
{
    return {QStringLiteral("/usr/sbin/grubby"), QStringLiteral("/usr/bin/grubby")};
}
QStringList kernelInstall()
{
    return {QStringLiteral("/usr/bin/kernel-install")};
}
QStringList kernelstub()
{
    return {QStringLiteral("/usr/bin/kernelstub")};
}
} // namespace bootprograms

Result<CommandStep> grubRegeneration(const QString &root, const BootLoader &bootLoader)
{
    const QString debianConfig = QStringLiteral("/boot/grub/grub.cfg");
    const QString updateGrub = findProgram(root, bootprograms::updateGrub());
    // update-grub always writes /boot/grub/grub.cfg: use it only when that is the file GRUB reads.
    if (!updateGrub.isEmpty() && (bootLoader.grubConfig.isEmpty() || bootLoader.grubConfig == debianConfig))
        return makeCommand(root, updateGrub, {},
                           Text::tr("Rebuild the GRUB menu with the new command line."));
    const QString mkconfig = findProgram(root, bootprograms::grubMkconfig());
    if (mkconfig.isEmpty())
        return fail(
            Text::tr("Neither update-grub nor grub-mkconfig was found in /usr/sbin or /usr/bin, so the "
                     "GRUB menu cannot be rebuilt. Install your distribution's GRUB package "
                     "(grub2-common or grub2-tools). Nothing was changed."));
    QString config = bootLoader.grubConfig;
    if (config.isEmpty())
        config =
            mkconfig.contains(QLatin1String("grub2")) ? QStringLiteral("/boot/grub2/grub.cfg") : debianConfig;
    return makeCommand(root, mkconfig, {QStringLiteral("-o"), config},
                       Text::tr("Rebuild the GRUB menu (%1) with the new command line.").arg(config));
}

Result<CommandLinePlan> withGrubRegeneration(CommandLinePlan plan, const QString &root,
                                             const BootLoader &bootLoader)
{
    const Result<CommandStep> command = grubRegeneration(root, bootLoader);
    if (!command)
        return command.failure();
    plan.commands.append(*command);
    return plan;
}

CommandLineChange effectiveChange(const QStringList &current, const CommandLineChange &change)
{
    if (current.isEmpty())
        return change;
    QStringList added;
    QStringList removed;
    for (const QString &line : current) {
        const CommandLineChange needed = difference(line, applyChange(line, change));
        added += needed.add;
        removed += needed.remove;
    }
    // In the order of `change`; then the old vfio-pci.ids= words a new one replaces.
    CommandLineChange result;
    for (const QString &word : change.add) {
        if (added.contains(word) && !result.add.contains(word))
            result.add.append(word);
    }
    for (const QString &word : change.remove + removed) {
        if (removed.contains(word) && !result.remove.contains(word))
            result.remove.append(word);
    }
    return result;
}

CommandLineChange inverse(const CommandLineChange &change)
{
    return CommandLineChange{change.remove, change.add};
}

QString joinWords(const QStringList &words)
{
    return words.join(QLatin1Char(' '));
}

} // namespace vfio
