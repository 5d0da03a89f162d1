// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyTestTree.h"

#include "topology/TopologyScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cstdlib>

namespace vfio::test {

QString fixtureRoot(const QString &name)
{
    return QStringLiteral(VFIO_TEST_DATA_DIR "/") + name;
}

Topology scanFixture(const QString &name)
{
    return TopologyScanner(fixtureRoot(name)).scan();
}

PciAddress address(const char *text)
{
    const auto parsed = PciAddress::parse(QString::fromLatin1(text));
    if (!parsed) {
        qFatal("bad PCI address in test: %s", text);
        std::abort();
    }
    return *parsed;
}

void writeFile(const QString &root, const QString &path, const QByteArray &content)
{
    const QString full = root + QLatin1Char('/') + path;
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(full));
    file.write(content);
}

void makeLink(const QString &root, const QString &path, const QString &target)
{
    const QString full = root + QLatin1Char('/') + path;
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile::remove(full);
    if (!QFile::link(target, full))
        qFatal("cannot link %s", qPrintable(full));
}

QString readFile(const QString &root, const QString &path)
{
    QFile file(root + QLatin1Char('/') + path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void writeKernel(const QString &root, const QString &release, const QStringList &modules,
                 const QStringList &builtin)
{
    const auto modulePath = [](const QString &module, const char *suffix) {
        return "kernel/drivers/test/" + QString(module).replace(QLatin1Char('_'), QLatin1Char('-')).toUtf8() +
               suffix;
    };
    const QString directory = QStringLiteral("lib/modules/%1/").arg(release);
    // A second call replaces the kernel of the first (a link to a fixture's modules goes, never its target).
    const QFileInfo previous(root + QLatin1Char('/') + directory.chopped(1));
    if (previous.isSymLink())
        QFile::remove(previous.filePath());
    else if (previous.isDir())
        QDir(previous.filePath()).removeRecursively();
    QByteArray order;
    for (const QString &module : modules) {
        // An empty file is enough: depmod lists it in modules.dep (it only warns that it has no symbols).
        writeFile(root, directory + QString::fromUtf8(modulePath(module, ".ko.zst")), {});
        order += modulePath(module, ".ko.zst") + '\n';
    }
    QByteArray builtins;
    for (const QString &module : builtin)
        builtins += modulePath(module, ".ko\n");
    writeFile(root, directory + QStringLiteral("modules.order"), order);
    writeFile(root, directory + QStringLiteral("modules.builtin"), builtins);
    writeFile(root, QStringLiteral("proc/sys/kernel/osrelease"), release.toUtf8() + '\n');

    // libkmod reads the binary indexes (modules.dep.bin, modules.builtin.bin, ...): the real depmod writes
    // them, and modules.dep, as it does on an installed kernel.
    const QString depmod = QStandardPaths::findExecutable(
        QStringLiteral("depmod"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                   QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (depmod.isEmpty())
        qFatal("depmod is not installed: scripts/setup.sh installs kmod");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(depmod, {QStringLiteral("-b"), root, release});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        qFatal("depmod -b %s %s failed: %s", qPrintable(root), qPrintable(release),
               process.readAll().constData());
}

QStringList kernel61Modules()
{
    return {QStringLiteral("vfio"),          QStringLiteral("vfio_iommu_type1"),
            QStringLiteral("vfio_virqfd"),   QStringLiteral("vfio_pci"),
            QStringLiteral("vfio_pci_core"), QStringLiteral("bochs"),
            QStringLiteral("snd_hda_intel"), QStringLiteral("e1000e"),
            QStringLiteral("e1000"),         QStringLiteral("virtio_pci"),
            QStringLiteral("nvme"),          QStringLiteral("xhci_pci")};
}

QStringList kernel66Modules()
{
    QStringList modules = kernel61Modules();
    modules.removeAll(QStringLiteral("vfio_virqfd"));
    return modules;
}

} // namespace vfio::test
