// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitramfsListing.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <array>

namespace vfio {

namespace {

struct Lister
{
    const char *program; // absolute: never looked up in PATH
    const char *imagePattern;
};

// Each lister with the image name of the tool that ships it.
constexpr std::array listers{
    Lister{"/usr/bin/lsinitramfs", "/boot/initrd.img-%1"},
    Lister{"/usr/bin/lsinitrd", "/boot/initramfs-%1.img"},
};

constexpr int listTimeoutMs = 30'000;

} // namespace

std::optional<QStringList> listInitramfs(const QString &kernelRelease)
{
    if (kernelRelease.isEmpty() || kernelRelease.contains(u'/'))
        return std::nullopt;
    for (const Lister &lister : listers) {
        const QString program = QString::fromLatin1(lister.program);
        const QString image = QString::fromLatin1(lister.imagePattern).arg(kernelRelease);
        if (!QFileInfo(program).isExecutable() || !QFileInfo(image).isReadable())
            continue;
        QProcess process;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        process.start(program, {image});
        if (!process.waitForFinished(listTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            process.kill();
            return std::nullopt;
        }
        return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
    return std::nullopt;
}

} // namespace vfio
