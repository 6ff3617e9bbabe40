#pragma once

#include <QList>

namespace shipdeck::bench {

// Synthetic traffic for the canary analysis: every second the canary and the baseline get a
// fixed number of requests, each failing independently with its version's error rate.
struct TrafficModel
{
    int canaryPerSecond = 10;
    int baselinePerSecond = 90;
    double canaryErrorRate = 0.01;
    double baselineErrorRate = 0.01;
    int seconds = 120; // the analysis window (one look per second)
};

struct DecisionStats
{
    int runs = 0;
    int failed = 0;              // runs the test called a regression
    QList<double> decisionSeconds; // when, for the failed runs
    double rate() const { return runs ? double(failed) / runs : 0; }
    double percentile(double q) const;
};

struct SimulationResult
{
    DecisionStats sequential;  // SequentialErrorTest, alpha, one look per second
    DecisionStats fixedHorizon; // one-sided two-proportion z-test once, at the end of the window
    DecisionStats peeking;     // the same z-test after every second, stopping at the first "significant"
};

SimulationResult simulate(const TrafficModel &model, int runs, double alpha, unsigned long long seed);

} // namespace shipdeck::bench
