#include "backend/core/circuitbreaker.h"
#include "backend/core/clock.h"
#include "testsupport.h"

using namespace shipdeck;

class tst_CircuitBreaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAfterThresholdAndRecovers()
    {
        ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("prometheus"), {3, 10'000, 1, 2}, &clock);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(breaker.tryAcquire());
            breaker.recordFailure();
        }
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QVERIFY(!breaker.tryAcquire());
        QCOMPARE(breaker.counters().rejected, 1);
        QCOMPARE(breaker.counters().timesOpened, 1);

        clock.advance(10'000);
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        QVERIFY(breaker.tryAcquire());
        QVERIFY2(!breaker.tryAcquire(), "only one trial call in half-open");
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen); // needs 2 successes
        QVERIFY(breaker.tryAcquire());
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    }

    void halfOpenFailureReopens()
    {
        ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("x"), {1, 1000, 1, 1}, &clock);
        QVERIFY(breaker.tryAcquire());
        breaker.recordFailure();
        clock.advance(1000);
        QVERIFY(breaker.tryAcquire());
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.counters().timesOpened, 2);
        clock.advance(999);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
    }

    void successResetsConsecutiveFailures()
    {
        CircuitBreaker breaker(QStringLiteral("x"), {2, 1000, 1, 1});
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    }

    void callWrapsResults()
    {
        ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("api"), {1, 1000, 1, 1}, &clock);
        auto failing = breaker.call<int>([] { return Result<int>(Error(ErrorCode::Network, QStringLiteral("down"))); });
        QVERIFY(!failing.ok());
        auto rejected = breaker.call<int>([] { return Result<int>(1); });
        QCOMPARE(rejected.error().code(), ErrorCode::Unavailable);
        QVERIFY(rejected.error().message().contains(QStringLiteral("api")));
    }
};

QTEST_GUILESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
