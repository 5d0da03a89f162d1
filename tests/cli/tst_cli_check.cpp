// SPDX-License-Identifier: GPL-3.0-or-later
// `vfio-isolator-cli check`, run as a process: its exit codes (0 ready, 4 setup needed, 2 usage), its JSON
// document's shape and its table on the fixtures.

#include "CliRun.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(VFIO_TEST_DATA_DIR "/") + QLatin1String(name);
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

// The findings of `check --json`, by id, after checking each one's shape.
QMap<QString, QJsonObject> findingsById(const QString &json, QStringList *order)
{
    QMap<QString, QJsonObject> byId;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    const QJsonValue findings = document.object().value(QStringLiteral("findings"));
    if (!findings.isArray())
        return byId;
    for (const QJsonValue &value : findings.toArray()) {
        const QJsonObject finding = value.toObject();
        order->append(finding.value(QStringLiteral("id")).toString());
        byId.insert(order->constLast(), finding);
    }
    return byId;
}

} // namespace

class CliCheck : public QObject
{
    Q_OBJECT

private slots:
    void jsonShape_data();
    void jsonShape();
    void seedIsReady();
    void noiommuNeedsSetup();
    void tableForABeginner();
    void usageErrors();
    void listedInTheOverview();
};

void CliCheck::jsonShape_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("seed") << fixture("seed") << 0;
    QTest::newRow("seed-vfio") << fixture("seed-vfio") << 0;
    QTest::newRow("switch") << fixture("switch") << 0;
    QTest::newRow("noiommu") << fixture("noiommu") << 4;
}

void CliCheck::jsonShape()
{
    QFETCH(QString, root);
    QFETCH(int, exitCode);
    const vfio::test::CliRun run = vfio::test::runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--root"), root});
    QCOMPARE(run.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    QCOMPARE(document.object().keys(), QStringList{QStringLiteral("findings")});
    const QJsonArray findings = document.object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 10);
    const QSet<QString> states{QStringLiteral("ok"), QStringLiteral("needs-action"),
                               QStringLiteral("blocked"), QStringLiteral("information")};
    bool anyNeedsAction = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        QCOMPARE(finding.keys(), (QStringList{QStringLiteral("fix"), QStringLiteral("id"),
                                              QStringLiteral("message"), QStringLiteral("state")}));
        QVERIFY(!finding.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
        const QString state = finding.value(QStringLiteral("state")).toString();
        QVERIFY2(states.contains(state), qPrintable(state));
        anyNeedsAction |= state == QLatin1String("needs-action") || state == QLatin1String("blocked");
        const QJsonValue fix = finding.value(QStringLiteral("fix"));
        if (fix.isNull())
            continue;
        QVERIFY(fix.isObject());
        QCOMPARE(fix.toObject().keys(), (QStringList{QStringLiteral("add"), QStringLiteral("description"),
                                                     QStringLiteral("remove")}));
        QVERIFY(!fix[QStringLiteral("description")].toString().isEmpty());
        QVERIFY(fix[QStringLiteral("add")].isArray());
        QVERIFY(fix[QStringLiteral("remove")].isArray());
        QVERIFY(!strings(fix[QStringLiteral("add")]).isEmpty() ||
                !strings(fix[QStringLiteral("remove")]).isEmpty());
    }
    QCOMPARE(anyNeedsAction, exitCode == 4); // the exit code follows the states
}

void CliCheck::seedIsReady()
{
    const vfio::test::CliRun run = vfio::test::runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--root"), fixture("seed")});
    QCOMPARE(run.exitCode, 0);
    QStringList order;
    const auto findings = findingsById(run.out, &order);
    QCOMPARE(order.value(0), QStringLiteral("cpu-virtualization"));
    QCOMPARE(order.value(9), QStringLiteral("boot-gpu"));
    QCOMPARE(findings.value(QStringLiteral("iommu-active"))[QStringLiteral("state")].toString(),
             QStringLiteral("ok"));
    QVERIFY(findings.value(QStringLiteral("kernel-parameters"))[QStringLiteral("fix")].isNull());
    const QJsonValue offer = findings.value(QStringLiteral("iommu-passthrough"))[QStringLiteral("fix")];
    QCOMPARE(strings(offer[QStringLiteral("add")]), QStringList{QStringLiteral("iommu=pt")});
    QVERIFY(run.err.isEmpty());
}

void CliCheck::noiommuNeedsSetup()
{
    const vfio::test::CliRun run = vfio::test::runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--root"), fixture("noiommu")});
    QCOMPARE(run.exitCode, 4);
    QStringList order;
    const auto findings = findingsById(run.out, &order);
    QCOMPARE(findings.value(QStringLiteral("iommu-active"))[QStringLiteral("state")].toString(),
             QStringLiteral("needs-action"));
    const QJsonObject parameters = findings.value(QStringLiteral("kernel-parameters"));
    QCOMPARE(parameters[QStringLiteral("state")].toString(), QStringLiteral("needs-action"));
    QCOMPARE(strings(parameters[QStringLiteral("fix")][QStringLiteral("remove")]),
             QStringList{QStringLiteral("intel_iommu=off")});
    QCOMPARE(strings(parameters[QStringLiteral("fix")][QStringLiteral("add")]),
             QStringList{QStringLiteral("intel_iommu=on")});
    QVERIFY(!run.out.contains(QStringLiteral("amd_iommu")));
}

void CliCheck::tableForABeginner()
{
    const vfio::test::CliRun ready =
        vfio::test::runCli({QStringLiteral("check"), QStringLiteral("--root"), fixture("seed")});
    QCOMPARE(ready.exitCode, 0);
    QVERIFY2(ready.out.startsWith(QStringLiteral("System check of the snapshot ")), qPrintable(ready.out));
    QVERIFY(ready.out.contains(QStringLiteral("\nOK             The IOMMU is on")));
    QVERIFY(ready.out.contains(QStringLiteral("Optional fix: Add iommu=pt")));
    QVERIFY(
        ready.out.endsWith(QStringLiteral("Ready: nothing stands in the way of passing devices through.\n")));

    const vfio::test::CliRun setup =
        vfio::test::runCli({QStringLiteral("check"), QStringLiteral("--root"), fixture("noiommu")});
    QCOMPARE(setup.exitCode, 4);
    QVERIFY(setup.out.contains(
        QStringLiteral("\nAction needed  The kernel command line switches the IOMMU off")));
    QVERIFY(setup.out.contains(QStringLiteral("\n               Fix: Remove intel_iommu=off")));
    QVERIFY(setup.out.contains(QStringLiteral("Not ready yet")));
    for (const QString &line : setup.out.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 100, qPrintable(line)); // wrapped for a terminal
}

void CliCheck::usageErrors()
{
    const vfio::test::CliRun missing = vfio::test::runCli(
        {QStringLiteral("check"), QStringLiteral("--root"), QStringLiteral("/nonexistent/h1")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("/nonexistent/h1 does not exist")));
    QVERIFY(missing.out.isEmpty());
    const vfio::test::CliRun extra = vfio::test::runCli({QStringLiteral("check"), QStringLiteral("now")});
    QCOMPARE(extra.exitCode, 2);
    QVERIFY(extra.err.contains(QStringLiteral("Unexpected argument 'now'")));
}

void CliCheck::listedInTheOverview()
{
    const vfio::test::CliRun overview = vfio::test::runCli({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(QStringLiteral("  check ")));
    const vfio::test::CliRun help = vfio::test::runCli({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--json")));
    QVERIFY(help.out.contains(QStringLiteral("--root <DIR>")));
}

QTEST_GUILESS_MAIN(CliCheck)
#include "tst_cli_check.moc"
