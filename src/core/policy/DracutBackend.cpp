// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitramfsBackend.h"
#include "ManagedBlock.h"

namespace vfio {

namespace {

// Fedora, openSUSE, ...: a drop-in in /etc/dracut.conf.d. force_drivers loads the modules early through
// modprobe (so vfio.conf's options and install hook apply); install_items makes sure vfio.conf is inside.
class DracutBackend final : public InitramfsBackend
{
public:
    QString name() const override { return QStringLiteral("dracut"); }
    QString typicalSystem() const override { return QStringLiteral("a Fedora or openSUSE system"); }
    QStringList toolCandidates() const override
    {
        return {QStringLiteral("/usr/bin/dracut"), QStringLiteral("/usr/sbin/dracut"),
                QStringLiteral("/sbin/dracut")};
    }

    QString configurationFile() const override
    {
        return QStringLiteral("/etc/dracut.conf.d/vfio-isolator.conf");
    }

    QList<FileChange> files(const InitramfsRequest &request, QStringList *) const override
    {
        const QString path = configurationFile();
        QString body;
        if (!request.modules.isEmpty() || !request.files.isEmpty()) {
            // dracut concatenates += values: the spaces on both sides keep the lists apart.
            body = QStringLiteral(
                "# VFIO Isolator: load vfio-pci early so it claims the selected devices first.\n");
            if (!request.modules.isEmpty())
                body +=
                    QStringLiteral("force_drivers+=\" %1 \"\n").arg(request.modules.join(QLatin1Char(' ')));
            if (!request.files.isEmpty())
                body += QStringLiteral("install_items+=\" %1 \"\n").arg(request.files.join(QLatin1Char(' ')));
        }
        const QString existing = readTargetFile(request.root, path).value_or(QString());
        return {
            makeFileChange(request.root, path, ManagedBlock::merge(existing, body),
                           QStringLiteral("dracut puts these modules and files into the initramfs and loads "
                                          "the modules before the normal drivers."))};
    }

    QList<CommandStep> commands(const InitramfsRequest &request) const override
    {
        const QString tool =
            findTool(request.root).isEmpty() ? toolCandidates().first() : findTool(request.root);
        return {CommandStep{tool,
                            underRoot(request.root, tool),
                            {QStringLiteral("-f"), QStringLiteral("--regenerate-all")},
                            QStringLiteral("Rebuild the initramfs of every installed kernel.")}};
    }
};

} // namespace

std::unique_ptr<InitramfsBackend> makeDracutBackend()
{
    return std::make_unique<DracutBackend>();
}

} // namespace vfio
