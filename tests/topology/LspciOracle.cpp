// SPDX-License-Identifier: GPL-3.0-or-later
#include "LspciOracle.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace vfio::test {

namespace {

std::optional<QStringList> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// "02:00.0" or "0000:02:00.0" as lspci prints it (domain only when some device is not in domain 0).
std::optional<PciAddress> lspciAddress(const QString &text)
{
    return PciAddress::parse(text.count(u':') == 1 ? QStringLiteral("0000:") + text : text);
}

const QRegularExpression deviceLine(
    QStringLiteral(R"(^(\S+) (.+) \[([0-9a-f]{4})\]: (.+) \[([0-9a-f]{4}):([0-9a-f]{4})\])"
                   R"((?: \(rev ([0-9a-f]{2})\))?(?: \(prog-if ([0-9a-f]{2})(?: \[[^\]]*\])?\))?$)"));

} // namespace

const OracleDevice *Oracle::find(const PciAddress &address) const
{
    for (const OracleDevice &device : devices) {
        if (device.address == address)
            return &device;
    }
    return nullptr;
}

std::optional<Oracle> readOracle(const QString &directory, QString *error)
{
    Oracle oracle;
    oracle.directory = directory;
    const QDir tables(directory + QStringLiteral("/sys/firmware/acpi/tables"));
    for (const QString &table : {QStringLiteral("DMAR"), QStringLiteral("IVRS")}) {
        if (tables.exists(table))
            oracle.firmwareTable = table;
    }
    const auto lines = readLines(directory + QStringLiteral("/lspci-nnk.txt"));
    if (!lines) {
        *error = QStringLiteral("cannot read lspci-nnk.txt");
        return std::nullopt;
    }
    for (const QString &line : *lines) {
        if (!line.startsWith(u'\t')) {
            const auto match = deviceLine.match(line);
            const auto address = match.hasMatch() ? lspciAddress(match.captured(1)) : std::nullopt;
            if (!address) {
                *error = QStringLiteral("unparsed lspci line: ") + line;
                return std::nullopt;
            }
            OracleDevice device;
            device.address = *address;
            device.className = match.captured(2);
            device.classId = match.captured(3);
            device.name = match.captured(4);
            device.vendorId = match.captured(5);
            device.deviceId = match.captured(6);
            device.revision = match.captured(7);
            oracle.devices.append(device);
        } else if (oracle.devices.isEmpty()) {
            *error = QStringLiteral("detail line before any device");
            return std::nullopt;
        } else if (line.startsWith(QLatin1String("\tKernel driver in use: "))) {
            oracle.devices.last().driver = line.section(QStringLiteral(": "), 1);
        } else if (line.startsWith(QLatin1String("\tKernel modules: "))) {
            oracle.devices.last().modules = line.section(QStringLiteral(": "), 1).split(QStringLiteral(", "));
        }
    }

    const auto groupLines = readLines(directory + QStringLiteral("/iommu-groups.txt"));
    if (!groupLines) {
        *error = QStringLiteral("cannot read iommu-groups.txt");
        return std::nullopt;
    }
    for (const QString &line : *groupLines) {
        bool ok = false;
        const int group = line.section(u':', 0, 0).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("unparsed group line: ") + line;
            return std::nullopt;
        }
        oracle.groups[group] = line.section(QStringLiteral(": "), 1).split(u' ', Qt::SkipEmptyParts);
    }

    // The verbose listing, when the fixture has it, tells the programming interface, the Express port type
    // and each bridge's secondary bus.
    if (const auto verbose = readLines(directory + QStringLiteral("/lspci-nnvvv.txt"))) {
        static const QRegularExpression express(
            QStringLiteral(R"(^\tCapabilities: \[[0-9a-f]+\] Express \(v\d\) (.+?)(?: \(|,))"));
        static const QRegularExpression bus(
            QStringLiteral(R"(^\tBus: primary=[0-9a-f]+, secondary=([0-9a-f]+),)"));
        OracleDevice *current = nullptr;
        for (const QString &line : *verbose) {
            if (!line.startsWith(u'\t')) {
                const auto match = deviceLine.match(line);
                const auto address = match.hasMatch() ? lspciAddress(match.captured(1)) : std::nullopt;
                current = address ? const_cast<OracleDevice *>(oracle.find(*address)) : nullptr;
                if (current) {
                    current->progIf = match.captured(8).isEmpty() ? QStringLiteral("00") : match.captured(8);
                    current->rootPort = false;
                }
                continue;
            }
            if (!current)
                continue;
            if (const auto m = express.match(line); m.hasMatch())
                current->rootPort = m.captured(1) == QLatin1String("Root Port");
            if (const auto m = bus.match(line); m.hasMatch())
                current->secondaryBus = m.captured(1).toInt(nullptr, 16);
        }
    }
    return oracle;
}

QStringList fixtureDirectories(const QString &dataDir)
{
    QStringList result;
    const QDir dir(dataDir);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(dir.filePath(name + QStringLiteral("/lspci-nnk.txt"))))
            result.append(dir.filePath(name));
    }
    return result;
}

QString Oracle::expectedIommuKind() const
{
    if (groups.isEmpty())
        return {};
    return firmwareTable == QLatin1String("DMAR") ? QStringLiteral("intel") : QStringLiteral("amd");
}

QStringList snapshotDirectories(const QString &repositoryDataDir)
{
    const QString other = qEnvironmentVariable("VFIO_FIXTURES_DIR");
    return fixtureDirectories(other.isEmpty() ? repositoryDataDir : other);
}

qsizetype minimumSnapshotCount()
{
    return qEnvironmentVariableIsEmpty("VFIO_FIXTURES_DIR") ? 4 : 1;
}

} // namespace vfio::test
