// SPDX-License-Identifier: GPL-3.0-or-later
// HelperPlan's JSON: a device's binding word (the policy's toString(BindMethod), tested both ways in
// tst_policy_selection) and Apply's verdict on a plan (its errors, one a line, under its error name).
#include "HelperInterface.h"
#include "plan/HelperPlan.h"

#include <QTest>

using namespace vfio;

class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void devicesCarryTheirBindingWord()
    {
        HelperPlan plan;
        plan.devices = {{QStringLiteral("0000:02:00.0"), QStringLiteral("10de:1b80"), BindMethod::ByAddress,
                         QStringLiteral("an identical card stays on the host")}};
        const QJsonObject device = plan.toJson().value(QStringLiteral("devices")).toArray().at(0).toObject();
        QCOMPARE(device.value(QStringLiteral("binding")).toString(), QStringLiteral("address"));
    }

    void aPlanWithoutErrorsIsAccepted()
    {
        const HelperPlan plan;
        QVERIFY(plan.ok());
        QVERIFY(plan.verdict().ok());
        QCOMPARE(plan.toJson().value(QStringLiteral("ok")).toBool(), true);
    }

    void aRefusedPlanSaysItsErrorsUnderItsName()
    {
        HelperPlan plan;
        plan.errors = {QStringLiteral("first"), QStringLiteral("second")};
        plan.errorName = helpererrors::errorName(HelperError::UnsupportedSystem);
        QVERIFY(!plan.ok());
        const Result<void> verdict = plan.verdict();
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.failure().message, QStringLiteral("first\nsecond"));
        QCOMPARE(verdict.failure().errorName, helpererrors::errorName(HelperError::UnsupportedSystem));
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 2);
    }

    void aRefusalWithoutANameIsAnInvalidSelection()
    {
        HelperPlan plan;
        plan.errors = {QStringLiteral("unknown device")};
        QCOMPARE(plan.verdict().failure().errorName, helpererrors::errorName(HelperError::InvalidSelection));
    }
};

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_plan_json.moc"
