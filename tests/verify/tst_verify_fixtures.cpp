// SPDX-License-Identifier: GPL-3.0-or-later
// The verification after a restart on the real-kernel fixtures and on copies of them with one thing changed.
#include "PolicyTestTree.h"
#include "VerifyTestTree.h"

#include "verify/MachineVerification.h"

#include <QTest>

using namespace vfio;

namespace {

const QString gpu = QStringLiteral("0000:02:00.0");
const QString audio = QStringLiteral("0000:02:00.1");
const QString nic = QStringLiteral("0000:03:00.0");

const DeviceVerification &deviceOf(const Verification &verification, const QString &address)
{
    const DeviceVerification *device = verification.find(*PciAddress::parse(address));
    if (!device)
        qFatal("no device %s", qPrintable(address));
    return *device;
}

} // namespace

// The enums compare by their stable names, which also makes a failure readable.
#define COMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))

class TestVerifyFixtures : public QObject
{
    Q_OBJECT

private slots:
    void seedHasNothingConfigured();
    void seedVfioIsBoundAsConfigured();
    void otherDriverClaimedAConfiguredDevice();
    void configurationNewerThanTheBootIsPending();
    void deviceNoLongerConfiguredReturnsAtNextBoot();
    void iommuOffIsTheReason();
    void vfioPciNotLoadedIsTheReason();
    void safetyBootIsTheReason();
    void initramfsWithoutVfioIsTheReason();
    void idMatchingNoDeviceIsAMismatch();
    void unreadableConfigurationSaysOnlyTheBinding();
    void namesAreStableForScripts();
};

void TestVerifyFixtures::seedHasNothingConfigured()
{
    const MachineVerification machine = verifyMachine(test::fixtureRoot(QStringLiteral("seed")));
    COMPARE_STATE(machine.verification.overall(), Verification::Overall::NothingConfigured);
    QVERIFY(machine.verification.relevant().isEmpty());
    COMPARE_STATE(deviceOf(machine.verification, nic).status, DeviceStatus::OnHost);
    COMPARE_STATE(deviceOf(machine.verification, QStringLiteral("0000:00:1c.0")).status,
                  DeviceStatus::StaysWithHost);
}

void TestVerifyFixtures::seedVfioIsBoundAsConfigured()
{
    const MachineVerification machine = verifyMachine(test::fixtureRoot(QStringLiteral("seed-vfio")));
    const Verification &verification = machine.verification;
    COMPARE_STATE(verification.overall(), Verification::Overall::AsConfigured);
    QCOMPARE(verification.relevant().size(), 2);
    for (const QString &address : {gpu, audio}) {
        const DeviceVerification &device = deviceOf(verification, address);
        QVERIFY(device.configured);
        QCOMPARE(device.driver, QStringLiteral("vfio-pci"));
        COMPARE_STATE(device.status, DeviceStatus::Bound);
        QCOMPARE(device.text, QStringLiteral("bound to vfio-pci"));
    }
    QVERIFY(machine.facts.vfioDriverRegistered);
    QVERIFY(verification.unmatchedIds.isEmpty());
    QVERIFY(verification.summary().contains(QLatin1String("Every configured device is bound")));
}

void TestVerifyFixtures::otherDriverClaimedAConfiguredDevice()
{
    test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")));
    QVERIFY(tree.isValid());
    tree.rebind(audio, QStringLiteral("snd_hda_intel"));
    tree.configure(
        QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\nsoftdep snd_hda_intel pre: vfio-pci\n"),
        -60);
    const Verification verification = verifyMachine(tree.root()).verification;
    COMPARE_STATE(verification.overall(), Verification::Overall::Mismatch);
    const DeviceVerification &device = deviceOf(verification, audio);
    COMPARE_STATE(device.status, DeviceStatus::NotBound);
    COMPARE_STATE(device.reason, NotBoundReason::OtherDriverFirst);
    QVERIFY2(device.text.contains(QLatin1String("snd_hda_intel claimed it first")), qPrintable(device.text));
    QVERIFY2(device.detail.contains(QLatin1String("regenerate")), qPrintable(device.detail));
    COMPARE_STATE(deviceOf(verification, gpu).status, DeviceStatus::Bound);
}

void TestVerifyFixtures::configurationNewerThanTheBootIsPending()
{
    test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed")));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"), 600);
    const Verification verification = verifyMachine(tree.root()).verification;
    COMPARE_STATE(verification.overall(), Verification::Overall::RestartPending);
    COMPARE_STATE(deviceOf(verification, audio).status, DeviceStatus::RestartPending);
    QCOMPARE(deviceOf(verification, audio).text, QStringLiteral("will bind at next boot"));
    // The same file written before this boot is a mismatch, not a pending restart.
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"), -600);
    COMPARE_STATE(verifyMachine(tree.root()).verification.overall(), Verification::Overall::Mismatch);
}

void TestVerifyFixtures::deviceNoLongerConfiguredReturnsAtNextBoot()
{
    test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111\n"), 30);
    const Verification verification = verifyMachine(tree.root()).verification;
    COMPARE_STATE(deviceOf(verification, audio).status, DeviceStatus::NoLongerConfigured);
    QVERIFY(!deviceOf(verification, audio).configured);
    COMPARE_STATE(deviceOf(verification, gpu).status, DeviceStatus::Bound);
    COMPARE_STATE(verification.overall(), Verification::Overall::RestartPending);
    QCOMPARE(verification.relevant().size(), 2);
}

void TestVerifyFixtures::iommuOffIsTheReason()
{
    test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("noiommu")));
    tree.configure(QStringLiteral("options vfio-pci ids=8086:10d3\n"), -60);
    const Verification verification = verifyMachine(tree.root()).verification;
    COMPARE_STATE(deviceOf(verification, nic).status, DeviceStatus::NotBound);
    COMPARE_STATE(deviceOf(verification, nic).reason, NotBoundReason::IommuOff);
    QVERIFY(deviceOf(verification, nic).text.contains(QLatin1String("IOMMU is off")));
}

void TestVerifyFixtures::vfioPciNotLoadedIsTheReason()
{
    test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")));
    tree.rebind(gpu, QString());
    tree.rebind(audio, QStringLiteral("snd_hda_intel"));
    tree.removeDriver(QStringLiteral("vfio-pci"));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"), -60);
    const Verification verification = verifyMachine(tree.root()).verification;
    for (const QString &address : {gpu, audio}) {
        COMPARE_STATE(deviceOf(verification, address).reason, NotBoundReason::VfioNotLoaded);
        QVERIFY(deviceOf(verification, address).text.contains(QLatin1String("vfio-pci is not loaded")));
    }
}

void TestVerifyFixtures::safetyBootIsTheReason()
{
    test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")));
    tree.rebind(audio, QStringLiteral("snd_hda_intel"));
    tree.rebind(gpu, QString());
    tree.appendToCommandLine(QStringLiteral("vfio_isolator=off"));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"), -60);
    const Verification verification = verifyMachine(tree.root()).verification;
    QVERIFY(verification.safetyBoot);
    COMPARE_STATE(deviceOf(verification, audio).reason, NotBoundReason::SafetyBoot);
    QVERIFY(verification.summary().contains(QLatin1String("without VFIO passthrough")));
}

void TestVerifyFixtures::initramfsWithoutVfioIsTheReason()
{
    test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")));
    tree.rebind(audio, QStringLiteral("snd_hda_intel"));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"), -60);
    MachineVerification machine = verifyMachine(tree.root());
    const SelectionRules rules(machine.topology);
    machine.facts.initramfsFiles =
        QStringList{QStringLiteral("usr/lib/modules/6.1.0-50-amd64/kernel/drivers/net/e1000e.ko")};
    COMPARE_STATE(deviceOf(verify(rules, machine.boot, machine.facts), audio).reason,
                  NotBoundReason::NotInInitramfs);
    machine.facts.initramfsFiles->append(
        {QStringLiteral("usr/lib/modules/6.1.0-50-amd64/kernel/drivers/vfio/pci/vfio-pci.ko"),
         QStringLiteral("etc/modprobe.d/vfio.conf")});
    COMPARE_STATE(deviceOf(verify(rules, machine.boot, machine.facts), audio).reason,
                  NotBoundReason::OtherDriverFirst);
}

void TestVerifyFixtures::idMatchingNoDeviceIsAMismatch()
{
    test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e,10de:1b8l,10de:1b80\n"), -60);
    const Verification verification = verifyMachine(tree.root()).verification;
    COMPARE_STATE(verification.overall(), Verification::Overall::Mismatch);
    QVERIFY2(verification.unmatchedIds.contains(QStringLiteral("10de:1b80")),
             qPrintable(verification.unmatchedIds.join(u',')));
    QVERIFY(verification.summary().contains(QLatin1String("10de:1b80")));
    COMPARE_STATE(deviceOf(verification, gpu).status, DeviceStatus::Bound);
}

void TestVerifyFixtures::unreadableConfigurationSaysOnlyTheBinding()
{
    const Topology topology = test::scanFixture(QStringLiteral("seed-vfio"));
    const SelectionRules rules(topology);
    const Verification verification = verify(rules, BootConfiguration{}, KernelFacts{});
    QVERIFY(!verification.configurationReadable);
    COMPARE_STATE(deviceOf(verification, gpu).status, DeviceStatus::Bound);
    COMPARE_STATE(deviceOf(verification, gpu).reason, NotBoundReason::ConfigUnreadable);
    QVERIFY(deviceOf(verification, gpu).detail.contains(QLatin1String("could not be read")));
}

void TestVerifyFixtures::namesAreStableForScripts()
{
    for (const auto status :
         {DeviceStatus::OnHost, DeviceStatus::Bound, DeviceStatus::RestartPending, DeviceStatus::NotBound,
          DeviceStatus::NoLongerConfigured, DeviceStatus::StaysWithHost})
        QVERIFY(deviceStatusFromString(toString(status)) == status);
    QCOMPARE(toString(DeviceStatus::NotBound), QStringLiteral("not-bound"));
    QCOMPARE(toString(NotBoundReason::OtherDriverFirst), QStringLiteral("other-driver-first"));
    QCOMPARE(toString(Verification::Overall::RestartPending), QStringLiteral("restart-pending"));
    QVERIFY(!deviceStatusFromString(QStringLiteral("bound ")));
}

QTEST_GUILESS_MAIN(TestVerifyFixtures)
#include "tst_verify_fixtures.moc"
