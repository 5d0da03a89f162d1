// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitramfsBackend.h"

#include <QFile>
#include <QFileInfo>

#include <vector>

namespace vfio {

namespace {

// KEY=value / KEY="value" lines of os-release.
QString osReleaseValue(const QString &text, const QString &key)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(key + QLatin1Char('=')))
            continue;
        QString value = line.mid(key.size() + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

// The generator a distribution family uses by default, for machines where several are installed.
QString preferredFor(const QStringList &osIds)
{
    for (const QString &id : osIds) {
        if (id == QStringLiteral("debian") || id == QStringLiteral("ubuntu"))
            return QStringLiteral("initramfs-tools");
        if (id == QStringLiteral("arch"))
            return QStringLiteral("mkinitcpio");
        if (id == QStringLiteral("fedora") || id == QStringLiteral("rhel") ||
            id == QStringLiteral("centos") || id == QStringLiteral("suse") ||
            id == QStringLiteral("opensuse") || id == QStringLiteral("gentoo") ||
            id == QStringLiteral("void"))
            return QStringLiteral("dracut");
    }
    return {};
}

// Every backend, in the order detection prefers them.
std::vector<std::unique_ptr<InitramfsBackend>> allBackends()
{
    std::vector<std::unique_ptr<InitramfsBackend>> all;
    all.push_back(makeInitramfsToolsBackend());
    all.push_back(makeDracutBackend());
    all.push_back(makeMkinitcpioBackend());
    all.push_back(makeBoosterBackend());
    return all;
}

} // namespace

QString InitramfsBackend::findTool(const QString &root) const
{
    for (const QString &candidate : toolCandidates()) {
        const QFileInfo info(underRoot(root, candidate));
        // The /usr paths come first: an absolute usr-merge link (/sbin -> /usr/sbin) would be resolved on
        // this machine rather than under the root.
        if (info.exists() && info.isFile())
            return candidate;
    }
    return {};
}

std::optional<QString> readTargetFile(const QString &root, const QString &path)
{
    QFile file(underRoot(root, path));
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

FileChange makeFileChange(const QString &root, const QString &path, const QString &newContent,
                          const QString &reason)
{
    FileChange change;
    change.path = path;
    change.hostPath = underRoot(root, path);
    change.newContent = newContent;
    change.oldContent = readTargetFile(root, path);
    change.reason = reason;
    return change;
}

std::unique_ptr<InitramfsBackend> makeInitramfsBackend(const QString &name)
{
    for (auto &backend : allBackends()) {
        if (backend->name() == name)
            return std::move(backend); // cppcheck-suppress returnStdMoveLocal ; a reference into the list
    }
    return nullptr;
}

QStringList initramfsBackendNames()
{
    QStringList names;
    for (const auto &backend : allBackends())
        names.append(backend->name());
    return names;
}

namespace {

// The generator whose tool is under `root`: of several, the one the distribution (`usual`) uses, otherwise
// the first found; `notes` gets which one and why. A failure naming where it looked when there is none.
Result<std::unique_ptr<InitramfsBackend>> chooseBackend(const QString &root, const QString &osName,
                                                        const QString &osId, const QString &usual,
                                                        QStringList &notes)
{
    std::vector<std::unique_ptr<InitramfsBackend>> found;
    QStringList foundNames;
    for (const QString &name : initramfsBackendNames()) {
        auto backend = makeInitramfsBackend(name);
        if (!backend->findTool(root).isEmpty()) {
            foundNames.append(name);
            found.push_back(std::move(backend));
        }
    }
    if (found.empty()) {
        QStringList looked;
        for (const QString &name : initramfsBackendNames())
            looked += makeInitramfsBackend(name)->toolCandidates();
        return fail(
            QStringLiteral("No supported initramfs generator was found on %1 (looked for %2). VFIO "
                           "Isolator supports initramfs-tools, mkinitcpio, dracut and booster; install "
                           "your distribution's generator, or set up vfio-pci by hand following your "
                           "distribution's guide.")
                .arg(osName.isEmpty() ? QStringLiteral("this system") : osName,
                     looked.join(QStringLiteral(", "))));
    }
    size_t chosen = 0;
    if (found.size() > 1) {
        const qsizetype index = foundNames.indexOf(usual);
        chosen = index >= 0 ? size_t(index) : 0;
        notes.append(QStringLiteral("Several initramfs generators are installed (%1); using %2 %3.")
                         .arg(foundNames.join(QStringLiteral(", ")), foundNames.at(qsizetype(chosen)),
                              index >= 0 ? QStringLiteral("because %1 uses it by default")
                                               .arg(osName.isEmpty() ? osId : osName)
                                         : QStringLiteral("as the first one found")));
    }
    std::unique_ptr<InitramfsBackend> backend = std::move(found[chosen]);
    notes.append(
        QStringLiteral("The initramfs is built with %1 (%2).").arg(backend->name(), backend->findTool(root)));
    return backend;
}

} // namespace

BackendDetection detectInitramfsBackend(const QString &root)
{
    const QString osRelease =
        readTargetFile(root, QStringLiteral("/etc/os-release"))
            .value_or(readTargetFile(root, QStringLiteral("/usr/lib/os-release")).value_or(QString()));
    const QString osName = osReleaseValue(osRelease, QStringLiteral("PRETTY_NAME"));
    QStringList osIds{osReleaseValue(osRelease, QStringLiteral("ID"))};
    osIds += osReleaseValue(osRelease, QStringLiteral("ID_LIKE")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString usual = preferredFor(osIds);
    QStringList notes;
    auto backend = chooseBackend(root, osName, osIds.first(), usual, notes);
    return BackendDetection{std::move(backend), osName, usual, std::move(notes)};
}

} // namespace vfio
