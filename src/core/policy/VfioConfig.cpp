// SPDX-License-Identifier: GPL-3.0-or-later
#include "VfioConfig.h"

#include "KernelModuleIndex.h"
#include "ManagedBlock.h"

#include "boot/KernelParameters.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vfio {

namespace {

bool isVfioPciName(const QString &name)
{
    return KernelModuleIndex::normalized(name) == QStringLiteral("vfio_pci");
}

// A modprobe.d line without its comment, split into words.
QStringList directiveWords(const QString &line)
{
    QString text = line;
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        text.truncate(hash);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.split(spaces, Qt::SkipEmptyParts);
}

// "ids=1234:1111,8086:293e:ffffffff:ffffffff" -> {"1234:1111", "8086:293e"}: the vendor:device of each entry.
QStringList idsFromOption(const QString &word)
{
    QStringList result;
    const QString value = word.section(QLatin1Char('='), 1);
    for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList fields = entry.split(QLatin1Char(':'));
        if (fields.size() >= 2)
            result.append((fields.at(0) + QLatin1Char(':') + fields.at(1)).toLower());
    }
    return result;
}

bool isVfioIdsOption(const QStringList &words)
{
    if (words.size() < 3 || words.at(0) != QStringLiteral("options") || !isVfioPciName(words.at(1)))
        return false;
    return std::any_of(words.cbegin() + 2, words.cend(),
                       [](const QString &w) { return w.startsWith(QStringLiteral("ids=")); });
}

// The shell test for the safety parameter (kernelparam::safetyOff()) on the kernel command line, with shell
// built-ins only: the initramfs may have no grep. Words are compared whole, so "xvfio_isolator=off" is not
// it.
QString safetyCase()
{
    return QStringLiteral("read -r c < /proc/cmdline; case \" $c \" in *\" %1 \"*)")
        .arg(kernelparam::safetyOff());
}

// The loop that writes "vfio-pci" into each device's driver_override, only when an IOMMU is active (so a
// machine with the IOMMU off keeps its devices). `probe` also asks the kernel to probe the device again.
QString overrideLoop(const QStringList &addresses, bool probe)
{
    return QStringLiteral("set -- /sys/class/iommu/*; if [ -e \"$1\" ]; then for d in %1; "
                          "do [ -e /sys/bus/pci/devices/$d/driver_override ] && echo vfio-pci > "
                          "/sys/bus/pci/devices/$d/driver_override%2; done; fi")
        .arg(addresses.join(QLatin1Char(' ')),
             probe ? QStringLiteral(" && echo $d > /sys/bus/pci/drivers_probe") : QString());
}

// Every rendered vfio.conf has this install command, so that vfio-pci is requested through it from the
// initramfs, the root file system and every softdep alike. With the safety parameter it exits at once:
// vfio-pci is not loaded, so `options vfio-pci ids=` and the softdeps do nothing for that boot. Otherwise it
// sets driver_override for the devices bound by address (see the class comment in VfioConfig.h) and loads
// vfio-pci with --ignore-install. Only shell built-ins and modprobe are used, so it runs in every initramfs
// (klibc sh, busybox ash, dash, bash) without extra tools.
QString vfioPciInstallLine(const QStringList &byAddress)
{
    return QStringLiteral("install vfio-pci ") + safetyCase() + QStringLiteral(" exit 0;; esac; ") +
           (byAddress.isEmpty() ? QString() : overrideLoop(byAddress, false) + QStringLiteral("; ")) +
           QStringLiteral("exec /sbin/modprobe --ignore-install vfio-pci $CMDLINE_OPTS");
}

// For a built-in vfio-pci: on the claiming driver's install, override and re-probe each device (vfio-pci
// takes it), then load the driver itself for the devices that stay. With the safety parameter only the
// driver is loaded, so every device keeps it.
QString claimantHookLine(const QString &module, const QStringList &addresses)
{
    return QStringLiteral("install %1 ").arg(module) + safetyCase() + QStringLiteral(" ;; *) ") +
           overrideLoop(addresses, true) +
           QStringLiteral(";; esac; exec /sbin/modprobe --ignore-install %1 $CMDLINE_OPTS").arg(module);
}

// What a selection asks of vfio.conf, gathered per binding.
struct Selection
{
    QStringList byId;                            // vendor:device bound by ID, sorted, unique
    QStringList byAddress;                       // addresses bound by address, sorted, unique
    QStringList deviceLines;                     // "#   0000:04:00.0 [8086:10d3] by address"
    QStringList softdeps;                        // loadable modules that would claim a device, sorted, unique
    QMap<QString, QStringList> claimedByAddress; // module -> addresses it would claim, for built-in vfio-pci
};

void sortUnique(QStringList *list)
{
    list->sort();
    list->removeDuplicates();
}

Selection collect(const Topology &topology, const QList<DeviceBinding> &bindings,
                  const KernelModuleIndex &kernel, QStringList *warnings)
{
    Selection result;
    for (const DeviceBinding &binding : bindings) {
        const PciDevice *device = topology.find(binding.address);
        if (!device)
            continue;
        if (binding.method == BindMethod::ById)
            result.byId.append(binding.idPair.toLower());
        else
            result.byAddress.append(binding.address.toString());
        result.deviceLines.append(
            QStringLiteral("#   %1 [%2] %3")
                .arg(binding.address.toString(), binding.idPair, bindMethodWords(binding.method)));
        for (const QString &module : VfioConfig::claimingModules(*device, kernel)) {
            if (kernel.isBuiltin(module)) {
                warnings->append(
                    QStringLiteral("%1 is claimed by %2, which is built into kernel %3: a softdep "
                                   "cannot make vfio-pci load before it, so the device may stay "
                                   "with %2.")
                        .arg(SelectionRules::describe(*device), module, kernel.release()));
                continue;
            }
            result.softdeps.append(module);
            if (binding.method == BindMethod::ByAddress)
                result.claimedByAddress[module].append(binding.address.toString());
        }
    }
    sortUnique(&result.byId);
    sortUnique(&result.byAddress);
    sortUnique(&result.softdeps);
    return result;
}

// The directives for a loadable vfio-pci: the IDs, the install hook (safety check, by-address part),
// softdeps.
QStringList moduleDirectives(const Selection &selection)
{
    QStringList body;
    if (!selection.byId.isEmpty())
        body << QStringLiteral("options vfio-pci ids=") + selection.byId.join(QLatin1Char(','));
    body << QStringLiteral(
                "# With %1 on the kernel command line (the safety boot entry) vfio-pci is not loaded, "
                "so nothing here takes effect for that boot.")
                .arg(kernelparam::safetyOff());
    if (!selection.byAddress.isEmpty())
        body << QStringLiteral(
            "# Bound by address (an identical card stays on the host): set driver_override "
            "when vfio-pci loads.");
    body << vfioPciInstallLine(selection.byAddress);
    for (const QString &module : selection.softdeps)
        body << QStringLiteral("softdep %1 pre: vfio-pci").arg(module);
    return body;
}

// For a built-in vfio-pci: the IDs go on the kernel command line (said in a comment), and the by-address hook
// goes on each driver that would claim such a device: it sets driver_override and asks the kernel to probe
// the device again, before that driver loads.
QStringList builtinDirectives(const Selection &selection, const KernelModuleIndex &kernel,
                              RenderedConfig *result)
{
    QStringList body;
    if (!selection.byId.isEmpty()) {
        result->kernelCommandLine = QStringLiteral("vfio-pci.ids=") + selection.byId.join(QLatin1Char(','));
        body << QStringLiteral("# vfio-pci is built into kernel %1, so modprobe options do not reach it:")
                    .arg(kernel.release())
             << QStringLiteral("# add %1 to the kernel command line.").arg(result->kernelCommandLine);
    }
    if (selection.byAddress.isEmpty())
        return body;
    body << QStringLiteral(
                "# Bound by address (an identical card stays on the host): vfio-pci is built in, so set "
                "driver_override before the usual driver loads (not with %1).")
                .arg(kernelparam::safetyOff());
    for (auto it = selection.claimedByAddress.cbegin(); it != selection.claimedByAddress.cend(); ++it)
        body << claimantHookLine(it.key(), it.value());
    if (selection.claimedByAddress.isEmpty())
        result->warnings.append(QStringLiteral("No loadable driver claims the devices bound by address, so "
                                               "nothing sets their driver_override at boot."));
    return body;
}

QStringList blockHeader(const QStringList &deviceLines)
{
    return QStringList{
               QStringLiteral("# Managed by VFIO Isolator. Do not edit between the markers: the next "
                              "Apply replaces this block."),
               QStringLiteral("# Lines outside the markers are yours and are kept as they are."),
               QStringLiteral("# To undo: run `vfio-isolator-cli revert` (or delete this block), then "
                              "regenerate the initramfs."),
               QStringLiteral("# Devices given to vfio-pci:")} +
           deviceLines;
}

// The warnings for a hand-written `options vfio-pci ids=` line: both lists are passed, and a twin named there
// goes to vfio-pci too.
void warnAboutHandWrittenIds(const QString &line, const QStringList &words,
                             const QList<DeviceBinding> &bindings, QStringList *warnings)
{
    warnings->append(
        QStringLiteral("%1 has a hand-written line \"%2\" outside the VFIO Isolator block. It was "
                       "kept, but modprobe passes both ids= values and the last one wins, so one "
                       "list is ignored: delete that line or select its devices here instead.")
            .arg(VfioConfig::path(), line.trimmed()));
    QStringList handIds;
    for (const QString &word : words) {
        if (word.startsWith(QStringLiteral("ids=")))
            handIds += idsFromOption(word);
    }
    for (const DeviceBinding &binding : bindings) {
        for (const PciAddress &twin : binding.identicalOnHost) {
            if (handIds.contains(binding.idPair.toLower()))
                warnings->append(
                    QStringLiteral("The hand-written ids= line names %1, which %2 still uses on the "
                                   "host: with it, both cards go to vfio-pci.")
                        .arg(binding.idPair, twin.toShortString()));
        }
    }
}

// The user's own lines stay; those that would fight ours are pointed out. modprobe runs only one install
// command per module, so a hand-written one for vfio-pci (or, with vfio-pci built in, for a driver our hook
// sits on) would replace ours.
void warnAboutUserLines(const QString &existingText, const QList<DeviceBinding> &bindings,
                        const Selection &selection, bool builtin, QStringList *warnings)
{
    if (bindings.isEmpty())
        return;
    for (const QString &line : ManagedBlock::outside(existingText)) {
        const QStringList words = directiveWords(line);
        if (isVfioIdsOption(words)) {
            warnAboutHandWrittenIds(line, words, bindings, warnings);
        } else if (words.size() >= 2 && words.at(0) == QStringLiteral("install") &&
                   (builtin ? selection.claimedByAddress.contains(KernelModuleIndex::normalized(words.at(1)))
                            : isVfioPciName(words.at(1)))) {
            warnings->append(
                QStringLiteral("%1 has a hand-written \"install %2 ...\" line; modprobe runs only "
                               "one install command per module, so binding by address and the boot "
                               "without VFIO passthrough (%3) may not work. Delete that line.")
                    .arg(VfioConfig::path(), words.at(1), kernelparam::safetyOff()));
        }
    }
}

} // namespace

bool ConfiguredState::bindsId(const QString &idPair) const
{
    return ids.contains(idPair.toLower());
}

bool ConfiguredState::bindsAddress(const PciAddress &address) const
{
    return addresses.contains(address);
}

bool ConfiguredState::binds(const PciDevice &device) const
{
    return bindsAddress(device.address) || bindsId(device.idPair());
}

QStringList VfioConfig::claimingModules(const PciDevice &device, const KernelModuleIndex &kernel)
{
    QStringList result;
    for (const QString &module : device.modules) {
        const QString name = KernelModuleIndex::normalized(module);
        if (!name.isEmpty() && !isVfioPciName(name))
            result.append(name);
    }
    if (!device.driver.isEmpty() && !isVfioPciName(device.driver)) {
        const QString module = kernel.moduleForDriver(device.driver);
        if (!module.isEmpty())
            result.append(module);
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

RenderedConfig VfioConfig::render(const Topology &topology, const QList<DeviceBinding> &bindings,
                                  const KernelModuleIndex &kernel, const QString &existingText)
{
    RenderedConfig result;
    const Selection selection = collect(topology, bindings, kernel, &result.warnings);
    result.ids = selection.byId;
    const bool builtin = kernel.vfioPciBuiltin();
    QStringList body;
    if (!bindings.isEmpty()) {
        body = blockHeader(selection.deviceLines) +
               (builtin ? builtinDirectives(selection, kernel, &result) : moduleDirectives(selection));
        if (!builtin)
            result.softdeps = selection.softdeps;
    }
    result.block = body.isEmpty() ? QString() : body.join(QLatin1Char('\n')) + QLatin1Char('\n');
    result.text = ManagedBlock::merge(existingText, result.block);
    warnAboutUserLines(existingText, bindings, selection, builtin, &result.warnings);
    return result;
}

namespace {
bool vfioPciBefore(const QStringList &words)
{
    const qsizetype pre = words.indexOf(QStringLiteral("pre:"));
    for (qsizetype i = pre + 1; pre > 0 && i < words.size() && !words.at(i).endsWith(QLatin1Char(':')); ++i) {
        if (isVfioPciName(words.at(i)))
            return true;
    }
    return false;
}

QList<PciAddress> hookAddresses(const QString &line)
{
    // Our hook lists the addresses inside a shell loop ("for d in 0000:04:00.0; do").
    static const QRegularExpression addressPattern(
        QStringLiteral("[0-9a-fA-F]{4,8}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]"));
    QList<PciAddress> addresses;
    for (const QRegularExpressionMatch &match : addressPattern.globalMatch(line)) {
        const auto address = PciAddress::parse(match.captured());
        if (address && !addresses.contains(*address))
            addresses.append(*address);
    }
    return addresses;
}
} // namespace

ModprobeDirective ModprobeDirective::read(const QString &line)
{
    ModprobeDirective directive;
    const QStringList words = directiveWords(line);
    if (words.size() < 2)
        return directive;
    const QString &keyword = words.at(0);
    directive.setsOverride = line.contains(QStringLiteral("driver_override"));
    if (keyword == QStringLiteral("options") && isVfioPciName(words.at(1))) {
        directive.kind = Kind::VfioPciOptions;
        for (qsizetype i = 2; i < words.size(); ++i) {
            if (words.at(i).startsWith(QStringLiteral("ids=")))
                directive.ids += idsFromOption(words.at(i));
        }
    } else if (keyword == QStringLiteral("softdep") && words.size() >= 4) {
        directive.kind = Kind::Softdep;
        directive.module = words.at(1);
        directive.vfioPciFirst = vfioPciBefore(words);
    } else if (keyword == QStringLiteral("install") &&
               (isVfioPciName(words.at(1)) || directive.setsOverride)) {
        directive.kind = isVfioPciName(words.at(1)) ? Kind::VfioPciInstall : Kind::OverrideInstall;
        directive.module = words.at(1);
        directive.addresses = hookAddresses(line);
    }
    return directive;
}

ConfiguredState VfioConfig::parse(const QString &text)
{
    ConfiguredState state;
    state.managed = ManagedBlock::contains(text);
    const QStringList userLines = ManagedBlock::outside(text);
    const QSet<QString> userSet(userLines.cbegin(), userLines.cend());
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const ModprobeDirective directive = ModprobeDirective::read(line);
        switch (directive.kind) {
        case ModprobeDirective::Kind::VfioPciOptions:
            state.ids += directive.ids;
            if (isVfioIdsOption(directiveWords(line)) && userSet.contains(line))
                state.handWrittenIdLines.append(line.trimmed());
            break;
        case ModprobeDirective::Kind::Softdep:
            if (directive.vfioPciFirst)
                state.softdepModules.append(KernelModuleIndex::normalized(directive.module));
            break;
        case ModprobeDirective::Kind::VfioPciInstall:
        case ModprobeDirective::Kind::OverrideInstall:
            for (const PciAddress &address : directive.addresses) {
                if (!state.addresses.contains(address))
                    state.addresses.append(address);
            }
            break;
        case ModprobeDirective::Kind::Other:
            break;
        }
    }
    state.ids.removeDuplicates();
    state.softdepModules.removeDuplicates();
    std::sort(state.addresses.begin(), state.addresses.end());
    return state;
}

} // namespace vfio
