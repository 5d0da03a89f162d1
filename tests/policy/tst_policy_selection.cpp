// SPDX-License-Identifier: GPL-3.0-or-later
// Selection rules on the real-kernel fixtures: group completion, bridges refused, identical IDs.
#include "PolicyTestTree.h"

#include "policy/SelectionRules.h"

#include <QTest>

using namespace vfio;
using vfio::test::address;

class PolicySelectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_seed = test::scanFixture(QStringLiteral("seed"));
        m_switch = test::scanFixture(QStringLiteral("switch"));
        m_noiommu = test::scanFixture(QStringLiteral("noiommu"));
        QVERIFY2(m_seed.find(address("0000:02:00.0")), "the seed fixture must scan");
        QVERIFY(m_switch.find(address("0000:03:00.0")));
    }

    void tickingVgaAddsItsAudioFunctionWithAReason()
    {
        const SelectionRules rules(m_seed);
        const Expansion expansion = rules.expand({address("0000:02:00.0")});
        QCOMPARE(expansion.devices, (QList<PciAddress>{address("0000:02:00.0"), address("0000:02:00.1")}));
        QVERIFY(expansion.refusals.isEmpty());
        QCOMPARE(expansion.added.size(), 1);
        const AddedDevice &added = expansion.added.first();
        QCOMPARE(added.address, address("0000:02:00.1"));
        QCOMPARE(added.because, address("0000:02:00.0"));
        QCOMPARE(added.group, 8);
        QVERIFY2(added.reason.contains(QStringLiteral("02:00.1 (Audio device)")), qPrintable(added.reason));
        QVERIFY(added.reason.contains(QStringLiteral("IOMMU group 8 with 02:00.0")));
        QVERIFY(added.reason.contains(QStringLiteral("smallest unit a VM can get")));
    }

    void groupWithBridgeAddsTheOtherNicButNotTheBridge()
    {
        // Group 3: the PCIe-to-PCI bridge 00:05.0 and the two e1000 behind it.
        const SelectionRules rules(m_seed);
        const Expansion expansion = rules.expand({address("0000:01:01.0")});
        QCOMPARE(expansion.devices, (QList<PciAddress>{address("0000:01:01.0"), address("0000:01:02.0")}));
        QVERIFY(!expansion.devices.contains(address("0000:00:05.0")));
        QVERIFY(rules.validate(expansion.devices).isEmpty());
    }

    void bridgesAndRootPortsAreRefusedWithTheirReason()
    {
        const SelectionRules rules(m_seed);
        for (const char *text : {"0000:00:1c.0", "0000:00:05.0"}) {
            QVERIFY2(!rules.isSelectable(address(text)), text);
            const QString why = rules.whyNotSelectable(address(text));
            QVERIFY2(why.contains(QStringLiteral("stay with the host")), qPrintable(why));
            QVERIFY(why.contains(QStringLiteral("neither needed nor possible with vfio-pci")));
        }
        QVERIFY(rules.whyNotSelectable(address("0000:00:1c.0")).contains(QStringLiteral("root port")));
        QVERIFY(!rules.isSelectable(address("0000:00:00.0"))); // host bridge
        QVERIFY(rules.isSelectable(address("0000:02:00.0")));

        const Expansion expansion = rules.expand({address("0000:00:1c.0"), address("0000:03:00.0")});
        QCOMPARE(expansion.devices, QList<PciAddress>{address("0000:03:00.0")});
        QCOMPARE(expansion.refusals.size(), 1);

        const QStringList errors = rules.validate({address("0000:00:1c.0")});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("00:1c.0")));
    }

    void switchDownstreamPortStaysWhileItsEndpointGoes()
    {
        // Each downstream port shares its group with the endpoint below it.
        const SelectionRules rules(m_switch);
        const PciDevice *port = m_switch.find(address("0000:02:00.0"));
        const PciDevice *nvme = m_switch.find(address("0000:03:00.0"));
        QVERIFY(port && nvme);
        QCOMPARE(port->iommuGroup, nvme->iommuGroup);
        const Expansion expansion = rules.expand({address("0000:03:00.0")});
        QCOMPARE(expansion.devices, QList<PciAddress>{address("0000:03:00.0")});
        QVERIFY(expansion.added.isEmpty());
        QVERIFY(rules.validate(expansion.devices).isEmpty());
        QVERIFY(!rules.isSelectable(address("0000:02:00.0")));
        QVERIFY(!rules.isSelectable(address("0000:01:00.0"))); // the switch's upstream port
    }

    void validateNamesTheMissingGroupMember()
    {
        const SelectionRules rules(m_seed);
        const QStringList errors = rules.validate({address("0000:02:00.0")});
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("02:00.1")), qPrintable(errors.first()));
        QVERIFY(errors.first().contains(QStringLiteral("group 8")));
        QVERIFY(rules.validate({address("0000:02:00.0"), address("0000:02:00.1")}).isEmpty());
        // Duplicates and order do not matter.
        QVERIFY(rules.validate({address("0000:02:00.1"), address("0000:02:00.0"), address("0000:02:00.1")})
                    .isEmpty());
        QVERIFY(rules.validate({}).isEmpty());
    }

    void validateRefusesUnknownAddresses()
    {
        const SelectionRules rules(m_seed);
        const QStringList errors = rules.validate({address("0000:09:00.0")});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("0000:09:00.0")));
        QVERIFY(errors.first().contains(QStringLiteral("no PCI device")));
    }

    void withoutIommuNothingIsSelectable()
    {
        const SelectionRules rules(m_noiommu);
        QVERIFY(!m_noiommu.iommu.active);
        const QString why = rules.whyNotSelectable(address("0000:02:00.0"));
        QVERIFY2(why.contains(QStringLiteral("no IOMMU group")), qPrintable(why));
        QCOMPARE(rules.validate({address("0000:02:00.0"), address("0000:02:00.1")}).size(), 2);
        QVERIFY(rules.expand({address("0000:02:00.0")}).devices.isEmpty());
    }

    void theIommusOwnFunctionIsNotCalledAnInactiveIommu()
    {
        // AMD-Vi shows its unit as a PCI function (class 0806) that the kernel puts in no group.
        Topology amd = m_seed;
        amd.iommu.kind = IommuStatus::Kind::Amd;
        amd.iommu.firmwareTableName = QStringLiteral("IVRS");
        PciDevice unit = *amd.find(address("0000:00:00.0"));
        unit.address = address("0000:00:00.2");
        unit.classCode = 0x080600;
        unit.className = QStringLiteral("IOMMU");
        unit.iommuGroup.reset();
        amd.devices.insert(1, unit);
        const SelectionRules rules(amd);
        QVERIFY(SelectionRules::isIommuUnit(unit));
        const QString why = rules.whyNotSelectable(unit.address);
        QVERIFY2(why.contains(QStringLiteral("is the IOMMU itself (AMD-Vi)")), qPrintable(why));
        QVERIFY(!why.contains(QStringLiteral("not active")));
        // Another device without a group while the IOMMU is on is not blamed on the IOMMU either.
        for (PciDevice &device : amd.devices) {
            if (device.address == address("0000:03:00.0"))
                device.iommuGroup.reset();
        }
        const QString other = SelectionRules(amd).whyNotSelectable(address("0000:03:00.0"));
        QVERIFY2(other.contains(QStringLiteral("although the IOMMU is on")), qPrintable(other));
    }

    void identicalCardStaysSoTheChosenOneIsBoundByAddress()
    {
        const SelectionRules rules(m_seed);
        const QList<PciAddress> selection{address("0000:04:00.0")};
        QVERIFY(rules.validate(selection).isEmpty());
        QCOMPARE(rules.identicalOnHost(address("0000:04:00.0"), selection),
                 QList<PciAddress>{address("0000:03:00.0")});
        const QList<DeviceBinding> bindings = rules.bindings(selection);
        QCOMPARE(bindings.size(), 1);
        QVERIFY(bindings.first().method == BindMethod::ByAddress);
        QCOMPARE(bindings.first().idPair, QStringLiteral("8086:10d3"));
        QCOMPARE(bindings.first().identicalOnHost, QList<PciAddress>{address("0000:03:00.0")});
        QVERIFY2(bindings.first().reason.contains(QStringLiteral("03:00.0 (driver e1000e)")),
                 qPrintable(bindings.first().reason));
        QVERIFY(bindings.first().reason.contains(QStringLiteral("keeps its driver")));
    }

    void bothIdenticalCardsChosenAreBoundById()
    {
        const SelectionRules rules(m_seed);
        const QList<DeviceBinding> bindings =
            rules.bindings({address("0000:04:00.0"), address("0000:03:00.0")});
        QCOMPARE(bindings.size(), 2);
        QCOMPARE(bindings.at(0).address, address("0000:03:00.0")); // sorted
        for (const DeviceBinding &binding : bindings) {
            QVERIFY(binding.method == BindMethod::ById);
            QVERIFY(binding.identicalOnHost.isEmpty());
        }
    }

    void gpuAndAudioAreBoundById()
    {
        const SelectionRules rules(m_seed);
        const QList<DeviceBinding> bindings =
            rules.bindings({address("0000:02:00.0"), address("0000:02:00.1")});
        QCOMPARE(bindings.size(), 2);
        QCOMPARE(bindings.at(0).idPair, QStringLiteral("1234:1111"));
        QCOMPARE(bindings.at(1).idPair, QStringLiteral("8086:293e"));
        QVERIFY(bindings.at(0).method == BindMethod::ById);
        QVERIFY(bindings.at(1).method == BindMethod::ById);
    }

    void switchAudioSharesItsIdWithNothingOnThatMachine()
    {
        // The switch fixture's HD audio (8086:293e) is alone with its ID there.
        const SelectionRules rules(m_switch);
        const QList<DeviceBinding> bindings = rules.bindings({address("0000:07:00.0")});
        QCOMPARE(bindings.size(), 1);
        QVERIFY(bindings.first().method == BindMethod::ById);
    }

    void bindMethodsAreNamedOnceBothWays()
    {
        // The names the helper's plan sends ("binding"), and the words vfio.conf's comments use.
        for (const BindMethod method : {BindMethod::ById, BindMethod::ByAddress})
            QVERIFY(bindMethodFromString(toString(method)) == method);
        QCOMPARE(toString(BindMethod::ById), QStringLiteral("ids"));
        QCOMPARE(toString(BindMethod::ByAddress), QStringLiteral("address"));
        QVERIFY(!bindMethodFromString(QStringLiteral("by ID")).has_value());
        QVERIFY(!bindMethodFromString(QString()).has_value());
        QCOMPARE(bindMethodWords(BindMethod::ById), QStringLiteral("by ID"));
        QCOMPARE(bindMethodWords(BindMethod::ByAddress), QStringLiteral("by address"));
    }

private:
    Topology m_seed;
    Topology m_switch;
    Topology m_noiommu;
};

QTEST_GUILESS_MAIN(PolicySelectionTest)
#include "tst_policy_selection.moc"
