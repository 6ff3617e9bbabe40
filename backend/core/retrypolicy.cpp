#include "backend/core/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace shipdeck {

int RetryPolicy::baseDelayMs(int retry) const
{
    const double exponent = std::max(0, retry - 1);
    const double base = initialDelayMs * std::pow(multiplier, exponent);
    return static_cast<int>(std::min<double>(maxDelayMs, base));
}

int RetryPolicy::delayMs(int retry, QRandomGenerator *rng) const
{
    const int base = baseDelayMs(retry);
    const double j = std::clamp(jitter, 0.0, 1.0);
    const double low = base * (1.0 - j);
    const double u = (rng ? rng : QRandomGenerator::global())->generateDouble();
    return static_cast<int>(low + u * (base - low));
}

} // namespace shipdeck
