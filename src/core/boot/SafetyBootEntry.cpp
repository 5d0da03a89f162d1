// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"
#include "GrubSafetyScript.h"
#include "LoaderEntries.h"

#include "policy/InitramfsBackend.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SafetyBootEntry)
};

bool usesGrubScripts(BootLoaderKind kind)
{
    return kind == BootLoaderKind::GrubDropIn || kind == BootLoaderKind::GrubDefaults;
}

// BLS entries are in /boot/loader/entries; systemd-boot's on the ESP.
QString entriesDirectory(const QString &root, BootLoaderKind kind)
{
    return loaderentries::entriesDirectory(root, kind == BootLoaderKind::GrubBls
                                                     ? QStringList{QStringLiteral("/boot")}
                                                     : loaderentries::espCandidates());
}

Failure unknownLoader()
{
    return fail(Text::tr("VFIO Isolator does not recognise this system's boot loader, so it cannot add a "
                         "boot entry without VFIO passthrough. To boot once without it, add %1 to the "
                         "kernel command line in the boot menu (in GRUB: press e on the entry).")
                    .arg(kernelparam::safetyOff()));
}

// The entry the boot loader starts by default: loader.conf's `default` when it names an entry exactly,
// otherwise the newest one by version in its file name (not one of ours).
std::optional<loaderentries::Entry> defaultEntry(const QString &root, const QString &directory)
{
    QList<loaderentries::Entry> entries = loaderentries::entries(root, directory);
    entries.removeIf(
        [](const loaderentries::Entry &entry) { return loaderentries::isSafetyEntry(entry.path); });
    if (entries.isEmpty())
        return std::nullopt;
    const QString loaderConf = QFileInfo(directory).path() + QStringLiteral("/loader.conf");
    QString wanted =
        loaderentries::field(readTargetFile(root, loaderConf).value_or(QString()), QStringLiteral("default"));
    if (!wanted.isEmpty() && !wanted.endsWith(QLatin1String(".conf")))
        wanted += QStringLiteral(".conf");
    for (const auto &entry : std::as_const(entries)) {
        if (QFileInfo(entry.path).fileName() == wanted)
            return entry;
    }
    return *std::max_element(entries.cbegin(), entries.cend(), [](const auto &left, const auto &right) {
        return loaderentries::versionLess(QFileInfo(left.path).fileName(), QFileInfo(right.path).fileName());
    });
}

// The entry's vfio-pci.ids= words: a vfio-pci built into the kernel takes them from the command line, which
// vfio_isolator=off cannot switch off, so the safety entry leaves them out.
QStringList vfioPciIdsWords(const QString &options)
{
    QStringList result;
    for (const QString &word : kernelWords(options)) {
        if (word.startsWith(QLatin1String("vfio-pci.ids=")) ||
            word.startsWith(QLatin1String("vfio_pci.ids=")))
            result.append(word);
    }
    return result;
}

QString safetyEntryText(const loaderentries::Entry &entry)
{
    QString title = loaderentries::field(entry.text, QStringLiteral("title"));
    if (title.isEmpty())
        title = QFileInfo(entry.path).completeBaseName();
    const QString text = loaderentries::withField(entry.text, QStringLiteral("title"),
                                                  Text::tr("%1 — without VFIO passthrough").arg(title));
    return loaderentries::editOptions(
        text,
        CommandLineChange{{kernelparam::safetyOff()}, vfioPciIdsWords(loaderentries::options(entry.text))});
}

// Our safety entries in `directory` except `keep`, to be deleted (an older kernel's copy).
void removeOtherSafetyEntries(const QString &root, const QString &directory, const QString &keep,
                              CommandLinePlan *plan)
{
    for (const auto &entry : loaderentries::entries(root, directory)) {
        if (!loaderentries::isSafetyEntry(entry.path) || entry.path == keep)
            continue;
        if (const auto file = removedFile(
                root, entry.path,
                Text::tr(
                    "A boot entry without VFIO passthrough written by VFIO Isolator; not needed any more.")))
            plan->files.append(*file);
    }
}

Result<CommandLinePlan> grubScriptPlan(const QString &root, const BootLoader &bootLoader, bool install)
{
    CommandLinePlan result;
    auto file = install ? changedFile(root, grubSafetyScriptPath(), grubSafetyScript(),
                                      Text::tr("Adds the boot menu entry without VFIO passthrough "
                                               "(vfio_isolator=off) when the GRUB menu is rebuilt."))
                        : removedFile(root, grubSafetyScriptPath(),
                                      Text::tr("The boot menu entry without VFIO passthrough is removed."));
    if (!file)
        return result; // already as wanted: update-grub need not run
    if (install)
        file->mode = 0755; // grub-mkconfig runs only the executable scripts in /etc/grub.d
    result.files.append(*file);
    return withGrubRegeneration(result, root, bootLoader);
}

} // namespace

Result<CommandLinePlan> safetyEntryPlan(const QString &root, const BootLoader &bootLoader)
{
    if (bootLoader.kind == BootLoaderKind::Unknown)
        return unknownLoader();
    if (usesGrubScripts(bootLoader.kind))
        return grubScriptPlan(root, bootLoader, true);
    const QString directory = entriesDirectory(root, bootLoader.kind);
    const auto entry = defaultEntry(root, directory);
    if (!entry)
        return fail(
            Text::tr("No boot entry was found in loader/entries (in /boot/efi, /boot or /efi) to copy "
                     "for a boot entry without VFIO passthrough."));
    CommandLinePlan result;
    const QString path = directory + QLatin1Char('/') + QFileInfo(entry->path).completeBaseName() +
                         loaderentries::safetySuffix() + QStringLiteral(".conf");
    if (const auto file =
            changedFile(root, path, safetyEntryText(*entry),
                        Text::tr("A copy of the default boot entry with VFIO passthrough switched "
                                 "off (vfio_isolator=off).")))
        result.files.append(*file);
    removeOtherSafetyEntries(root, directory, path, &result);
    return result;
}

Result<CommandLinePlan> safetyEntryRemovalPlan(const QString &root, const BootLoader &bootLoader)
{
    if (bootLoader.kind == BootLoaderKind::Unknown)
        return CommandLinePlan();
    if (usesGrubScripts(bootLoader.kind))
        return grubScriptPlan(root, bootLoader, false);
    CommandLinePlan result;
    removeOtherSafetyEntries(root, entriesDirectory(root, bootLoader.kind), QString(), &result);
    return result;
}

} // namespace vfio
