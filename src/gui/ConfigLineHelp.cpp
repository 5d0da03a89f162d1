// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigLineHelp.h"

#include "ReviewHtml.h"

#include "policy/ManagedBlock.h"
#include "policy/VfioConfig.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <array>
#include <iterator>

namespace vfio {

using reviewhtml::code;
using reviewhtml::codeList;

namespace {
// The sentences are the review dialog's (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::ReviewDialog)
};

void addUnique(QStringList *list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!list->contains(item))
            list->append(item);
    }
}

// The words of a configuration value without brackets and quotes: "(vfio vfio_pci)" -> {"vfio", "vfio_pci"}.
QStringList valueWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,()\"']+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// The settings of mkinitcpio, dracut and booster the plan writes: how a line starts, where its value begins,
// and what it does.
struct GeneratorSetting
{
    const char *prefix;
    char separator;
    const char *shown; // the setting as the sentence shows it
    const char *sentence;
};
constexpr GeneratorSetting generatorSettings[] = {
    {"MODULES+=", '=', "MODULES+=(…)",
     QT_TRANSLATE_NOOP("vfio::ReviewDialog", "%1: mkinitcpio puts these modules (%2) into the initramfs and "
                                             "loads them early, before the usual drivers.")},
    {"FILES+=", '=', "FILES+=(…)",
     QT_TRANSLATE_NOOP("vfio::ReviewDialog", "%1: mkinitcpio copies these files (%2) into the initramfs, so "
                                             "that their settings apply there too.")},
    {"force_drivers+=", '=', "force_drivers+=",
     QT_TRANSLATE_NOOP("vfio::ReviewDialog",
                       "%1: dracut puts these modules (%2) into the initramfs and loads "
                       "them early, before the usual drivers.")},
    {"install_items+=", '=', "install_items+=",
     QT_TRANSLATE_NOOP("vfio::ReviewDialog", "%1: dracut copies these files (%2) into the initramfs, so that "
                                             "their settings apply there too.")},
    {"modules_force_load:", ':', "modules_force_load:",
     QT_TRANSLATE_NOOP("vfio::ReviewDialog",
                       "%1: booster puts these modules (%2) into its initramfs and loads "
                       "them early.")},
};
constexpr std::size_t generatorSettingCount = std::size(generatorSettings);

// What the lines of one file hold, gathered before anything is said about them.
struct Lines
{
    // modprobe.d
    QStringList ids, softdeps, overrideAddresses;
    bool vfioInstall = false;
    QMap<QString, QStringList> claimantHooks; // built-in vfio-pci: driver -> addresses it hands over
    // the initramfs generators
    QStringList moduleLines;                                    // /etc/initramfs-tools/modules
    std::array<QString, generatorSettingCount> generatorValues; // by generatorSettings
    bool comments = false, markers = false;
};

QStringList addressTexts(const QList<PciAddress> &addresses)
{
    QStringList texts;
    for (const PciAddress &address : addresses)
        texts.append(address.toString());
    return texts;
}

// A modprobe.d line (options, softdep, install), read by the core's one reader of them; false when the line
// is none of them.
bool readModprobeLine(const QString &line, Lines *lines)
{
    const ModprobeDirective directive = ModprobeDirective::read(line);
    switch (directive.kind) {
    case ModprobeDirective::Kind::VfioPciOptions:
        addUnique(&lines->ids, directive.ids);
        return true;
    case ModprobeDirective::Kind::Softdep:
        addUnique(&lines->softdeps, {directive.module});
        return true;
    case ModprobeDirective::Kind::VfioPciInstall:
        lines->vfioInstall = true;
        if (directive.setsOverride)
            addUnique(&lines->overrideAddresses, addressTexts(directive.addresses));
        return true;
    case ModprobeDirective::Kind::OverrideInstall:
        addUnique(&lines->claimantHooks[directive.module], addressTexts(directive.addresses));
        return true;
    case ModprobeDirective::Kind::Other:
        break;
    }
    return false;
}

// A line of mkinitcpio's, dracut's or booster's configuration; false when the line is none of them.
bool readGeneratorLine(const QString &line, Lines *lines)
{
    for (std::size_t i = 0; i < generatorSettingCount; ++i) {
        const GeneratorSetting &setting = generatorSettings[i];
        if (line.startsWith(QLatin1String(setting.prefix))) {
            lines->generatorValues[i] = line.section(QLatin1Char(setting.separator), 1);
            return true;
        }
    }
    return false;
}

Lines readLines(const QString &path, const QString &content)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const bool initramfsToolsModules = path == QLatin1String("/etc/initramfs-tools/modules");
    Lines lines;
    for (const QString &raw : content.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line == ManagedBlock::beginMarker() || line == ManagedBlock::endMarker()) {
            lines.markers = true;
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            lines.comments = true;
            continue;
        }
        const QStringList words = line.split(spaces, Qt::SkipEmptyParts);
        if (!readModprobeLine(line, &lines) && !readGeneratorLine(line, &lines) && initramfsToolsModules &&
            !words.isEmpty())
            lines.moduleLines.append(words.value(0));
    }
    return lines;
}

QString vfioInstallSentence(const Lines &lines)
{
    const QString safety = code(QStringLiteral("vfio_isolator=off"));
    if (lines.overrideAddresses.isEmpty())
        return Text::tr("%1 (one long line in the file, wrapped here): the shell command modprobe "
                        "runs instead of simply loading vfio-pci; it does nothing when the kernel "
                        "command line holds %2 (the boot menu's entry without VFIO passthrough, "
                        "so every device keeps its usual driver), and otherwise loads vfio-pci.")
            .arg(code(QStringLiteral("install vfio-pci …")), safety);
    return Text::tr("%1 (one long line in the file, wrapped here): the shell command modprobe "
                    "runs instead of simply loading vfio-pci; it does nothing when the kernel "
                    "command line holds %2 (the boot menu's entry without VFIO passthrough), "
                    "and otherwise writes vfio-pci into the %3 file of %4, so that vfio-pci "
                    "takes exactly these cards and not the identical ones that stay on the "
                    "host, then loads vfio-pci.")
        .arg(code(QStringLiteral("install vfio-pci …")), safety, code(QStringLiteral("driver_override")),
             codeList(lines.overrideAddresses));
}

QStringList modprobeSentences(const Lines &lines)
{
    QStringList sentences;
    if (!lines.ids.isEmpty())
        sentences.append(Text::tr("%1: when vfio-pci loads, it takes every device with one of these "
                                  "vendor:device IDs (%2), the numbers in square brackets in the "
                                  "device list.")
                             .arg(code(QStringLiteral("options vfio-pci ids=…")), codeList(lines.ids)));
    if (!lines.softdeps.isEmpty())
        sentences.append(Text::tr("%1 (for %2): when one of these drivers, which would otherwise take "
                                  "a ticked device, is about to load, vfio-pci is loaded first, so "
                                  "that it claims the device before them.")
                             .arg(code(QStringLiteral("softdep … pre: vfio-pci")), codeList(lines.softdeps)));
    if (lines.vfioInstall)
        sentences.append(vfioInstallSentence(lines));
    for (auto it = lines.claimantHooks.cbegin(); it != lines.claimantHooks.cend(); ++it)
        sentences.append(Text::tr("%1 (one long line, wrapped here): vfio-pci is built into this "
                                  "kernel, so before %2 loads this writes vfio-pci into the %3 file "
                                  "of %4 and has the kernel look at them again (the built-in "
                                  "vfio-pci takes them), then loads %2 for the cards that stay on the "
                                  "host; with %5 it only loads %2.")
                             .arg(code(QStringLiteral("install %1 …").arg(it.key())), code(it.key()),
                                  code(QStringLiteral("driver_override")), codeList(it.value()),
                                  code(QStringLiteral("vfio_isolator=off"))));
    return sentences;
}

// /etc/initramfs-tools/modules
QString initramfsToolsSentence(const QStringList &modules)
{
    return Text::tr("%1 (one module a line): initramfs-tools puts each module named "
                    "here into the initramfs and loads it early in the boot, before "
                    "the usual drivers, so that vfio-pci is there first.")
        .arg(codeList(modules));
}

QStringList generatorSentences(const Lines &lines)
{
    QStringList sentences;
    for (std::size_t i = 0; i < generatorSettingCount; ++i) {
        const QString &value = lines.generatorValues[i];
        if (!value.isEmpty())
            sentences.append(
                QCoreApplication::translate("vfio::ReviewDialog", generatorSettings[i].sentence)
                    .arg(code(QString::fromUtf8(generatorSettings[i].shown)), codeList(valueWords(value))));
    }
    return sentences;
}

QStringList markupSentences(const Lines &lines)
{
    QStringList sentences;
    if (lines.markers)
        sentences.append(Text::tr("The two %1 marker lines enclose what VFIO Isolator manages; lines "
                                  "outside them are yours and stay as they are.")
                             .arg(code(QStringLiteral("# >>> VFIO Isolator … / # <<< VFIO Isolator …"))));
    if (lines.comments)
        sentences.append(Text::tr("Lines starting with %1 are comments: they explain and change "
                                  "nothing.")
                             .arg(code(QStringLiteral("#"))));
    return sentences;
}
} // namespace

QStringList explainConfigLines(const QString &path, const QString &content)
{
    const Lines lines = readLines(path, content);
    QStringList sentences = modprobeSentences(lines);
    if (!lines.moduleLines.isEmpty())
        sentences.append(initramfsToolsSentence(lines.moduleLines));
    return sentences + generatorSentences(lines) + markupSentences(lines);
}

} // namespace vfio
