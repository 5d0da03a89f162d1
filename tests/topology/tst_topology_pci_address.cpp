// SPDX-License-Identifier: GPL-3.0-or-later
// PciAddress::parse accepts exactly the sysfs form; the privileged helper relies on this to refuse
// anything that could walk out of sys/bus/pci/devices.

#include "topology/PciAddress.h"

#include <QSet>
#include <QTest>

using namespace vfio;

class TopologyPciAddress : public QObject
{
    Q_OBJECT

private slots:
    void acceptsSysfsForm_data();
    void acceptsSysfsForm();
    void refusesEverythingElse_data();
    void refusesEverythingElse();
    void formatsAsKernelAndLspci();
    void ordersAndHashes();
};

void TopologyPciAddress::acceptsSysfsForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("domain");
    QTest::addColumn<int>("bus");
    QTest::addColumn<int>("device");
    QTest::addColumn<int>("function");
    QTest::newRow("gpu") << "0000:02:00.0" << 0u << 2 << 0 << 0;
    QTest::newRow("upper case") << "0000:0A:1F.7" << 0u << 10 << 31 << 7;
    QTest::newRow("last device") << "ffff:ff:1f.7" << 0xffffu << 255 << 31 << 7;
    QTest::newRow("vmd domain") << "10000:e1:00.0" << 0x10000u << 0xe1 << 0 << 0;
    QTest::newRow("8-digit domain") << "ffffffff:00:01.1" << 0xffffffffu << 0 << 1 << 1;
}

void TopologyPciAddress::acceptsSysfsForm()
{
    QFETCH(QString, text);
    QFETCH(quint32, domain);
    QFETCH(int, bus);
    QFETCH(int, device);
    QFETCH(int, function);
    const auto address = PciAddress::parse(text);
    QVERIFY(address);
    QCOMPARE(address->domain, domain);
    QCOMPARE(address->bus, bus);
    QCOMPARE(address->device, device);
    QCOMPARE(address->function, function);
}

void TopologyPciAddress::refusesEverythingElse_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("short form") << "02:00.0";
    QTest::newRow("leading space") << " 0000:02:00.0";
    QTest::newRow("trailing newline") << "0000:02:00.0\n";
    QTest::newRow("trailing slash") << "0000:02:00.0/";
    QTest::newRow("path") << "../0000:02:00.0";
    QTest::newRow("device 32") << "0000:02:20.0";
    QTest::newRow("function 8") << "0000:02:00.8";
    QTest::newRow("3-digit domain") << "000:02:00.0";
    QTest::newRow("9-digit domain") << "000000000:02:00.0";
    QTest::newRow("1-digit bus") << "0000:2:00.0";
    QTest::newRow("2-digit function") << "0000:02:00.00";
    QTest::newRow("dashes") << "0000-02-00.0";
    QTest::newRow("colon for dot") << "0000:02:00:0";
    QTest::newRow("0x prefix") << "0x00:02:00.0";
    QTest::newRow("sign") << "+000:02:00.0";
    QTest::newRow("not hex") << "0000:0g:00.0";
    QTest::newRow("arabic digits") << QString::fromUtf8("٠٠٠٠:02:00.0");
    QTest::newRow("fullwidth") << QString::fromUtf8("０000:02:00.0");
    QTest::newRow("nul inside") << QString::fromLatin1("0000:02\0000.0", 12);
}

void TopologyPciAddress::refusesEverythingElse()
{
    QFETCH(QString, text);
    QVERIFY(!PciAddress::parse(text));
}

void TopologyPciAddress::formatsAsKernelAndLspci()
{
    const auto address = PciAddress::parse(QStringLiteral("0000:0A:1f.3"));
    QVERIFY(address);
    QCOMPARE(address->toString(), QStringLiteral("0000:0a:1f.3"));
    QCOMPARE(address->toShortString(), QStringLiteral("0a:1f.3"));
    const auto wide = PciAddress::parse(QStringLiteral("10000:01:00.0"));
    QCOMPARE(wide->toString(), QStringLiteral("10000:01:00.0"));
    QCOMPARE(wide->toShortString(), QStringLiteral("10000:01:00.0"));
    QCOMPARE(PciAddress::parse(address->toString()), address);
}

void TopologyPciAddress::ordersAndHashes()
{
    const auto a = *PciAddress::parse(QStringLiteral("0000:00:1f.0"));
    const auto b = *PciAddress::parse(QStringLiteral("0000:01:00.0"));
    const auto c = *PciAddress::parse(QStringLiteral("0001:00:00.0"));
    QVERIFY(a < b && b < c);
    QVERIFY(*PciAddress::parse(QStringLiteral("0000:01:00.0")) == b);
    QSet<PciAddress> set{a, b, c, *PciAddress::parse(QStringLiteral("0000:01:00.0"))};
    QCOMPARE(set.size(), 3);
    QCOMPARE(qHash(b), qHash(*PciAddress::parse(QStringLiteral("0000:01:00.0"))));
}

QTEST_GUILESS_MAIN(TopologyPciAddress)
#include "tst_topology_pci_address.moc"
