// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanSafety.h"

#include "HelperInterface.h"
#include "boot/KernelCommandLineBackend.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vfio {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::PlanSafety)
};
} // namespace

bool isPathUnder(const QString &path, const QString &folder)
{
    if (!path.startsWith(folder + QLatin1Char('/')))
        return false;
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

bool isManagedPath(const QString &path)
{
    static const QStringList folders{QStringLiteral("/etc"), QStringLiteral("/boot"), QStringLiteral("/efi")};
    return std::any_of(folders.cbegin(), folders.cend(),
                       [&](const QString &folder) { return isPathUnder(path, folder); });
}

bool isBackendProgram(const QString &program)
{
    static const QStringList programs = backendPrograms();
    return programs.contains(program);
}

Result<void> checkProgramTrusted(const QString &hostPath, uint ownerUid)
{
    const QFileInfo program(hostPath);
    const QFileInfo folder(program.absolutePath());
    const auto othersMayWrite = [](const QFileInfo &info) {
        return info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther);
    };
    if (!program.isFile())
        return fail(Text::tr("it is not a regular file"));
    if (program.ownerId() != ownerUid || othersMayWrite(program))
        return fail(Text::tr("it is not owned by root, or others may change it"));
    if (folder.ownerId() != ownerUid || othersMayWrite(folder))
        return fail(Text::tr("its folder is not owned by root, or others may change it"));
    return {};
}

Result<void> checkPlanIsSafe(const QStringList &paths, const QList<QStringList> &commands)
{
    for (const QString &path : paths) {
        if (!isManagedPath(path))
            return fail(Text::tr("Internal error: the plan names %1, which is outside /etc, /boot and /efi; "
                                 "nothing was written. Please report this.")
                            .arg(path),
                        helpererrors::errorName(HelperError::Failed));
    }
    for (const QStringList &command : commands) {
        if (command.isEmpty() || !isBackendProgram(command.first()))
            return fail(Text::tr("Internal error: the plan names an unexpected program (%1); nothing was "
                                 "written. Please report this.")
                            .arg(command.value(0)),
                        helpererrors::errorName(HelperError::Failed));
    }
    return {};
}

Result<void> checkProgramsInstalled(const TransactionStore &store, const QList<QStringList> &commands,
                                    const QString &purpose)
{
    for (const QStringList &command : commands) {
        const QFileInfo program(store.hostPath(command.first()));
        if (!program.isFile() || !program.isExecutable())
            return fail(Text::tr("%1 is missing: install the package that provides it (%2). Nothing was "
                                 "written.")
                            .arg(command.first(), purpose),
                        helpererrors::errorName(HelperError::UnsupportedSystem));
    }
    return {};
}

Result<void> checkCommandsMayRun(const TransactionStore &store, const QList<QStringList> &commands,
                                 uint ownerUid)
{
    for (const QStringList &command : commands) {
        const QString program = command.value(0);
        const Result<void> trusted = isBackendProgram(program)
                                         ? checkProgramTrusted(store.hostPath(program), ownerUid)
                                         : fail(Text::tr("no backend of VFIO Isolator runs it"));
        if (!trusted)
            return fail(Text::tr("%1 was not run: %2. Nothing was written.").arg(program, trusted.error()),
                        helpererrors::errorName(HelperError::Failed));
    }
    return {};
}

} // namespace vfio
