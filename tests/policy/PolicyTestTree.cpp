#include "PolicyTestTree.h"

#include "topology/TopologyScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    QByteArray dep;
    for (const QString &module : modules)
        dep += "kernel/drivers/test/" + QString(module).replace(QLatin1Char('_'), QLatin1Char('-')).toUtf8() +
               ".ko.zst:\n";
    QByteArray builtins;
    for (const QString &module : builtin)
        builtins += "kernel/drivers/test/" +
                    QString(module).replace(QLatin1Char('_'), QLatin1Char('-')).toUtf8() + ".ko\n";
    writeFile(root, QStringLiteral("lib/modules/%1/modules.dep").arg(release), dep);
    writeFile(root, QStringLiteral("lib/modules/%1/modules.builtin").arg(release), builtins);
    writeFile(root, QStringLiteral("proc/sys/kernel/osrelease"), release.toUtf8() + '\n');
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
