// SPDX-License-Identifier: GPL-3.0-or-later
#include "KernelCommandLineJob.h"

#include "HelperInterface.h"
#include "PlanFiles.h"
#include "plan/HelperPlan.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::KernelCommandLineJob)
};

constexpr qsizetype maximumWords = 16; // far more than any real change; keeps messages and records small

QString wordList(const QStringList &words)
{
    return words.isEmpty() ? Text::tr("nothing") : words.join(QLatin1Char(' '));
}

// The release kernel-install regenerates the entry for (systemd-boot with /etc/kernel/cmdline).
QString runningKernelRelease(const QString &root)
{
    QFile osrelease(underRoot(root, QStringLiteral("/proc/sys/kernel/osrelease")));
    if (osrelease.open(QIODevice::ReadOnly))
        return QString::fromUtf8(osrelease.read(256)).trimmed();
    return root == QLatin1String("/") ? QSysInfo::kernelVersion() : QString();
}

QString successMessage(const CommandLineChange &change)
{
    if (change.remove.isEmpty())
        return Text::tr("Restart to finish: the next boot starts Linux with %1 on its command line.")
            .arg(wordList(change.add));
    if (change.add.isEmpty())
        return Text::tr("Restart to finish: the next boot starts Linux without %1 on its command line.")
            .arg(wordList(change.remove));
    return Text::tr(
               "Restart to finish: the next boot starts Linux with %1 and without %2 on its command line.")
        .arg(wordList(change.add), wordList(change.remove));
}

// The last defence, shared with Apply: managed paths, programs in system folders, the tool installed.
Result<void> checkRunnable(const TransactionStore &store, const QStringList &paths,
                           const QList<QStringList> &commands)
{
    if (auto safe = checkPlanIsSafe(paths, commands); !safe)
        return safe;
    return checkProgramsInstalled(store, commands,
                                  Text::tr("it rebuilds the boot configuration with the new command line"));
}

} // namespace

Result<void> checkCommandLineRequest(const CommandLineChange &change)
{
    // Every refusal here is of the caller's arguments.
    const auto refuse = [](const QString &message) {
        return fail(message, helpererrors::errorName(HelperError::InvalidArgument));
    };
    if (change.add.size() + change.remove.size() > maximumWords)
        return refuse(Text::tr("Too many words (%1): a kernel command line change has at most %2. Nothing "
                               "was changed.")
                          .arg(change.add.size() + change.remove.size())
                          .arg(maximumWords));
    for (const QString &word : change.add + change.remove) {
        if (!isAllowedKernelParameter(word))
            return refuse(Text::tr("\"%1\" is not a kernel parameter VFIO Isolator changes: it adds only %2 "
                                   "and vfio-pci.ids=vvvv:dddd[,vvvv:dddd...], and removes only %3. Change "
                                   "other parameters in your boot loader's configuration yourself. Nothing "
                                   "was changed.")
                              .arg(word.left(60),
                                   wordList({kernelparam::intelIommuOn(), kernelparam::iommuPassthrough(),
                                             kernelparam::safetyOff()}),
                                   wordList(kernelparam::disabling())));
    }
    if (!isValid(change))
        return refuse(Text::tr("The change (add: %1; remove: %2) contradicts itself: a word is both added "
                               "and removed, a word that switches the IOMMU off is added, or more than one "
                               "vfio-pci.ids= is added. Name each word once. Nothing was changed.")
                          .arg(wordList(change.add), wordList(change.remove)));
    return {};
}

SystemCommandLinePlan planCommandLineForSystem(const QString &root, const CommandLineChange &change)
{
    CommandLineRequest request;
    request.root = root;
    request.bootLoader = detectBootLoader(root);
    request.change = change;
    request.kernelRelease = runningKernelRelease(root);
    return {request.bootLoader, planCommandLineChange(request)};
}

Result<PreparedTransaction> prepareCommandLineChange(const TransactionStore &store,
                                                     const CommandLineChange &change)
{
    const Result<CommandLinePlan> planned = planCommandLineForSystem(store.root(), change).plan;
    if (!planned)
        return fail(planned.error(), helpererrors::errorName(HelperError::UnsupportedSystem));
    const CommandLinePlan &plan = *planned;
    QList<HelperPlan::File> files;
    QStringList paths;
    for (const FileChange &file : plan.files) {
        files.append(toPlanFile(file));
        paths.append(file.path);
    }
    const QList<QStringList> commands = toCommandLists(plan.commands);
    if (const auto runnable = checkRunnable(store, paths, commands); !runnable)
        return runnable.failure();

    PreparedTransaction prepared;
    prepared.record.id = TransactionStore::newId();
    prepared.record.kind = TransactionKind::KernelCommandLine;
    prepared.record.distribution = detectDistribution(store.root());
    prepared.record.commands = commands;
    prepared.record.commandLine = change;
    prepared.record.undo = plan.undo;
    prepared.changes = toFileReplacements(files);
    prepared.successMessage =
        plan.changesNothing()
            ? Text::tr("Nothing to change: the boot configuration already gives the kernel command line "
                       "this change (add: %1; remove: %2). No file was written and no tool was run.")
                  .arg(wordList(change.add), wordList(change.remove))
            : successMessage(change);
    return prepared;
}

Result<QList<QStringList>> commandLineRevertCommands(const TransactionStore &store,
                                                     const TransactionRecord &applied, QStringList *notes)
{
    QList<QStringList> commands = applied.commands;
    if (!applied.undo.isEmpty()) {
        // Words that switch the IOMMU off are never added back (isValid refuses them): say so instead.
        CommandLineChange undo = applied.undo;
        for (const QString &word : kernelparam::disabling()) {
            if (undo.add.removeAll(word) > 0)
                notes->append(Text::tr("%1 is not put back on the kernel command line: it switches the "
                                       "IOMMU off. Add it in your boot loader yourself if you want it.")
                                  .arg(word));
        }
        const Result<CommandLinePlan> plan = planCommandLineForSystem(store.root(), undo).plan;
        if (!plan)
            return fail(plan.error(), helpererrors::errorName(HelperError::UnsupportedSystem));
        commands = toCommandLists(plan->commands);
    }
    QStringList paths;
    for (const FileBackup &file : applied.files)
        paths.append(file.path);
    if (const auto runnable = checkRunnable(store, paths, commands); !runnable)
        return runnable.failure();
    return commands;
}

QString bootToolStep()
{
    return Text::tr("Updating the boot configuration with %1");
}

QString commandLineRevertMessage(const TransactionRecord &applied)
{
    return Text::tr("Restart to finish: the next boot starts Linux with the kernel command line from before "
                    "%1.")
        .arg(applied.id);
}

} // namespace vfio
