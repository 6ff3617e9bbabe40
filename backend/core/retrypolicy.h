#pragma once

#include "backend/core/result.h"

#include <functional>

class QRandomGenerator;

namespace shipdeck {

// Exponential backoff with jitter. delayMs(n) is the wait before retry n (1-based):
// base = min(maxDelay, initialDelay * multiplier^(n-1)); the wait is drawn uniformly from
// [base * (1 - jitter), base]. jitter = 1 is "full jitter", 0 is deterministic.
struct RetryPolicy
{
    int maxAttempts = 5;        // total attempts, including the first
    int initialDelayMs = 100;
    int maxDelayMs = 30'000;
    double multiplier = 2.0;
    double jitter = 0.5;

    int baseDelayMs(int retry) const;
    int delayMs(int retry, QRandomGenerator *rng = nullptr) const;
    bool allowsAnotherAttempt(int attemptsMade) const { return attemptsMade < maxAttempts; }
};

// Runs fn until it succeeds, fails with a non-transient error, or attempts run out.
// Blocks the calling thread between attempts through sleepMs (injectable for tests);
// never call it on the GUI thread.
template<typename T>
Result<T> retryBlocking(const RetryPolicy &policy, const std::function<Result<T>()> &fn,
                        const std::function<void(int)> &sleepMs,
                        const std::function<bool(const Error &)> &retryable = {})
{
    for (int attempt = 1;; ++attempt) {
        Result<T> result = fn();
        if (result.ok())
            return result;
        const bool transient = retryable ? retryable(result.error()) : result.error().isTransient();
        if (!transient || !policy.allowsAnotherAttempt(attempt))
            return std::move(result).context(
                QStringLiteral("after %1 attempt(s)").arg(attempt));
        sleepMs(policy.delayMs(attempt));
    }
}

} // namespace shipdeck
