// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Result.h"

#include <QTest>

#include <memory>

using namespace vfio;

namespace {
Result<int> half(int n)
{
    if (n % 2 != 0)
        return fail(QStringLiteral("%1 is odd").arg(n), QStringLiteral("org.example.Odd"));
    return n / 2;
}

Result<void> mustBePositive(int n)
{
    if (n <= 0)
        return fail(QStringLiteral("%1 is not positive").arg(n));
    return {};
}
} // namespace

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void valueIsKept()
    {
        const auto result = half(8);
        QVERIFY(result.ok());
        QVERIFY(static_cast<bool>(result));
        QCOMPARE(result.value(), 4);
        QCOMPARE(*result, 4);
        QVERIFY(result.error().isEmpty());
    }

    void failureCarriesMessageAndName()
    {
        const auto result = half(7);
        QVERIFY(!result.ok());
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("7 is odd"));
        QCOMPARE(result.failure().errorName, QStringLiteral("org.example.Odd"));
    }

    void voidResult()
    {
        QVERIFY(mustBePositive(1).ok());
        const auto refused = mustBePositive(0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), QStringLiteral("0 is not positive"));
        QVERIFY(refused.failure().errorName.isEmpty());
    }

    void moveOnlyValueMovesOut()
    {
        Result<std::unique_ptr<int>> result(std::make_unique<int>(3));
        QVERIFY(result.ok());
        QCOMPARE(*result->get(), 3);
        const std::unique_ptr<int> taken = std::move(result).value();
        QCOMPARE(*taken, 3);
    }

    void failureCanBeForwarded()
    {
        // The usual pattern: a caller passes a callee's failure on unchanged.
        const auto outer = [](int n) -> Result<QString> {
            const auto inner = half(n);
            if (!inner)
                return inner.failure();
            return QString::number(*inner);
        };
        QCOMPARE(outer(6).value(), QStringLiteral("3"));
        QCOMPARE(outer(5).error(), QStringLiteral("5 is odd"));
        QCOMPARE(outer(5).failure().errorName, QStringLiteral("org.example.Odd"));
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_base_result.moc"
