// SPDX-License-Identifier: GPL-3.0-or-later
#include "IommuDetection.h"

#include "SysfsReader.h"
#include "SystemRoot.h"

#include <QDir>
#include <QFileInfo>

namespace vfio {

IommuStatus detectIommu(const QString &root)
{
    IommuStatus status;
    // Entries may be links, dangling links or flattened link files: their names are what counts.
    const QStringList units =
        QDir(underRoot(root, QStringLiteral("/sys/class/iommu")))
            .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &unit : units) {
        status.active = true;
        IommuStatus::Kind kind = IommuStatus::Kind::Other;
        if (unit.startsWith(QLatin1String("dmar")))
            kind = IommuStatus::Kind::Intel;
        else if (unit.startsWith(QLatin1String("ivhd")))
            kind = IommuStatus::Kind::Amd;
        if (status.kind == IommuStatus::Kind::None || status.kind == IommuStatus::Kind::Other)
            status.kind = kind;
    }

    const QString tables = underRoot(root, QStringLiteral("/sys/firmware/acpi/tables/"));
    for (const QString &table : {QStringLiteral("DMAR"), QStringLiteral("IVRS")}) {
        if (QFileInfo::exists(tables + table)) {
            status.firmwareTable = true;
            status.firmwareTableName = table;
            break;
        }
    }

    SysfsDirectory proc(underRoot(root, QStringLiteral("/proc")));
    const SysfsRead cmdline = proc.readText("cmdline", 65536);
    if (cmdline.ok())
        status.kernelCommandLine = QString::fromUtf8(cmdline.data).trimmed();
    return status;
}

} // namespace vfio
