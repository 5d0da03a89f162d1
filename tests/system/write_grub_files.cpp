// SPDX-License-Identifier: GPL-3.0-or-later
// Writes into a Debian root what Apply would write there for GRUB: the drop-in from planCommandLineChange for
// intel_iommu=on and the safety entry script from safetyEntryPlan, so that check-update-grub.sh can run the
// distribution's real update-grub on our own files. Prints the plans' commands (target paths, one a line),
// which the script runs inside the root.
//
//   system_write_grub_files ROOT
#include "boot/KernelCommandLineBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

// QFile's permission flags for a plan's octal mode (0755, 0644, ...).
QFileDevice::Permissions permissionsOf(int mode)
{
    QFileDevice::Permissions result;
    const std::pair<int, QFileDevice::Permission> bits[] = {
        {0400, QFileDevice::ReadOwner}, {0200, QFileDevice::WriteOwner}, {0100, QFileDevice::ExeOwner},
        {0040, QFileDevice::ReadGroup}, {0020, QFileDevice::WriteGroup}, {0010, QFileDevice::ExeGroup},
        {0004, QFileDevice::ReadOther}, {0002, QFileDevice::WriteOther}, {0001, QFileDevice::ExeOther}};
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            result |= permission;
    }
    return result;
}

// Writes (or deletes) the plan's files as the helper would, and prints its commands.
bool carryOut(const vfio::Result<vfio::CommandLinePlan> &planned, const QString &what, QTextStream &err)
{
    if (!planned.ok()) {
        err << what << ": " << planned.error() << '\n';
        return false;
    }
    const vfio::CommandLinePlan &plan = *planned;
    if (plan.files.isEmpty() || plan.commands.isEmpty()) {
        err << what << ": the plan changes nothing on this root\n";
        return false;
    }
    for (const vfio::FileChange &file : plan.files) {
        if (file.remove) {
            err << what << ": the plan deletes " << file.path << ", not expected here\n";
            return false;
        }
        QDir().mkpath(QFileInfo(file.hostPath).path());
        QFile out(file.hostPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(file.newContent.toUtf8()) < 0 ||
            !out.setPermissions(permissionsOf(file.mode.value_or(0644)))) {
            err << what << ": cannot write " << file.hostPath << '\n';
            return false;
        }
        err << what << ": wrote " << file.path << '\n';
    }
    QTextStream out(stdout);
    for (const vfio::CommandStep &command : plan.commands)
        out << command.displayText() << '\n';
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    QTextStream err(stderr);
    if (arguments.size() != 1) {
        err << "usage: system_write_grub_files ROOT\n";
        return 2;
    }
    const QString root = arguments.first();
    const vfio::BootLoader bootLoader = vfio::detectBootLoader(root);
    if (bootLoader.kind != vfio::BootLoaderKind::GrubDropIn) {
        err << "expected a GRUB drop-in system (Debian) at " << root << ", detected "
            << vfio::toString(bootLoader.kind) << '\n';
        return 1;
    }
    vfio::CommandLineRequest request;
    request.root = root;
    request.bootLoader = bootLoader;
    request.change.add = {vfio::kernelparam::intelIommuOn()};
    const bool ok = carryOut(vfio::planCommandLineChange(request), QStringLiteral("intel_iommu=on"), err) &&
                    carryOut(vfio::safetyEntryPlan(root, bootLoader), QStringLiteral("safety entry"), err);
    return ok ? 0 : 1;
}
