#pragma once

#include "backend/core/result.h"

#include <QMutex>
#include <QString>

#include <functional>

namespace shipdeck {

class Clock;

// Closed: calls pass; consecutive failures >= failureThreshold opens the circuit.
// Open: calls are rejected until openDurationMs has passed, then Half-open.
// Half-open: up to halfOpenMaxCalls trial calls pass; successThreshold successes close the
// circuit, any failure opens it again. Thread-safe.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    struct Options
    {
        int failureThreshold = 5;
        qint64 openDurationMs = 30'000;
        int halfOpenMaxCalls = 1;
        int successThreshold = 1;
    };

    struct Counters
    {
        qint64 successes = 0;
        qint64 failures = 0;
        qint64 rejected = 0;
        qint64 timesOpened = 0;
        int consecutiveFailures = 0;
    };

    CircuitBreaker(QString name, Options options, const Clock *clock = nullptr);

    // Asks for permission to make a call. Each granted call must be followed by
    // recordSuccess() or recordFailure().
    bool tryAcquire();
    void recordSuccess();
    void recordFailure();

    State state() const;
    Counters counters() const;
    const QString &name() const { return m_name; }

    // Runs fn through the breaker; a rejected call returns an Unavailable error.
    template<typename T>
    Result<T> call(const std::function<Result<T>()> &fn)
    {
        if (!tryAcquire())
            return Error(ErrorCode::Unavailable,
                         QStringLiteral("circuit '%1' is open after repeated failures").arg(m_name));
        Result<T> result = fn();
        if (result.ok())
            recordSuccess();
        else
            recordFailure();
        return result;
    }

    static QString stateName(State state);

private:
    void updateStateLocked() const;

    QString m_name;
    Options m_options;
    const Clock *m_clock;
    mutable QMutex m_mutex;
    mutable State m_state = State::Closed;
    mutable qint64 m_openedAtMs = 0;
    int m_halfOpenInFlight = 0;
    int m_halfOpenSuccesses = 0;
    Counters m_counters;
};

} // namespace shipdeck
