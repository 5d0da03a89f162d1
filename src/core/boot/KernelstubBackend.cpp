// SPDX-License-Identifier: GPL-3.0-or-later
#include "BootPlanSupport.h"

#include "policy/InitramfsBackend.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vfio {

namespace {

const QString kernelstubConfiguration = QStringLiteral("/etc/kernelstub/configuration");

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::Kernelstub)
};

// The user's kernel options kernelstub keeps in /etc/kernelstub/configuration ({"user": {"kernel_options":
// [...]}}), as one command line; nullopt when the file is missing or not in that shape.
std::optional<QString> configuredOptions(const QString &root)
{
    const auto text = readTargetFile(root, kernelstubConfiguration);
    if (!text)
        return std::nullopt;
    const QJsonValue options = QJsonDocument::fromJson(text->toUtf8())
                                   .object()
                                   .value(QStringLiteral("user"))
                                   .toObject()
                                   .value(QStringLiteral("kernel_options"));
    if (!options.isArray())
        return std::nullopt;
    QStringList words;
    for (const auto &word : options.toArray())
        words.append(word.toString());
    return joinWords(words);
}

// Pop!_OS: kernelstub -a / -d change its configuration and rewrite the boot entry. No file is written by
// us, so Revert runs the inverse commands (`undo`).
class KernelstubBackend final : public KernelCommandLineBackend
{
public:
    BootLoaderKind kind() const override { return BootLoaderKind::Kernelstub; }
    QStringList programs() const override { return bootprograms::kernelstub(); }
    QStringList configurationFiles() const override { return {kernelstubConfiguration}; }

    Result<CommandLinePlan> plan(const CommandLineRequest &request) const override
    {
        const QString kernelstub = findProgram(request.root, bootprograms::kernelstub());
        if (kernelstub.isEmpty())
            return fail(Text::tr("kernelstub was not found in /usr/bin; it changes the kernel command line "
                                 "on this system. Install the kernelstub package. Nothing was changed."));
        CommandLinePlan result;
        const auto current = configuredOptions(request.root);
        if (!current)
            result.notes.append(
                Text::tr("/etc/kernelstub/configuration was not readable, so Revert will take "
                         "out every word this change adds, even one that was there before."));
        const CommandLineChange needed =
            effectiveChange(current ? QStringList{*current} : QStringList(), request.change);
        // Deleting first: a new vfio-pci.ids= word must not sit next to the old one.
        if (!needed.remove.isEmpty())
            result.commands.append(makeCommand(
                request.root, kernelstub, {QStringLiteral("-d"), joinWords(needed.remove)},
                Text::tr("Remove %1 from the kernel command line.").arg(joinWords(needed.remove))));
        if (!needed.add.isEmpty())
            result.commands.append(
                makeCommand(request.root, kernelstub, {QStringLiteral("-a"), joinWords(needed.add)},
                            Text::tr("Add %1 to the kernel command line.").arg(joinWords(needed.add))));
        if (!needed.isEmpty())
            result.undo = inverse(needed);
        return result;
    }
};

} // namespace

std::unique_ptr<KernelCommandLineBackend> makeKernelstubBackend()
{
    return std::make_unique<KernelstubBackend>();
}

} // namespace vfio
