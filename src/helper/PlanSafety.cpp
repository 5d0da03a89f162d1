#include "PlanSafety.h"

#include "HelperErrors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace vfio {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::PlanSafety)
};
} // namespace

bool isManagedPath(const QString &path)
{
    static const QStringList folders{QStringLiteral("/etc/"), QStringLiteral("/boot/"),
                                     QStringLiteral("/efi/")};
    if (std::none_of(folders.cbegin(), folders.cend(),
                     [&](const QString &folder) { return path.startsWith(folder); }))
        return false;
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

bool isSafeProgram(const QString &program)
{
    static const QRegularExpression pattern(QStringLiteral("^/(usr/)?(s?bin)/[A-Za-z0-9._-]+$"));
    return pattern.match(program).hasMatch();
}

std::optional<Refusal> checkPlanIsSafe(const QStringList &paths, const QList<QStringList> &commands)
{
    for (const QString &path : paths) {
        if (!isManagedPath(path))
            return Refusal{
                helpererrors::failed(),
                Text::tr("Internal error: the plan names %1, which is outside /etc, /boot and /efi; "
                         "nothing was written. Please report this.")
                    .arg(path)};
    }
    for (const QStringList &command : commands) {
        if (command.isEmpty() || !isSafeProgram(command.first()))
            return Refusal{helpererrors::failed(),
                           Text::tr("Internal error: the plan names an unexpected program (%1); nothing was "
                                    "written. Please report this.")
                               .arg(command.value(0))};
    }
    return std::nullopt;
}

std::optional<Refusal> checkProgramsInstalled(const TransactionStore &store,
                                              const QList<QStringList> &commands, const QString &purpose)
{
    for (const QStringList &command : commands) {
        const QFileInfo program(store.hostPath(command.first()));
        if (!program.isFile() || !program.isExecutable())
            return Refusal{helpererrors::unsupportedSystem(),
                           Text::tr("%1 is missing: install the package that provides it (%2). Nothing was "
                                    "written.")
                               .arg(command.first(), purpose)};
    }
    return std::nullopt;
}

} // namespace vfio
