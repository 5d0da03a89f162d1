// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitramfsBackend.h"
#include "ManagedBlock.h"

namespace vfio {

namespace {

// Debian, Ubuntu: /etc/initramfs-tools/modules lists modules the initramfs loads early, one per line.
// mkinitramfs copies /etc/modprobe.d into the image by itself, so vfio.conf needs no extra step.
class InitramfsToolsBackend final : public InitramfsBackend
{
public:
    QString name() const override { return QStringLiteral("initramfs-tools"); }
    QString typicalSystem() const override { return QStringLiteral("a Debian or Ubuntu system"); }
    QStringList toolCandidates() const override
    {
        return {QStringLiteral("/usr/sbin/update-initramfs"), QStringLiteral("/sbin/update-initramfs")};
    }

    QString configurationFile() const override { return QStringLiteral("/etc/initramfs-tools/modules"); }

    QList<FileChange> files(const InitramfsRequest &request, QStringList *) const override
    {
        const QString path = configurationFile();
        QString body;
        if (!request.modules.isEmpty()) {
            body = QStringLiteral(
                       "# VFIO Isolator: load vfio-pci early so it claims the selected devices first.\n") +
                   request.modules.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        const QString existing = readTargetFile(request.root, path).value_or(QString());
        return {
            makeFileChange(request.root, path, ManagedBlock::merge(existing, body),
                           QStringLiteral("initramfs-tools loads the modules listed here from the initramfs, "
                                          "before the normal drivers."))};
    }

    QList<CommandStep> commands(const InitramfsRequest &request) const override
    {
        const QString tool =
            findTool(request.root).isEmpty() ? toolCandidates().first() : findTool(request.root);
        return {CommandStep{tool,
                            underRoot(request.root, tool),
                            {QStringLiteral("-u"), QStringLiteral("-k"), QStringLiteral("all")},
                            QStringLiteral("Rebuild the initramfs of every installed kernel with the new "
                                           "configuration.")}};
    }
};

} // namespace

std::unique_ptr<InitramfsBackend> makeInitramfsToolsBackend()
{
    return std::make_unique<InitramfsToolsBackend>();
}

} // namespace vfio
