#include "backend/core/clock.h"

namespace shipdeck {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock *Clock::system()
{
    static const SystemClock clock;
    return &clock;
}

} // namespace shipdeck
