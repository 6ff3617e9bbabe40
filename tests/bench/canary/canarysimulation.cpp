#include "canarysimulation.h"

#include "backend/deploy/analysis/sequentialtest.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace shipdeck::bench {

namespace {
// One-sided upper quantile of the standard normal: the z a test at level alpha needs.
double normalQuantile(double alpha)
{
    // Bisection on the complementary error function; precise enough for a threshold.
    double lo = 0, hi = 10;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        (0.5 * std::erfc(mid / std::sqrt(2.0)) > alpha ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

bool zTestRejects(const ErrorCounts &c, double z)
{
    if (c.canaryRequests <= 0 || c.baselineRequests <= 0)
        return false;
    const double pc = c.canaryErrors / c.canaryRequests;
    const double pb = c.baselineErrors / c.baselineRequests;
    const double pooled = (c.canaryErrors + c.baselineErrors) / (c.canaryRequests + c.baselineRequests);
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / c.canaryRequests + 1 / c.baselineRequests));
    return se > 0 && (pc - pb) / se >= z;
}
} // namespace

double DecisionStats::percentile(double q) const
{
    if (decisionSeconds.isEmpty())
        return std::nan("");
    QList<double> sorted = decisionSeconds;
    std::sort(sorted.begin(), sorted.end());
    const int index = std::clamp(int(std::ceil(q * sorted.size())) - 1, 0, int(sorted.size()) - 1);
    return sorted.at(index);
}

SimulationResult simulate(const TrafficModel &model, int runs, double alpha, unsigned long long seed)
{
    std::mt19937_64 rng(seed);
    std::binomial_distribution<int> canaryErrors(model.canaryPerSecond, model.canaryErrorRate);
    std::binomial_distribution<int> baselineErrors(model.baselinePerSecond, model.baselineErrorRate);
    const double z = normalQuantile(alpha);
    SimulationResult out;
    for (int run = 0; run < runs; ++run) {
        SequentialErrorTest sequential(alpha);
        ErrorCounts totals;
        bool peeked = false;
        for (int second = 1; second <= model.seconds; ++second) {
            const ErrorCounts look{double(model.canaryPerSecond), double(canaryErrors(rng)), double(model.baselinePerSecond),
                                   double(baselineErrors(rng))};
            totals += look;
            const bool before = sequential.rejected();
            sequential.add(look);
            if (!before && sequential.rejected())
                out.sequential.decisionSeconds.append(second);
            if (!peeked && zTestRejects(totals, z)) {
                peeked = true;
                out.peeking.decisionSeconds.append(second);
            }
        }
        if (zTestRejects(totals, z))
            out.fixedHorizon.decisionSeconds.append(model.seconds);
    }
    for (DecisionStats *s : {&out.sequential, &out.fixedHorizon, &out.peeking}) {
        s->runs = runs;
        s->failed = int(s->decisionSeconds.size());
    }
    return out;
}

} // namespace shipdeck::bench
