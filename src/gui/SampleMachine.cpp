// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleMachine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vfio {

QString sampleMachineRoot()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("VFIO_ISOLATOR_SAMPLE_DIR");
    if (!fromEnvironment.isEmpty())
        candidates.append(fromEnvironment);
    if (QCoreApplication::instance())
        candidates.append(QCoreApplication::applicationDirPath() +
                          QStringLiteral("/../share/vfio-isolator/sample"));
    candidates.append(QStringLiteral(VFIO_SAMPLE_INSTALL_DIR));
    candidates.append(QStringLiteral(VFIO_SAMPLE_SOURCE_DIR));
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate + QStringLiteral("/sys/bus/pci/devices")).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

} // namespace vfio
