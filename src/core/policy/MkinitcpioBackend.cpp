// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitramfsBackend.h"
#include "ManagedBlock.h"

#include <QFileInfo>

namespace vfio {

namespace {

// Arch: a drop-in in /etc/mkinitcpio.conf.d (read by mkinitcpio 36 and later) adds to MODULES and FILES
// without touching the user's mkinitcpio.conf.
class MkinitcpioBackend final : public InitramfsBackend
{
public:
    QString name() const override { return QStringLiteral("mkinitcpio"); }
    QString typicalSystem() const override { return QStringLiteral("an Arch Linux system"); }
    QStringList toolCandidates() const override
    {
        return {QStringLiteral("/usr/bin/mkinitcpio"), QStringLiteral("/bin/mkinitcpio")};
    }

    QString configurationFile() const override
    {
        return QStringLiteral("/etc/mkinitcpio.conf.d/vfio-isolator.conf");
    }

    QList<FileChange> files(const InitramfsRequest &request, QStringList *warnings) const override
    {
        const QString path = configurationFile();
        const QString dir = QFileInfo(path).path();
        QString body;
        if (!request.modules.isEmpty() || !request.files.isEmpty()) {
            body = QStringLiteral(
                "# VFIO Isolator: load vfio-pci early so it claims the selected devices first.\n");
            if (!request.modules.isEmpty())
                body += QStringLiteral("MODULES+=(%1)\n").arg(request.modules.join(QLatin1Char(' ')));
            if (!request.files.isEmpty())
                body += QStringLiteral("FILES+=(%1)\n").arg(request.files.join(QLatin1Char(' ')));
            if (warnings && !QFileInfo(underRoot(request.root, dir)).isDir())
                warnings->append(
                    QStringLiteral("%1 did not exist yet; mkinitcpio reads it from version 36 on. "
                                   "With an older mkinitcpio, copy the MODULES+= and FILES+= lines of %2 "
                                   "into /etc/mkinitcpio.conf by hand.")
                        .arg(dir, path));
        }
        const QString existing = readTargetFile(request.root, path).value_or(QString());
        return {
            makeFileChange(request.root, path, ManagedBlock::merge(existing, body),
                           QStringLiteral("mkinitcpio puts these modules and files into the initramfs and "
                                          "loads the modules before the normal drivers."))};
    }

    QList<CommandStep> commands(const InitramfsRequest &request) const override
    {
        const QString tool =
            findTool(request.root).isEmpty() ? toolCandidates().first() : findTool(request.root);
        return {
            CommandStep{tool,
                        underRoot(request.root, tool),
                        {QStringLiteral("-P")},
                        QStringLiteral("Rebuild the initramfs of every preset (every installed kernel).")}};
    }
};

} // namespace

std::unique_ptr<InitramfsBackend> makeMkinitcpioBackend()
{
    return std::make_unique<MkinitcpioBackend>();
}

} // namespace vfio
