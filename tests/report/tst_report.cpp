// SPDX-License-Identifier: GPL-3.0-or-later
// vfio-isolator-cli report: the snapshot reads back as the machine it came from, holds nothing personal,
// and a report that tries to reach outside its folder is refused.
#include "../cli/CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>

using vfio::test::runCli;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(VFIO_TEST_DATA_DIR "/") + QLatin1String(name);
}

// The archive's tar stream, uncompressed: names, link targets and contents together.
QByteArray tarStream(const QString &archive)
{
    QProcess gunzip;
    gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), archive});
    gunzip.waitForFinished(60000);
    return gunzip.readAllStandardOutput();
}

// The JSON with the folder it was read from taken out (the "root" field, and where messages name paths below
// `root` or below the folder a report was unpacked into): everything else must be the same.
QString withoutRoot(QString json, const QString &root)
{
    static const QRegularExpression unpacked(QRegularExpression::escape(QDir::tempPath()) +
                                             QStringLiteral("/vfio-isolator-cli-[A-Za-z0-9]{6}"));
    json.replace(unpacked, QString());
    if (root.size() > 1)
        json.replace(root, QString());
    static const QRegularExpression rootField(QStringLiteral("\"root\": \"[^\"]*\""));
    return json.replace(rootField, QStringLiteral("\"root\": \"\""));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A config space of 4096 bytes whose extended capabilities hold a Device Serial Number.
QByteArray configWithSerial(QByteArray config, quint64 serial)
{
    config = config.leftJustified(4096, '\0', true);
    qToLittleEndian<quint32>(0x00010003U, config.data() + 0x100); // DSN, version 1, no next capability
    qToLittleEndian<quint64>(serial, config.data() + 0x104);
    return config;
}

struct HostileEntry
{
    QByteArray path;
    int type = AE_IFREG;
    QByteArray linkTarget;
};

QString writeArchive(const QString &path, const QList<HostileEntry> &entries)
{
    archive *out = archive_write_new();
    archive_write_add_filter_gzip(out);
    archive_write_set_format_pax_restricted(out);
    archive_write_open_filename(out, QFile::encodeName(path).constData());
    for (const HostileEntry &item : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, item.path.constData());
        archive_entry_set_filetype(entry, static_cast<unsigned>(item.type));
        archive_entry_set_perm(entry, item.type == AE_IFDIR ? 0755 : 0644);
        if (item.type == AE_IFLNK)
            archive_entry_set_symlink(entry, item.linkTarget.constData());
        archive_write_header(out, entry);
        archive_entry_free(entry);
    }
    archive_write_close(out);
    archive_write_free(out);
    return path;
}

} // namespace

Q_DECLARE_METATYPE(HostileEntry)

class ReportTest : public QObject
{
    Q_OBJECT

private slots:
    void readsBackAsTheMachine_data();
    void readsBackAsTheMachine();
    void holdsNothingPersonal();
    void holdsEveryBootLoaderFile();
    void refusesArchivesThatLeaveTheReport_data();
    void refusesArchivesThatLeaveTheReport();
    void saysWhyWhenItCannotWrite();

private:
    QTemporaryDir m_work;
};

void ReportTest::readsBackAsTheMachine_data()
{
    QTest::addColumn<QString>("root");
    QTest::newRow("live machine") << QStringLiteral("/");
    for (const char *name : {"seed", "seed-vfio", "switch", "noiommu"})
        QTest::newRow(name) << fixture(name);
}

// list, check and verify say the same of the report as of the machine, in JSON, with the same exit code.
void ReportTest::readsBackAsTheMachine()
{
    QFETCH(QString, root);
    const QString report =
        m_work.filePath(QStringLiteral("%1.tar.gz").arg(QLatin1String(QTest::currentDataTag())));
    const auto made = runCli({QStringLiteral("report"), report, QStringLiteral("--root"), root});
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.out.contains(report), qPrintable(made.out));
    for (const char *command : {"list", "check", "verify"}) {
        const auto original =
            runCli({QLatin1String(command), QStringLiteral("--json"), QStringLiteral("--root"), root});
        const auto readBack =
            runCli({QLatin1String(command), QStringLiteral("--json"), QStringLiteral("--root"), report});
        QVERIFY2(original.exitCode >= 0, command);
        QCOMPARE(readBack.exitCode, original.exitCode);
        // The one difference: the folder read, which for a report is where it was unpacked.
        QCOMPARE(withoutRoot(readBack.out, root), withoutRoot(original.out, root));
    }
    const auto text = runCli({QStringLiteral("list"), QStringLiteral("--root"), report});
    QCOMPARE(text.out, runCli({QStringLiteral("list"), QStringLiteral("--root"), root}).out);
}

void ReportTest::holdsNothingPersonal()
{
    const QString machine = m_work.filePath(QStringLiteral("personal"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), fixture("seed"), machine}) == 0);
    const QString nic = machine + QStringLiteral("/sys/devices/pci0000:00/0000:00:1d.0/0000:03:00.0");
    QFile config(nic + QStringLiteral("/config"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const quint64 serial = 0x1122334455667788ULL;
    QVERIFY(writeFile(nic + QStringLiteral("/config"), configWithSerial(config.readAll(), serial)));
    QVERIFY(writeFile(nic + QStringLiteral("/net/enp3s0/address"), "52:54:00:ab:cd:ef\n"));
    QVERIFY(writeFile(nic + QStringLiteral("/vpd"), "PN: 12345 SN: SERIALXYZ987\n"));
    QVERIFY(writeFile(machine + QStringLiteral("/etc/hostname"), "secret-host-name\n"));
    QVERIFY(writeFile(machine + QStringLiteral("/home/alice/.bashrc"), "alice\n"));
    QVERIFY(writeFile(machine + QStringLiteral("/proc/cmdline"),
                      "BOOT_IMAGE=/vmlinuz root=UUID=0f3a9c8e-1234-4cde-9abc-1234567890ab ro intel_iommu=on "
                      "ip=10.1.2.3::10.1.2.1:255.255.255.0:secret-host-name:eth0:none\n"));

    const QString report = m_work.filePath(QStringLiteral("personal.tar.gz"));
    QCOMPARE(runCli({QStringLiteral("report"), report, QStringLiteral("--root"), machine}).exitCode, 0);
    const QByteArray stream = tarStream(report);
    QVERIFY(stream.size() > 100000);
    QByteArray serialBytes(8, '\0');
    qToLittleEndian<quint64>(serial, serialBytes.data());
    for (const QByteArray &personal :
         {QByteArray("52:54:00:ab:cd:ef"), QByteArray("SERIALXYZ987"), serialBytes,
          QByteArray("secret-host-name"), QByteArray("alice"), QByteArray("0f3a9c8e-1234"),
          QByteArray("10.1.2.3"), QByteArray("enp3s0")})
        QVERIFY2(!stream.contains(personal), personal.constData());
    static const QRegularExpression mac(QStringLiteral("([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}"));
    QVERIFY(!mac.match(QString::fromLatin1(stream)).hasMatch());

    // What is kept of the config space: the capability's header, with the serial zeroed.
    QVERIFY(stream.contains(QByteArray("intel_iommu=on")));
    QTemporaryDir unpacked;
    QCOMPARE(QProcess::execute(QStringLiteral("tar"),
                               {QStringLiteral("-xzf"), report, QStringLiteral("-C"), unpacked.path()}),
             0);
    QFile copied(
        unpacked.path() +
        QStringLiteral("/vfio-isolator-report/sys/devices/pci0000:00/0000:00:1d.0/0000:03:00.0/config"));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    const QByteArray kept = copied.readAll();
    QCOMPARE(kept.size(), 4096);
    QCOMPARE(qFromLittleEndian<quint32>(kept.constData() + 0x100), 0x00010003U);
    QCOMPARE(kept.mid(0x104, 8), QByteArray(8, '\0'));
}

// Each boot loader's configuration, the GRUB drop-in this app writes among them, travels with the report, so
// its reader sees the kernel command line the machine was configured with.
void ReportTest::holdsEveryBootLoaderFile()
{
    const QString machine = m_work.filePath(QStringLiteral("boot-files"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), fixture("seed"), machine}) == 0);
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("etc/default/grub"), "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\n"},
        {QStringLiteral("etc/default/grub.d/vfio-isolator.cfg"),
         "GRUB_CMDLINE_LINUX_DEFAULT=\"intel_iommu=on\"\n"},
        {QStringLiteral("etc/kernel/cmdline"), "root=/dev/vda1 iommu=pt\n"},
        {QStringLiteral("etc/kernelstub/configuration"), "{\"user\": {\"kernel_options\": [\"quiet\"]}}\n"}};
    for (const auto &[path, content] : files)
        QVERIFY(writeFile(machine + QLatin1Char('/') + path, content));
    const QString report = m_work.filePath(QStringLiteral("boot-files.tar.gz"));
    QCOMPARE(runCli({QStringLiteral("report"), report, QStringLiteral("--root"), machine}).exitCode, 0);
    QTemporaryDir unpacked;
    QCOMPARE(QProcess::execute(QStringLiteral("tar"),
                               {QStringLiteral("-xzf"), report, QStringLiteral("-C"), unpacked.path()}),
             0);
    for (const auto &[path, content] : files) {
        QFile copied(unpacked.path() + QStringLiteral("/vfio-isolator-report/") + path);
        QVERIFY2(copied.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(copied.readAll(), content);
    }
}

void ReportTest::refusesArchivesThatLeaveTheReport_data()
{
    QTest::addColumn<QList<HostileEntry>>("entries");
    const HostileEntry top{"vfio-isolator-report/", AE_IFDIR, {}};
    QTest::newRow("dot-dot") << QList<HostileEntry>{top, {"vfio-isolator-report/../escaped", AE_IFREG, {}}};
    QTest::newRow("absolute") << QList<HostileEntry>{top, {"/tmp/escaped", AE_IFREG, {}}};
    QTest::newRow("other top") << QList<HostileEntry>{{"elsewhere/escaped", AE_IFREG, {}}};
    QTest::newRow("link out") << QList<HostileEntry>{
        top, {"vfio-isolator-report/sys", AE_IFLNK, "../../../../../../etc"}};
    QTest::newRow("absolute link") << QList<HostileEntry>{top,
                                                          {"vfio-isolator-report/sys", AE_IFLNK, "/etc"}};
    QTest::newRow("fifo") << QList<HostileEntry>{top, {"vfio-isolator-report/pipe", AE_IFIFO, {}}};
}

void ReportTest::refusesArchivesThatLeaveTheReport()
{
    QFETCH(QList<HostileEntry>, entries);
    QTemporaryDir place;
    const QString archive = writeArchive(place.filePath(QStringLiteral("hostile.tar.gz")), entries);
    const auto run = runCli({QStringLiteral("list"), QStringLiteral("--root"), archive});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("is not a hardware report")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(place.filePath(QStringLiteral("escaped"))));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/escaped")));
}

void ReportTest::saysWhyWhenItCannotWrite()
{
    const QString report = QStringLiteral("/nonexistent-folder/report.tar.gz");
    const auto run = runCli({QStringLiteral("report"), report, QStringLiteral("--root"), fixture("seed")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(report) && run.err.contains(QStringLiteral("Choose a folder")),
             qPrintable(run.err));
    const auto tooMany = runCli({QStringLiteral("report"), QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(tooMany.exitCode, 2);
}

QTEST_GUILESS_MAIN(ReportTest)
#include "tst_report.moc"
