// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "policy/PlanTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vfio {

// What every backend needs to know to put vfio into the initramfs.
struct InitramfsRequest
{
    QString root = QStringLiteral("/"); // system root; files are read and planned relative to it
    QStringList modules;                // to load early, e.g. {"vfio", "vfio_iommu_type1", "vfio_pci"}
    QStringList files; // to include, absolute target paths, e.g. {"/etc/modprobe.d/vfio.conf"}
    // vfio.conf's install hooks must run (devices bound by address): they need modprobe at boot.
    bool addressHook = false;
};

// One initramfs generator. Files are merged with their existing content: our marked block is replaced, the
// user's lines are kept. An empty module list removes our block (the "nothing selected" plan).
class InitramfsBackend
{
public:
    virtual ~InitramfsBackend() = default;

    virtual QString name() const = 0;               // "initramfs-tools", "mkinitcpio", "dracut", "booster"
    virtual QStringList toolCandidates() const = 0; // target paths where its tool may be, preferred first
    // Every program its commands may run (target paths); the helper runs nothing else.
    virtual QStringList programs() const { return toolCandidates(); }
    // Systems that typically build their initramfs with it, for a sentence ("an Arch Linux system").
    virtual QString typicalSystem() const { return QStringLiteral("a system"); }

    // The tool's target path found under `root`, or empty.
    QString findTool(const QString &root) const;

    // The file on the target its files() merge our block into (target path), read by hardware reports.
    virtual QString configurationFile() const = 0;
    virtual QList<FileChange> files(const InitramfsRequest &request, QStringList *warnings) const = 0;
    virtual QList<CommandStep> commands(const InitramfsRequest &request) const = 0;
};

// Helpers shared by the backends: the current content of a target file under the root (nullopt when it does
// not exist), and a FileChange with both paths filled in.
std::optional<QString> readTargetFile(const QString &root, const QString &path);
FileChange makeFileChange(const QString &root, const QString &path, const QString &newContent,
                          const QString &reason);

std::unique_ptr<InitramfsBackend> makeInitramfsToolsBackend();
std::unique_ptr<InitramfsBackend> makeMkinitcpioBackend();
std::unique_ptr<InitramfsBackend> makeDracutBackend();
std::unique_ptr<InitramfsBackend> makeBoosterBackend();
// By name() ("initramfs-tools", ...); nullptr for an unknown name.
std::unique_ptr<InitramfsBackend> makeInitramfsBackend(const QString &name);
// The names makeInitramfsBackend knows, in the order detection prefers them.
QStringList initramfsBackendNames();

struct BackendDetection
{
    // The generator chosen (never null), or why none could be: the problem and the way out.
    Result<std::unique_ptr<InitramfsBackend>> backend;
    QString osName; // PRETTY_NAME from ROOT/etc/os-release, may be empty
    QString usual;  // the generator that distribution uses by default ("initramfs-tools", ...), "" if unknown
    QStringList notes; // e.g. "both dracut and mkinitcpio found, chose ... because ..."
};

// Which initramfs generator this system uses: the tools present under ROOT (usr/sbin/update-initramfs,
// usr/bin/mkinitcpio, usr/bin/dracut, usr/bin/booster, ...), ties broken by ROOT/etc/os-release.
BackendDetection detectInitramfsBackend(const QString &root);

} // namespace vfio
