#include "backend/core/retrypolicy.h"
#include "testsupport.h"

#include <QRandomGenerator>

using namespace shipdeck;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exponentialBaseIsCapped()
    {
        RetryPolicy p;
        p.initialDelayMs = 100;
        p.multiplier = 2.0;
        p.maxDelayMs = 1000;
        QCOMPARE(p.baseDelayMs(1), 100);
        QCOMPARE(p.baseDelayMs(2), 200);
        QCOMPARE(p.baseDelayMs(4), 800);
        QCOMPARE(p.baseDelayMs(5), 1000);
        QCOMPARE(p.baseDelayMs(50), 1000);
    }

    void jitterStaysWithinBounds()
    {
        RetryPolicy p;
        p.initialDelayMs = 1000;
        p.jitter = 0.5;
        QRandomGenerator rng(42);
        int low = INT_MAX, high = 0;
        for (int i = 0; i < 2000; ++i) {
            const int d = p.delayMs(1, &rng);
            low = qMin(low, d);
            high = qMax(high, d);
        }
        QVERIFY(low >= 500);
        QVERIFY(high <= 1000);
        QVERIFY2(high - low > 400, "jitter should spread the delays");
    }

    void noJitterIsDeterministic()
    {
        RetryPolicy p;
        p.jitter = 0;
        QCOMPARE(p.delayMs(3), p.baseDelayMs(3));
    }

    void retryBlockingRetriesOnlyTransientErrors()
    {
        RetryPolicy p;
        p.maxAttempts = 4;
        p.jitter = 0;
        QList<int> sleeps;
        int calls = 0;
        auto result = retryBlocking<int>(p, [&]() -> Result<int> {
            ++calls;
            if (calls < 3)
                return Error(ErrorCode::Network, QStringLiteral("connection reset"));
            return 7;
        }, [&](int ms) { sleeps.append(ms); });
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 7);
        QCOMPARE(calls, 3);
        QCOMPARE(sleeps, (QList<int>{100, 200}));

        calls = 0;
        auto permanent = retryBlocking<int>(p, [&]() -> Result<int> {
            ++calls;
            return Error(ErrorCode::InvalidArgument, QStringLiteral("bad"));
        }, [](int) {});
        QVERIFY(!permanent.ok());
        QCOMPARE(calls, 1);

        calls = 0;
        auto exhausted = retryBlocking<int>(p, [&]() -> Result<int> {
            ++calls;
            return Error(ErrorCode::Timeout, QStringLiteral("slow"));
        }, [](int) {});
        QVERIFY(!exhausted.ok());
        QCOMPARE(calls, 4);
        QVERIFY(exhausted.error().toString().contains(QStringLiteral("after 4 attempt")));
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
