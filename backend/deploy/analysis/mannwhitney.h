#pragma once

#include "backend/core/result.h"

#include <QList>

#include <functional>

namespace shipdeck {

// Two-sample Mann-Whitney U (Wilcoxon rank-sum) test, two-sided, with the Hodges-Lehmann shift
// estimate and its confidence interval, computed as R's wilcox.test(x, y, conf.int = TRUE,
// exact = FALSE, correct = TRUE) does and as Kayenta's MannWhitney ports it: average ranks
// for ties, tie-corrected variance, continuity correction, and the interval and estimate found
// by Brent root-finding on the standardised statistic. x = experiment (canary), y = control
// (baseline); the shift is experiment - control.
struct MannWhitneyResult
{
    int nExperiment = 0;
    int nControl = 0;
    double w = 0;        // R's W: rank sum of the experiment minus n(n+1)/2 (= U of the experiment)
    double z = 0;        // standardised statistic (tie- and continuity-corrected)
    double pValue = 1;   // two-sided
    double estimate = 0; // Hodges-Lehmann shift
    double ciLow = 0;
    double ciHigh = 0;
    double confidenceLevel = 0.95;
};

namespace MannWhitney {

Result<MannWhitneyResult> test(const QList<double> &experiment, const QList<double> &control,
                               double confidenceLevel = 0.95);

// The exact Hodges-Lehmann estimator: the median of all pairwise differences x_i - y_j.
double medianPairwiseDifference(const QList<double> &experiment, const QList<double> &control);

// Standard normal distribution function and its inverse (Wichura's AS 241, ~1e-16).
double normalCdf(double z);
double normalQuantile(double p);

// Brent's root finder (R's uniroot / zeroin) on [a, b] where f(a) and f(b) differ in sign.
double brentRoot(const std::function<double(double)> &f, double a, double b, double fa, double fb,
                 double tolerance, int maxIterations = 1000);

} // namespace MannWhitney
} // namespace shipdeck
