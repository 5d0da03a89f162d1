// SPDX-License-Identifier: GPL-3.0-or-later
// `vfio-isolator-cli verify`, run as a user runs it: its JSON and its exit codes.
#include "CliRun.h"
#include "PolicyTestTree.h"
#include "VerifyTestTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

QJsonObject verifyJson(const QString &root, int expectedExit)
{
    const vfio::test::CliRun run = vfio::test::runCli(
        {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--root"), root});
    if (run.exitCode != expectedExit)
        qWarning("exit %d, stderr: %s", run.exitCode, qPrintable(run.err));
    return run.exitCode == expectedExit ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject{};
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private slots:
    void seedVfioBoundExitsZero();
    void seedNothingConfiguredExitsZero();
    void mismatchExitsFive();
    void pendingRestartExitsSix();
    void textSaysWhy();
};

void TestCliVerify::seedVfioBoundExitsZero()
{
    const QJsonObject json = verifyJson(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")), 0);
    QCOMPARE(json.value(QLatin1String("overall")).toString(), QStringLiteral("as-configured"));
    const QJsonArray devices = json.value(QLatin1String("devices")).toArray();
    QCOMPARE(devices.size(), 2);
    const QJsonObject first = devices.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("address")).toString(), QStringLiteral("0000:02:00.0"));
    QCOMPARE(first.value(QLatin1String("configured")).toBool(), true);
    QCOMPARE(first.value(QLatin1String("driver")).toString(), QStringLiteral("vfio-pci"));
    QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("bound"));
    QVERIFY(first.value(QLatin1String("reason")).isNull());
    QCOMPARE(devices.at(1).toObject().value(QLatin1String("address")).toString(),
             QStringLiteral("0000:02:00.1"));
}

void TestCliVerify::seedNothingConfiguredExitsZero()
{
    const QJsonObject json = verifyJson(vfio::test::fixtureRoot(QStringLiteral("seed")), 0);
    QCOMPARE(json.value(QLatin1String("overall")).toString(), QStringLiteral("nothing-configured"));
    QVERIFY(json.value(QLatin1String("devices")).toArray().isEmpty());
}

void TestCliVerify::mismatchExitsFive()
{
    vfio::test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")));
    tree.rebind(QStringLiteral("0000:02:00.1"), QStringLiteral("snd_hda_intel"));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"), -60);
    const QJsonObject json = verifyJson(tree.root(), 5);
    QCOMPARE(json.value(QLatin1String("overall")).toString(), QStringLiteral("mismatch"));
    const QJsonObject audio = json.value(QLatin1String("devices")).toArray().at(1).toObject();
    QCOMPARE(audio.value(QLatin1String("state")).toString(), QStringLiteral("not-bound"));
    QCOMPARE(audio.value(QLatin1String("driver")).toString(), QStringLiteral("snd_hda_intel"));
    QCOMPARE(audio.value(QLatin1String("reason")).toString(), QStringLiteral("other-driver-first"));
}

void TestCliVerify::pendingRestartExitsSix()
{
    vfio::test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed")));
    tree.configure(QStringLiteral("options vfio-pci ids=8086:10d3\n"), 120);
    const QJsonObject json = verifyJson(tree.root(), 6);
    QCOMPARE(json.value(QLatin1String("overall")).toString(), QStringLiteral("restart-pending"));
    QCOMPARE(json.value(QLatin1String("devices")).toArray().size(), 2); // both identical NICs carry the ID
}

void TestCliVerify::textSaysWhy()
{
    vfio::test::FixtureCopy tree(vfio::test::fixtureRoot(QStringLiteral("seed-vfio")));
    tree.rebind(QStringLiteral("0000:02:00.1"), QStringLiteral("snd_hda_intel"));
    tree.configure(QStringLiteral("options vfio-pci ids=1234:1111,8086:293e\n"), -60);
    const vfio::test::CliRun run =
        vfio::test::runCli({QStringLiteral("verify"), QStringLiteral("--root"), tree.root()});
    QCOMPARE(run.exitCode, 5);
    const QString text = run.out;
    QVERIFY2(text.contains(QLatin1String("02:00.1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("snd_hda_intel claimed it first")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("A configured device is not bound")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
