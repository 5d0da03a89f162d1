// SPDX-License-Identifier: GPL-3.0-or-later
// `vfio-isolator-cli list`, run as a process: its JSON and its listing must agree with each fixture's own
// lspci -nnk and iommu_groups, and its exit codes must follow the documented contract.

#include "CliRun.h"
#include "LspciOracle.h"
#include "SysfsTreeBuilder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using namespace vfio::test;

namespace {

Oracle oracleFor(const QString &directory)
{
    QString error;
    const auto oracle = readOracle(directory, &error);
    if (!oracle)
        qFatal("%s: %s", qPrintable(directory), qPrintable(error));
    return *oracle;
}

QString joinedName(const QJsonObject &device)
{
    // lspci's rendering of the two names (see PciDevice::displayName), rebuilt from the JSON alone.
    const QString vendor = device.value(QStringLiteral("vendor_name")).toString();
    QString name = device.value(QStringLiteral("device_name")).toString();
    if (name.isEmpty())
        name = QStringLiteral("Device");
    return vendor.isEmpty() ? name : vendor + QLatin1Char(' ') + name;
}

} // namespace

class CliList : public QObject
{
    Q_OBJECT

private slots:
    void jsonMatchesFixture_data();
    void jsonMatchesFixture();
    void listingMatchesLspciLines_data() { jsonMatchesFixture_data(); }
    void listingMatchesLspciLines();
    void guideShapeForTheSeedGpu();
    void iommuOffExplainsAndExits3();
    void iommuOffWithoutFirmwareTable();
    void usageErrors_data();
    void usageErrors();
    void help();
};

void CliList::jsonMatchesFixture_data()
{
    QTest::addColumn<QString>("directory");
    const QStringList fixtures = snapshotDirectories(QStringLiteral(VFIO_TEST_DATA_DIR));
    QVERIFY(fixtures.size() >= minimumSnapshotCount());
    for (const QString &directory : fixtures)
        QTest::newRow(qPrintable(directory.section(u'/', -1))) << directory;
}

void CliList::jsonMatchesFixture()
{
    QFETCH(QString, directory);
    const Oracle oracle = oracleFor(directory);
    const vfio::test::CliRun run = vfio::test::runCli(
        {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--root"), directory});
    const bool iommuOn = !oracle.groups.isEmpty();
    QCOMPARE(run.exitCode, iommuOn ? 0 : 3);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    const QJsonObject root = document.object();

    const QJsonObject iommu = root.value(QStringLiteral("iommu")).toObject();
    QVERIFY(iommu.value(QStringLiteral("active")).isBool());
    QCOMPARE(iommu.value(QStringLiteral("active")).toBool(), iommuOn);
    if (iommuOn)
        QCOMPARE(iommu.value(QStringLiteral("kind")).toString(), oracle.expectedIommuKind());
    else
        QVERIFY(iommu.value(QStringLiteral("kind")).isNull());

    // Collect every device with the group the JSON puts it in (-1: ungrouped), checking the order rules.
    QMap<QString, QJsonObject> devices;
    QMap<QString, int> groupOf;
    int previousGroup = -1;
    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        QVERIFY(group.value(QStringLiteral("id")).isDouble());
        const int id = group.value(QStringLiteral("id")).toInt();
        QVERIFY2(id > previousGroup, "groups must be sorted by id");
        previousGroup = id;
        QString previousAddress;
        for (const QJsonValue &value : group.value(QStringLiteral("devices")).toArray()) {
            const QString address = value.toObject().value(QStringLiteral("address")).toString();
            QVERIFY2(address > previousAddress, "devices must be sorted by address");
            previousAddress = address;
            devices.insert(address, value.toObject());
            groupOf.insert(address, id);
        }
    }
    QVERIFY(root.value(QStringLiteral("ungrouped")).isArray());
    QString previousAddress;
    for (const QJsonValue &value : root.value(QStringLiteral("ungrouped")).toArray()) {
        const QString address = value.toObject().value(QStringLiteral("address")).toString();
        QVERIFY(address > previousAddress);
        previousAddress = address;
        devices.insert(address, value.toObject());
        groupOf.insert(address, -1);
    }

    QCOMPARE(devices.size(), oracle.devices.size());
    for (const OracleDevice &expected : oracle.devices) {
        const QString address = expected.address.toString();
        QVERIFY2(devices.contains(address), qPrintable(address));
        const QJsonObject device = devices.value(address);
        QCOMPARE(device.value(QStringLiteral("vendor_id")).toString(), expected.vendorId);
        QCOMPARE(device.value(QStringLiteral("device_id")).toString(), expected.deviceId);
        QCOMPARE(device.value(QStringLiteral("class")).toString(), expected.classId);
        QCOMPARE(joinedName(device), expected.name);
        const QJsonValue driver = device.value(QStringLiteral("driver"));
        if (expected.driver.isEmpty())
            QVERIFY2(driver.isNull(), qPrintable(address));
        else
            QCOMPARE(driver.toString(), expected.driver);
        QStringList modules;
        for (const QJsonValue &module : device.value(QStringLiteral("modules")).toArray())
            modules.append(module.toString());
        QCOMPARE(modules, expected.modules);
        QVERIFY(device.value(QStringLiteral("bridge")).isBool());
        QCOMPARE(device.value(QStringLiteral("bridge")).toBool(), expected.classId == QLatin1String("0604"));
        QVERIFY(device.value(QStringLiteral("boot_vga")).isBool());
        QVERIFY(device.value(QStringLiteral("vendor_name")).isString());
        QVERIFY(device.value(QStringLiteral("device_name")).isString());
    }
    // Group membership exactly as /sys/kernel/iommu_groups said.
    QSet<QString> grouped;
    for (auto it = oracle.groups.cbegin(); it != oracle.groups.cend(); ++it) {
        for (const QString &address : it.value()) {
            QCOMPARE(groupOf.value(address, -2), it.key());
            grouped.insert(address);
        }
    }
    for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it) {
        if (!grouped.contains(it.key()))
            QCOMPARE(it.value(), -1);
    }
}

void CliList::listingMatchesLspciLines()
{
    // Each device line, driver line and modules line of the fixture's lspci -nnk appears in the listing
    // (indented under its group), except lspci's Subsystem lines.
    QFETCH(QString, directory);
    const vfio::test::CliRun run =
        vfio::test::runCli({QStringLiteral("list"), QStringLiteral("--root"), directory});
    QVERIFY(run.exitCode == 0 || run.exitCode == 3);
    QFile lspci(directory + QStringLiteral("/lspci-nnk.txt"));
    QVERIFY(lspci.open(QIODevice::ReadOnly));
    const QStringList listing = run.out.split(u'\n');
    QString currentDevice;
    for (const QString &line : QString::fromUtf8(lspci.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("\tSubsystem:")))
            continue;
        if (!line.startsWith(u'\t')) {
            currentDevice = QStringLiteral("  ") + line;
            QVERIFY2(listing.contains(currentDevice), qPrintable(line));
            continue;
        }
        // The detail must follow its own device line before the next device.
        const qsizetype start = listing.indexOf(currentDevice);
        qsizetype i = start + 1;
        while (i < listing.size() && listing[i].startsWith(QLatin1String("    ")) &&
               listing[i] != QStringLiteral("    ") + line.mid(1))
            ++i;
        QVERIFY2(i < listing.size() && listing[i] == QStringLiteral("    ") + line.mid(1), qPrintable(line));
    }
}

void CliList::guideShapeForTheSeedGpu()
{
    const vfio::test::CliRun run = vfio::test::runCli(
        {QStringLiteral("list"), QStringLiteral("--root"), QStringLiteral(VFIO_TEST_DATA_DIR "/seed")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral(
                 "IOMMU Group 8:\n"
                 "  02:00.0 VGA compatible controller [0300]: Device [1234:1111] (rev 02)\n"
                 "    Kernel modules: bochs\n"
                 "  02:00.1 Audio device [0403]: Intel Corporation 82801I (ICH9 Family) HD Audio Controller "
                 "[8086:293e] (rev 03)\n"
                 "    Kernel modules: snd_hda_intel\n"
                 "IOMMU Group 9:\n")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("without an IOMMU group")));
    QVERIFY(run.err.isEmpty());
}

void CliList::iommuOffExplainsAndExits3()
{
    const QString noiommu = QStringLiteral(VFIO_TEST_DATA_DIR "/noiommu");
    const vfio::test::CliRun text =
        vfio::test::runCli({QStringLiteral("list"), QStringLiteral("--root"), noiommu});
    QCOMPARE(text.exitCode, 3);
    QVERIFY(text.out.startsWith(QStringLiteral("Devices without an IOMMU group:\n")));
    QVERIFY(!text.out.contains(QStringLiteral("IOMMU Group")));
    // The system check's findings that are not OK, in `check`'s table form.
    QVERIFY2(text.err.contains(QStringLiteral("Action needed  The IOMMU is off")), qPrintable(text.err));
    QVERIFY(text.err.simplified().contains(QStringLiteral(
        "Fix: Remove intel_iommu=off from the kernel command line (intel_iommu=on is already there "
        "and stays)")));
    QVERIFY(!text.err.contains(QStringLiteral("amd_iommu"))); // an Intel IOMMU; and AMD-Vi needs no word
    QVERIFY(!text.err.contains(QStringLiteral("OK  ")));      // the OK findings (the DMAR table) are left out

    const vfio::test::CliRun json = vfio::test::runCli(
        {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--root"), noiommu});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(root.value(QStringLiteral("groups")).toArray().isEmpty());
    QCOMPARE(root.value(QStringLiteral("ungrouped")).toArray().size(), oracleFor(noiommu).devices.size());
}

void CliList::iommuOffWithoutFirmwareTable()
{
    // A machine whose firmware shows no DMAR/IVRS table: the findings name the firmware setting.
    QTemporaryDir dir;
    SysfsTreeBuilder builder(dir.path());
    QVERIFY(builder.writeKernel(QStringLiteral("6.1.0-50-amd64"), QStringLiteral("root=/dev/sda1 quiet")));
    SysfsTreeBuilder::Device nic;
    nic.address = *PciAddress::parse(QStringLiteral("0000:00:19.0"));
    nic.driver = QStringLiteral("e1000e");
    QVERIFY(builder.addDevice(nic));
    const vfio::test::CliRun run =
        vfio::test::runCli({QStringLiteral("list"), QStringLiteral("--root"), dir.path()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Blocked        The firmware does not announce an IOMMU")),
             qPrintable(run.err));
    // Sentences are wrapped for the terminal: compare them with the line breaks taken out.
    QVERIFY(run.err.simplified().contains(QStringLiteral("enable \"VT-d\" (Intel) or \"AMD-Vi\"")));
    QVERIFY(!run.err.contains(QStringLiteral("Fix:"))); // nothing the app could apply: no word is guessed
    QVERIFY(!run.err.simplified().contains(QStringLiteral("switches the IOMMU off with")));
    QVERIFY(run.err.contains(QStringLiteral("Kernel modules are not shown"))); // no lib/modules in this root
    QVERIFY(run.out.contains(
        QStringLiteral("  00:19.0 Ethernet controller [0200]: Intel Corporation 82574L Gigabit "
                       "Network Connection [8086:10d3]\n    Kernel driver in use: e1000e\n")));
}

void CliList::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessage");
    QTemporaryDir empty;
    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("lst")}
                                     << QStringLiteral("Unknown command 'lst'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--jsn")}
                                    << QStringLiteral("jsn");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("list"), QStringLiteral("now")}
                                    << QStringLiteral("Unexpected argument 'now'");
    QTest::newRow("root missing value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--root")} << QStringLiteral("root");
    QTest::newRow("root does not exist")
        << QStringList{QStringLiteral("list"), QStringLiteral("--root"), QStringLiteral("/nonexistent/h1")}
        << QStringLiteral("/nonexistent/h1 does not exist");
    QTest::newRow("root is a file") << QStringList{QStringLiteral("list"), QStringLiteral("--root"),
                                                   QStringLiteral(VFIO_TEST_DATA_DIR "/seed/lspci-nnk.txt")}
                                    << QStringLiteral("not a readable directory");
    QTest::newRow("root without sys") << QStringList{QStringLiteral("list"), QStringLiteral("--root"),
                                                     QStringLiteral(VFIO_TEST_DATA_DIR "/seed/lib")}
                                      << QStringLiteral("no readable sys/bus/pci/devices");
}

void CliList::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessage);
    const vfio::test::CliRun run = vfio::test::runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expectedMessage), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void CliList::help()
{
    const vfio::test::CliRun overview = vfio::test::runCli({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(QStringLiteral("  list ")));
    const vfio::test::CliRun list = vfio::test::runCli({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QStringLiteral("--json")));
    QVERIFY(list.out.contains(QStringLiteral("--root <DIR>")));
}

QTEST_GUILESS_MAIN(CliList)
#include "tst_cli_list.moc"
