// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel parameters VFIO Isolator may change, and applying a change to a command line: every other
// word, its order and its spacing kept; idempotent; a vfio-pci.ids= word replaced in place.
#include "boot/KernelParameters.h"

#include <QTest>

using namespace vfio;

namespace {
const QString iommuOn = QStringLiteral("intel_iommu=on");
const QString passthrough = QStringLiteral("iommu=pt");
const CommandLineChange setupChange{{iommuOn, passthrough}, kernelparam::disabling()};
} // namespace

class BootParametersTest : public QObject
{
    Q_OBJECT

private slots:
    void allowedWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("intel_iommu=on") << QStringLiteral("intel_iommu=on") << true;
        QTest::newRow("iommu=pt") << QStringLiteral("iommu=pt") << true;
        QTest::newRow("vfio_isolator=off") << QStringLiteral("vfio_isolator=off") << true;
        QTest::newRow("intel_iommu=off") << QStringLiteral("intel_iommu=off") << true;
        QTest::newRow("amd_iommu=off") << QStringLiteral("amd_iommu=off") << true;
        QTest::newRow("iommu=off") << QStringLiteral("iommu=off") << true;
        QTest::newRow("one id") << QStringLiteral("vfio-pci.ids=10de:1b80") << true;
        QTest::newRow("two ids") << QStringLiteral("vfio-pci.ids=10de:1b80,10de:10f0") << true;
        QTest::newRow("upper-case hex") << QStringLiteral("vfio-pci.ids=10DE:1B80") << false;
        QTest::newRow("short id") << QStringLiteral("vfio-pci.ids=10de:1b8") << false;
        QTest::newRow("no ids") << QStringLiteral("vfio-pci.ids=") << false;
        QTest::newRow("trailing comma") << QStringLiteral("vfio-pci.ids=10de:1b80,") << false;
        QTest::newRow("sub-vendor form") << QStringLiteral("vfio-pci.ids=10de:1b80:1043:85a4") << false;
        QTest::newRow("quiet") << QStringLiteral("quiet") << false;
        QTest::newRow("init=") << QStringLiteral("init=/bin/sh") << false;
        QTest::newRow("glued") << QStringLiteral("intel_iommu=on init=/bin/sh") << false;
        QTest::newRow("amd_iommu=on") << QStringLiteral("amd_iommu=on") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void allowedWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedKernelParameter(word), allowed);
    }

    void validChanges()
    {
        QVERIFY(isValid(setupChange));
        QVERIFY(isValid(CommandLineChange{}));
        QVERIFY(isValid(CommandLineChange{{QStringLiteral("vfio-pci.ids=10de:1b80")}, {}}));
        // The disabling words may only go.
        QVERIFY(!isValid(CommandLineChange{{QStringLiteral("iommu=off")}, {}}));
        QVERIFY(!isValid(CommandLineChange{{QStringLiteral("quiet")}, {}}));
        QVERIFY(!isValid(CommandLineChange{{}, {QStringLiteral("quiet")}}));
        QVERIFY(!isValid(CommandLineChange{{iommuOn}, {iommuOn}}));
        QVERIFY(!isValid(CommandLineChange{
            {QStringLiteral("vfio-pci.ids=10de:1b80"), QStringLiteral("vfio-pci.ids=10de:10f0")}, {}}));
    }

    void applyChange_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QStringList>("add");
        QTest::addColumn<QStringList>("remove");
        QTest::addColumn<QString>("after");
        QTest::newRow("adds at the end")
            << QStringLiteral("quiet splash") << QStringList{iommuOn, passthrough} << QStringList()
            << QStringLiteral("quiet splash intel_iommu=on iommu=pt");
        QTest::newRow("adds only what is missing")
            << QStringLiteral("iommu=pt quiet") << QStringList{iommuOn, passthrough} << QStringList()
            << QStringLiteral("iommu=pt quiet intel_iommu=on");
        QTest::newRow("to an empty line") << QString() << QStringList{iommuOn} << QStringList() << iommuOn;
        QTest::newRow("keeps spacing and trailing newline")
            << QStringLiteral("root=UUID=1  ro\tquiet\n") << QStringList{iommuOn} << QStringList()
            << QStringLiteral("root=UUID=1  ro\tquiet intel_iommu=on\n");
        QTest::newRow("removes every occurrence")
            << QStringLiteral("iommu=off quiet iommu=off splash intel_iommu=off") << QStringList()
            << kernelparam::disabling() << QStringLiteral("quiet splash");
        QTest::newRow("removes and adds")
            << QStringLiteral("quiet intel_iommu=off splash") << setupChange.add << setupChange.remove
            << QStringLiteral("quiet splash intel_iommu=on iommu=pt");
        QTest::newRow("does not remove look-alikes")
            << QStringLiteral("xiommu=off iommu=offx") << QStringList() << kernelparam::disabling()
            << QStringLiteral("xiommu=off iommu=offx");
        QTest::newRow("replaces ids in place")
            << QStringLiteral("quiet vfio-pci.ids=10de:0001 splash vfio-pci.ids=10de:0002")
            << QStringList{QStringLiteral("vfio-pci.ids=10de:1b80,10de:10f0")} << QStringList()
            << QStringLiteral("quiet vfio-pci.ids=10de:1b80,10de:10f0 splash");
        QTest::newRow("adds ids when none")
            << QStringLiteral("quiet") << QStringList{QStringLiteral("vfio-pci.ids=10de:1b80")}
            << QStringList() << QStringLiteral("quiet vfio-pci.ids=10de:1b80");
        QTest::newRow("nothing to do keeps bytes")
            << QStringLiteral("  quiet   intel_iommu=on  ") << QStringList{iommuOn}
            << kernelparam::disabling() << QStringLiteral("  quiet   intel_iommu=on  ");
    }
    void applyChange()
    {
        QFETCH(QString, before);
        QFETCH(QStringList, add);
        QFETCH(QStringList, remove);
        QFETCH(QString, after);
        const CommandLineChange change{add, remove};
        const QString once = vfio::applyChange(before, change);
        QCOMPARE(once, after);
        QCOMPARE(vfio::applyChange(once, change), once); // idempotent
    }

    void differenceUndoesAChange()
    {
        const QString before = QStringLiteral("root=/dev/sda2 ro iommu=off quiet vfio-pci.ids=10de:0001");
        const CommandLineChange change{{iommuOn, QStringLiteral("vfio-pci.ids=10de:1b80")},
                                       {QStringLiteral("iommu=off")}};
        const QString after = vfio::applyChange(before, change);
        const CommandLineChange undo = difference(after, before);
        QCOMPARE(undo.add,
                 (QStringList{QStringLiteral("iommu=off"), QStringLiteral("vfio-pci.ids=10de:0001")}));
        QCOMPARE(undo.remove, (QStringList{QStringLiteral("vfio-pci.ids=10de:1b80"), iommuOn}));
        QCOMPARE(kernelWords(vfio::applyChange(after, undo)).size(), kernelWords(before).size());
        for (const QString &word : kernelWords(before))
            QVERIFY2(kernelWords(vfio::applyChange(after, undo)).contains(word), qPrintable(word));
        QVERIFY(difference(before, before).isEmpty());
    }
};

QTEST_GUILESS_MAIN(BootParametersTest)
#include "tst_boot_parameters.moc"
