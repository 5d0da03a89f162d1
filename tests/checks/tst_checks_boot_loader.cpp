// SPDX-License-Identifier: GPL-3.0-or-later
// detectBootLoader() on generated layouts: each kind, the order in which they are recognised, the grub.cfg
// that is chosen, and the names of the kinds read both ways.

#include "PolicyTestTree.h"

#include "boot/BootLoader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;
using namespace vfio::test;

Q_DECLARE_METATYPE(vfio::BootLoaderKind)

class ChecksBootLoader : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data();
    void kinds();
    void unknownSaysWhatWasLookedFor();
    void grubConfigIsTheOneThatExists_data();
    void grubConfigIsTheOneThatExists();
    void namesRoundTrip();
};

void ChecksBootLoader::kinds_data()
{
    QTest::addColumn<QStringList>("files"); // paths below the root; a trailing "/" makes a folder
    QTest::addColumn<BootLoaderKind>("expected");
    const QString grub = QStringLiteral("etc/default/grub");
    const QString grubD = QStringLiteral("etc/default/grub.d/");
    const QString entry = QStringLiteral("boot/loader/entries/fedora-6.8.conf");
    const QString cmdline = QStringLiteral("etc/kernel/cmdline");
    QTest::newRow("grub with grub.d") << QStringList{grub, grubD} << BootLoaderKind::GrubDropIn;
    QTest::newRow("grub without grub.d") << QStringList{grub} << BootLoaderKind::GrubDefaults;
    QTest::newRow("grub.d is a file, not a folder")
        << QStringList{grub, QStringLiteral("etc/default/grub.d")} << BootLoaderKind::GrubDefaults;
    QTest::newRow("grub bls, grubby in sbin")
        << QStringList{grub, entry, QStringLiteral("usr/sbin/grubby")} << BootLoaderKind::GrubBls;
    QTest::newRow("grub bls, grubby in bin, grub.d too")
        << QStringList{grub, grubD, entry, QStringLiteral("usr/bin/grubby")} << BootLoaderKind::GrubBls;
    QTest::newRow("entries without grubby are plain grub")
        << QStringList{grub, grubD, entry} << BootLoaderKind::GrubDropIn;
    QTest::newRow("grubby without .conf entries is plain grub")
        << QStringList{grub, QStringLiteral("boot/loader/entries/README"), QStringLiteral("usr/sbin/grubby")}
        << BootLoaderKind::GrubDefaults;
    QTest::newRow("systemd-boot in /boot/efi with kernel cmdline")
        << QStringList{QStringLiteral("boot/efi/loader/loader.conf"), cmdline}
        << BootLoaderKind::SystemdBootKernelCmdline;
    QTest::newRow("systemd-boot in /boot, entries")
        << QStringList{QStringLiteral("boot/loader/loader.conf"), entry}
        << BootLoaderKind::SystemdBootEntries;
    QTest::newRow("systemd-boot in /efi, entries")
        << QStringList{QStringLiteral("efi/loader/loader.conf")} << BootLoaderKind::SystemdBootEntries;
    QTest::newRow("systemd-boot in /efi with kernel cmdline")
        << QStringList{QStringLiteral("efi/loader/loader.conf"), cmdline}
        << BootLoaderKind::SystemdBootKernelCmdline;
    QTest::newRow("grub wins over a loader.conf")
        << QStringList{grub, QStringLiteral("boot/efi/loader/loader.conf"), cmdline}
        << BootLoaderKind::GrubDefaults;
    QTest::newRow("kernelstub wins over everything")
        << QStringList{QStringLiteral("usr/bin/kernelstub"), grub, grubD,
                       QStringLiteral("boot/efi/loader/loader.conf")}
        << BootLoaderKind::Kernelstub;
    QTest::newRow("kernel cmdline alone is no boot loader")
        << QStringList{cmdline} << BootLoaderKind::Unknown;
    QTest::newRow("nothing") << QStringList{} << BootLoaderKind::Unknown;
}

void ChecksBootLoader::kinds()
{
    QFETCH(QStringList, files);
    QFETCH(BootLoaderKind, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &file : files) {
        if (file.endsWith(QLatin1Char('/')))
            QVERIFY(QDir(dir.path()).mkpath(file));
        else
            writeFile(dir.path(), file, "# test\n");
    }
    const BootLoader loader = detectBootLoader(dir.path());
    QCOMPARE(toString(loader.kind), toString(expected));
    QVERIFY(!loader.evidence.isEmpty());
    const bool grub = expected == BootLoaderKind::GrubDropIn || expected == BootLoaderKind::GrubDefaults ||
                      expected == BootLoaderKind::GrubBls;
    QCOMPARE(loader.grubConfig.isEmpty(), !grub);
}

void ChecksBootLoader::unknownSaysWhatWasLookedFor()
{
    QTemporaryDir dir;
    const BootLoader loader = detectBootLoader(dir.path());
    QCOMPARE(toString(loader.kind), toString(BootLoaderKind::Unknown));
    for (const char *path : {"/usr/bin/kernelstub", "/etc/default/grub", "/boot/efi/loader/loader.conf",
                             "/boot/loader/loader.conf", "/efi/loader/loader.conf"})
        QVERIFY2(loader.evidence.contains(QLatin1String(path)), qPrintable(loader.evidence));
}

void ChecksBootLoader::grubConfigIsTheOneThatExists_data()
{
    QTest::addColumn<QStringList>("configs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none: the default") << QStringList{} << QStringLiteral("/boot/grub/grub.cfg");
    QTest::newRow("grub") << QStringList{QStringLiteral("boot/grub/grub.cfg")}
                          << QStringLiteral("/boot/grub/grub.cfg");
    QTest::newRow("grub2") << QStringList{QStringLiteral("boot/grub2/grub.cfg")}
                           << QStringLiteral("/boot/grub2/grub.cfg");
    QTest::newRow("both: grub first")
        << QStringList{QStringLiteral("boot/grub2/grub.cfg"), QStringLiteral("boot/grub/grub.cfg")}
        << QStringLiteral("/boot/grub/grub.cfg");
}

void ChecksBootLoader::grubConfigIsTheOneThatExists()
{
    QFETCH(QStringList, configs);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("etc/default/grub"), "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\n");
    for (const QString &config : configs)
        writeFile(dir.path(), config, "menuentry {}\n");
    QCOMPARE(detectBootLoader(dir.path()).grubConfig, expected);
}

void ChecksBootLoader::namesRoundTrip()
{
    const QList<std::pair<BootLoaderKind, QString>> names{
        {BootLoaderKind::Unknown, QStringLiteral("unknown")},
        {BootLoaderKind::GrubDropIn, QStringLiteral("grub-dropin")},
        {BootLoaderKind::GrubDefaults, QStringLiteral("grub-defaults")},
        {BootLoaderKind::GrubBls, QStringLiteral("grub-bls")},
        {BootLoaderKind::SystemdBootKernelCmdline, QStringLiteral("systemd-boot-kernel-cmdline")},
        {BootLoaderKind::SystemdBootEntries, QStringLiteral("systemd-boot-entries")},
        {BootLoaderKind::Kernelstub, QStringLiteral("kernelstub")},
    };
    for (const auto &[kind, name] : names) {
        QCOMPARE(toString(kind), name);
        QVERIFY(bootLoaderKindFromString(name) == kind);
    }
    QVERIFY(!bootLoaderKindFromString(QStringLiteral("grub")).has_value());
    QVERIFY(!bootLoaderKindFromString(QString()).has_value());
}

QTEST_GUILESS_MAIN(ChecksBootLoader)
#include "tst_checks_boot_loader.moc"
