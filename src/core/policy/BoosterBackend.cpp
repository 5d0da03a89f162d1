// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitramfsBackend.h"
#include "ManagedBlock.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace vfio {

namespace {

const QString movedPrefix()
{
    return QStringLiteral("# moved into the VFIO Isolator block: ");
}

// The modules booster's own init loads, and what the user must know about loading them without modprobe.
QStringList imageModules(const InitramfsRequest &request, QStringList *warnings)
{
    QStringList modules = request.modules;
    if (request.addressHook) {
        // Booster's init loads modules itself, without modprobe, so vfio.conf's install hooks (which set
        // driver_override) do not run there. vfio_pci is left to the system's modprobe after the switch
        // to the real root, where the softdeps make it load, hook included, before the claiming drivers.
        modules.removeAll(QStringLiteral("vfio_pci"));
        if (warnings)
            warnings->append(
                QStringLiteral("Booster loads modules without modprobe, so the driver_override hook for "
                               "devices bound by address runs only when the system loads their drivers "
                               "after boot; a driver for them inside the booster image would claim them "
                               "first."));
    } else if (warnings && modules.contains(QStringLiteral("vfio_pci"))) {
        // The same reason: vfio.conf's install hook, which checks for vfio_isolator=off, is not run.
        warnings->append(
            QStringLiteral("Booster loads vfio_pci itself, without modprobe, so the boot entry without "
                           "VFIO passthrough (vfio_isolator=off) does not keep it out of the booster image's "
                           "boot: the devices bound by ID still go to vfio-pci then."));
    }
    return modules;
}

// The user's modules_force_load outside our block, and the file with that line commented out.
struct UserForceLoad
{
    QString restored;
    QStringList modules;
};

// Restores lines we moved earlier; then, when our block loads modules (`moving`), moves the user's
// modules_force_load into it again.
UserForceLoad moveUserForceLoad(const QString &existing, const QString &path, bool moving,
                                QStringList *warnings)
{
    QStringList lines;
    UserForceLoad user;
    static const QRegularExpression key(QStringLiteral("^modules_force_load\\s*:(.*)$"));
    bool inside = false;
    for (QString line : existing.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed == ManagedBlock::beginMarker())
            inside = true;
        if (!inside && line.startsWith(movedPrefix()))
            line = line.mid(movedPrefix().size());
        if (trimmed == ManagedBlock::endMarker())
            inside = false;
        const QRegularExpressionMatch match = key.match(line);
        if (!inside && match.hasMatch() && moving) {
            QString value = match.captured(1).trimmed();
            value.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
            for (const QString &module : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                user.modules.append(module.trimmed());
            if (warnings)
                warnings->append(
                    QStringLiteral("%1 already had \"%2\"; YAML allows that key once, so its modules "
                                   "were merged into the VFIO Isolator block and the line kept as a "
                                   "comment (it comes back on undo).")
                        .arg(path, line.trimmed()));
            line = movedPrefix() + line;
        }
        lines.append(line);
    }
    user.restored = lines.join(QLatin1Char('\n'));
    return user;
}

// Our block: the user's modules first, then ours; empty (the block removed) when we load none.
QString blockBody(const QStringList &modules, const QStringList &userModules)
{
    if (modules.isEmpty())
        return {};
    QStringList all = userModules;
    for (const QString &module : modules) {
        if (!all.contains(module))
            all.append(module);
    }
    return QStringLiteral("# VFIO Isolator: load vfio early so it claims the selected devices first.\n"
                          "modules_force_load: %1\n")
        .arg(all.join(QLatin1Char(',')));
}

// Booster (Arch, Alpine, Void): /etc/booster.yaml's modules_force_load is loaded by booster's own init, with
// the `options` of /etc/modprobe.d, which booster reads when it builds the image. YAML allows the key once,
// so a hand-written modules_force_load is merged into our block and kept, commented, to come back on undo.
class BoosterBackend final : public InitramfsBackend
{
public:
    QString name() const override { return QStringLiteral("booster"); }
    QStringList toolCandidates() const override { return {QStringLiteral("/usr/bin/booster")}; }
    QStringList programs() const override { return toolCandidates() << regenerateScript(); }

    static QString regenerateScript() { return QStringLiteral("/usr/lib/booster/regenerate_images"); }

    QString configurationFile() const override { return QStringLiteral("/etc/booster.yaml"); }

    QList<FileChange> files(const InitramfsRequest &request, QStringList *warnings) const override
    {
        const QString path = configurationFile();
        const QString existing = readTargetFile(request.root, path).value_or(QString());
        const QStringList modules = imageModules(request, warnings);
        const UserForceLoad user = moveUserForceLoad(existing, path, !modules.isEmpty(), warnings);
        if (warnings && !QFileInfo::exists(underRoot(request.root, regenerateScript())))
            warnings->append(
                QStringLiteral("%1 is missing: rebuild the booster images by hand after applying.")
                    .arg(regenerateScript()));
        return {makeFileChange(
            request.root, path, ManagedBlock::merge(user.restored, blockBody(modules, user.modules)),
            QStringLiteral("booster adds these modules to its image and loads them early."))};
    }

    QList<CommandStep> commands(const InitramfsRequest &request) const override
    {
        // The packaged script rebuilds every kernel's image the way the package's own hooks do.
        return {CommandStep{regenerateScript(),
                            underRoot(request.root, regenerateScript()),
                            {},
                            QStringLiteral("Rebuild the booster image of every installed kernel.")}};
    }
};

} // namespace

std::unique_ptr<InitramfsBackend> makeBoosterBackend()
{
    return std::make_unique<BoosterBackend>();
}

} // namespace vfio
