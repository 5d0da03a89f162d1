// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the /etc/modprobe.d/vfio.conf and /etc/initramfs-tools/modules that Apply would write for a
// selection on a snapshot, so that check-snapshots.sh can boot the real kernel with them and see which driver
// each device gets.
//
//   realkernel_render_vfio_conf ROOT OUT_ETC_DIR ADDRESS...
#include "policy/ApplyPlan.h"
#include "topology/TopologyScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    QTextStream err(stderr);
    if (arguments.size() < 3) {
        err << "usage: realkernel_render_vfio_conf ROOT OUT_ETC_DIR ADDRESS...\n";
        return 2;
    }
    const QString root = arguments.takeFirst();
    const QString outEtc = arguments.takeFirst();

    QList<vfio::PciAddress> selection;
    for (const QString &text : arguments) {
        const auto address = vfio::PciAddress::parse(text);
        if (!address) {
            err << "not a PCI address: " << text << '\n';
            return 2;
        }
        selection.append(*address);
    }

    const vfio::Topology topology = vfio::TopologyScanner(root).scan();
    // The snapshot has no /etc or initramfs tool; the vfio.conf is the same for every backend.
    const vfio::ApplyPlan plan =
        vfio::makePlan(topology, selection, root, vfio::PlanOptions{QStringLiteral("initramfs-tools")});
    if (!plan.ok()) {
        err << plan.errors.join(u'\n') << '\n';
        return 1;
    }
    const QStringList wanted{QStringLiteral("/etc/modprobe.d/vfio.conf"),
                             QStringLiteral("/etc/initramfs-tools/modules")};
    int written = 0;
    for (const vfio::FileChange &file : plan.files) {
        if (!wanted.contains(file.path))
            continue;
        const QString target = outEtc + file.path.mid(QStringLiteral("/etc").size());
        QDir().mkpath(QFileInfo(target).path());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.newContent.toUtf8()) < 0) {
            err << "cannot write " << target << '\n';
            return 1;
        }
        QTextStream(stdout) << "# " << file.path << '\n' << file.newContent;
        ++written;
    }
    if (written == wanted.size())
        return 0;
    err << "the plan does not write both " << wanted.join(QStringLiteral(" and ")) << '\n';
    return 1;
}
