// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel command line's part of the system check: which words switch the IOMMU on (Intel, where the
// kernel does not by itself) or off (to be removed), and the optional iommu=pt.

#include "CheckParts.h"
#include "KernelConfig.h"

#include <QCoreApplication>

namespace vfio::checks {

namespace {

// The translation context of the system check's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::SystemCheck)
};

QString intelDefaultOnOption()
{
    return QStringLiteral("CONFIG_INTEL_IOMMU_DEFAULT_ON");
}

QStringList commandLineWords(const QString &commandLine)
{
    return commandLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The words of the command line that switch the IOMMU off, in kernelparam::disabling() order.
QStringList disablingWords(const QStringList &words)
{
    QStringList found;
    for (const QString &word : kernelparam::disabling()) {
        if (words.contains(word))
            found.append(word);
    }
    return found;
}

// The same key with another value before the last `word` ("intel_iommu=on" before "intel_iommu=off"): the
// kernel parses its parameters left to right, so the later word wins.
QString overriddenEarlierValue(const QStringList &words, const QString &word)
{
    const QString prefix = word.section(QLatin1Char('='), 0, 0) + QLatin1Char('=');
    const qsizetype last = words.lastIndexOf(word);
    for (qsizetype i = last - 1; i >= 0; --i) {
        if (words.at(i).startsWith(prefix) && words.at(i) != word)
            return words.at(i);
    }
    return {};
}

// Whether this kernel needs intel_iommu=on: its build configuration may turn VT-d on by itself.
bool intelNeedsParameter(const KernelConfig &config)
{
    return !config.isEnabled(intelDefaultOnOption());
}

// What is wrong on the command line today, one sentence per problem.
QStringList changeReasons(const CommandLineChange &change, const QStringList &words,
                          const KernelConfig &config)
{
    QStringList reasons;
    for (const QString &word : change.remove) {
        const QString earlier = overriddenEarlierValue(words, word);
        if (!earlier.isEmpty())
            reasons << Text::tr(
                           "The kernel command line switches the IOMMU off with %1 (%2 is there too, but "
                           "the later word wins).")
                           .arg(word, earlier);
        else
            reasons << Text::tr("The kernel command line switches the IOMMU off with %1.").arg(word);
    }
    if (change.add.contains(kernelparam::intelIommuOn())) {
        if (config.isFound())
            reasons << Text::tr(
                           "This kernel leaves Intel VT-d off unless %1 is given (%2 does not set %3=y).")
                           .arg(kernelparam::intelIommuOn(), config.path(), intelDefaultOnOption());
        else
            reasons << Text::tr(
                           "This kernel's build configuration (%1) is not there to tell whether it turns "
                           "Intel VT-d on by itself, so %2 is needed to be sure.")
                           .arg(config.path().isEmpty() ? QStringLiteral("/boot/config-*") : config.path(),
                                kernelparam::intelIommuOn());
        if (words.contains(kernelparam::intelIommuOn()))
            reasons << Text::tr("%1 is already on the line and stays.").arg(kernelparam::intelIommuOn());
    }
    return reasons;
}

// What to do, in one sentence; a word to add that the line already holds is named as kept, not as added
// (on "intel_iommu=on intel_iommu=off" only the removal changes anything).
QString changeDescription(const CommandLineChange &change, const QStringList &words)
{
    QStringList missing;
    QStringList present;
    for (const QString &word : change.add)
        (words.contains(word) ? present : missing).append(word);
    const QString removed = change.remove.join(QStringLiteral(", "));
    const QString added = missing.join(QStringLiteral(", "));
    if (!change.remove.isEmpty() && !missing.isEmpty())
        return Text::tr("Remove %1 from the kernel command line and add %2, then restart.")
            .arg(removed, added);
    if (!change.remove.isEmpty() && !present.isEmpty())
        return Text::tr(
                   "Remove %1 from the kernel command line (%2 is already there and stays), then restart.")
            .arg(removed, present.join(QStringLiteral(", ")));
    if (!change.remove.isEmpty())
        return Text::tr("Remove %1 from the kernel command line, then restart.").arg(removed);
    return Text::tr("Add %1 to the kernel command line, then restart.").arg(added);
}

// The sentence when nothing needs changing although the IOMMU is off.
QString nothingToChange(IommuStatus::Kind vendor, const KernelConfig &config)
{
    if (vendor == IommuStatus::Kind::Intel)
        return Text::tr("No kernel parameter is needed: this kernel turns Intel VT-d on by itself (%1 sets "
                        "%2=y).")
            .arg(config.path(), intelDefaultOnOption());
    if (vendor == IommuStatus::Kind::Amd)
        return Text::tr("No kernel parameter is needed: Linux turns AMD-Vi on by itself.");
    return Text::tr("Nothing on the kernel command line switches the IOMMU off. Which parameters are needed "
                    "can be told once the firmware announces an IOMMU.");
}

} // namespace

Finding checkKernelParameters(const CheckInput &input)
{
    const IommuStatus &iommu = input.topology.iommu;
    Finding finding{CheckId::KernelParameters, FindingState::Ok, {}, {}};
    if (iommu.active) {
        finding.message = Text::tr("No kernel parameter is needed: the IOMMU is on.");
        return finding;
    }
    const QStringList words = commandLineWords(iommu.kernelCommandLine);
    const IommuStatus::Kind vendor = iommuVendor(iommu);
    const KernelConfig config = KernelConfig::load(input.root, input.topology.kernelRelease);
    CommandLineChange change;
    change.remove = disablingWords(words);
    // AMD-Vi is on by default; only Intel may need a word added (amd_iommu=on is not a kernel parameter).
    if (vendor == IommuStatus::Kind::Intel && intelNeedsParameter(config))
        change.add.append(kernelparam::intelIommuOn());
    if (change.isEmpty()) {
        finding.state = vendor == IommuStatus::Kind::None ? FindingState::Information : FindingState::Ok;
        finding.message = nothingToChange(vendor, config);
        return finding;
    }
    finding.state = FindingState::NeedsAction;
    finding.message = changeReasons(change, words, config).join(QLatin1Char(' '));
    finding.fix = {change, changeDescription(change, words)};
    return finding;
}

Finding checkIommuPassthrough(const CheckInput &input)
{
    Finding finding{CheckId::IommuPassthrough, FindingState::Information, {}, {}};
    const QStringList words = commandLineWords(input.topology.iommu.kernelCommandLine);
    if (words.contains(kernelparam::iommuPassthrough())) {
        finding.message = Text::tr("%1 is set: the devices the host keeps skip IOMMU address translation, "
                                   "which keeps them fast; passed-through devices stay isolated.")
                              .arg(kernelparam::iommuPassthrough());
        return finding;
    }
    const IommuStatus &iommu = input.topology.iommu;
    if (!iommu.active && !iommu.firmwareTable) {
        finding.message = Text::tr("%1, a speed option for IOMMU machines, matters only once the firmware "
                                   "announces an IOMMU; nothing is offered until then.")
                              .arg(kernelparam::iommuPassthrough());
        return finding;
    }
    finding.message = Text::tr("You may add %1: it lets the devices the host keeps skip IOMMU address "
                               "translation, which can make them faster; passed-through devices stay "
                               "isolated. It is not needed, and only added if you choose it.")
                          .arg(kernelparam::iommuPassthrough());
    finding.fix = {
        {{kernelparam::iommuPassthrough()}, {}},
        Text::tr("Add %1 to the kernel command line, then restart.").arg(kernelparam::iommuPassthrough())};
    return finding;
}

} // namespace vfio::checks
