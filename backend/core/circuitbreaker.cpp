#include "backend/core/circuitbreaker.h"

#include "backend/core/clock.h"

namespace shipdeck {

CircuitBreaker::CircuitBreaker(QString name, Options options, const Clock *clock)
    : m_name(std::move(name)), m_options(options), m_clock(clock ? clock : Clock::system())
{
}

void CircuitBreaker::updateStateLocked() const
{
    if (m_state == State::Open && m_clock->nowMs() - m_openedAtMs >= m_options.openDurationMs)
        m_state = State::HalfOpen;
}

bool CircuitBreaker::tryAcquire()
{
    QMutexLocker lock(&m_mutex);
    updateStateLocked();
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        ++m_counters.rejected;
        return false;
    case State::HalfOpen:
        if (m_halfOpenInFlight >= m_options.halfOpenMaxCalls) {
            ++m_counters.rejected;
            return false;
        }
        ++m_halfOpenInFlight;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    QMutexLocker lock(&m_mutex);
    ++m_counters.successes;
    m_counters.consecutiveFailures = 0;
    if (m_state == State::HalfOpen) {
        m_halfOpenInFlight = qMax(0, m_halfOpenInFlight - 1);
        if (++m_halfOpenSuccesses >= m_options.successThreshold) {
            m_state = State::Closed;
            m_halfOpenSuccesses = 0;
            m_halfOpenInFlight = 0;
        }
    }
}

void CircuitBreaker::recordFailure()
{
    QMutexLocker lock(&m_mutex);
    ++m_counters.failures;
    ++m_counters.consecutiveFailures;
    const bool trip = m_state == State::HalfOpen
        || (m_state == State::Closed && m_counters.consecutiveFailures >= m_options.failureThreshold);
    if (trip) {
        m_state = State::Open;
        m_openedAtMs = m_clock->nowMs();
        m_halfOpenInFlight = 0;
        m_halfOpenSuccesses = 0;
        ++m_counters.timesOpened;
    }
}

CircuitBreaker::State CircuitBreaker::state() const
{
    QMutexLocker lock(&m_mutex);
    updateStateLocked();
    return m_state;
}

CircuitBreaker::Counters CircuitBreaker::counters() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters;
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed: return QStringLiteral("closed");
    case State::Open: return QStringLiteral("open");
    case State::HalfOpen: return QStringLiteral("half-open");
    }
    return {};
}

} // namespace shipdeck
