#include "backend/deploy/analysis/mannwhitney.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace shipdeck::MannWhitney {

namespace {
// Average ranks (1-based) of all values, plus the tie term sum(t^3 - t).
struct Ranking
{
    std::vector<double> ranks;
    double tieTerm = 0;
};

Ranking rank(const std::vector<double> &values)
{
    const size_t n = values.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    Ranking r;
    r.ranks.assign(n, 0);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            ++j;
        const double average = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k)
            r.ranks[order[k]] = average;
        const double t = double(j - i + 1);
        r.tieTerm += t * t * t - t;
        i = j + 1;
    }
    return r;
}

double sign(double v)
{
    return v > 0 ? 1.0 : v < 0 ? -1.0 : 0.0;
}

// The standardised statistic for a shift d, minus zq (R's wdiff).
struct Wdiff
{
    const std::vector<double> &x;
    const std::vector<double> &y;
    bool sigmaZero = false;

    double operator()(double d, double zq)
    {
        const double nx = double(x.size());
        const double ny = double(y.size());
        std::vector<double> all;
        all.reserve(x.size() + y.size());
        for (double v : x)
            all.push_back(v - d);
        all.insert(all.end(), y.begin(), y.end());
        const Ranking r = rank(all);
        double rankSum = 0;
        for (size_t i = 0; i < x.size(); ++i)
            rankSum += r.ranks[i];
        const double dz = rankSum - nx * (nx + 1) / 2 - nx * ny / 2;
        const double correction = sign(dz) * 0.5;
        const double sigma = std::sqrt((nx * ny / 12) * ((nx + ny + 1) - r.tieTerm / ((nx + ny) * (nx + ny - 1))));
        if (sigma == 0) {
            sigmaZero = true;
            return 0;
        }
        return (dz - correction) / sigma - zq;
    }
};
} // namespace

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (p <= 0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1)
        return std::numeric_limits<double>::infinity();
    // Wichura, Algorithm AS 241 (PPND16).
    const double q = p - 0.5;
    double r;
    if (std::fabs(q) <= 0.425) {
        r = 0.180625 - q * q;
        return q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                        + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                     + 133.14166789178437745) * r + 3.387132872796366608)
             / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                 + 42.313330701600911252) * r + 1.0);
    }
    r = q < 0 ? p : 1 - p;
    r = std::sqrt(-std::log(r));
    double value;
    if (r <= 5.0) {
        r -= 1.6;
        value = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                     + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                  + 4.6303378461565452959) * r + 1.42343711074968357734)
              / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                     + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                  + 2.05319162663775882187) * r + 1.0);
    } else {
        r -= 5.0;
        value = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                     + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                  + 5.4637849111641143699) * r + 6.6579046435011037772)
              / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                     + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                  + 0.59983220655588793769) * r + 1.0);
    }
    return q < 0 ? -value : value;
}

double brentRoot(const std::function<double(double)> &f, double a, double b, double fa, double fb, double tolerance,
                 int maxIterations)
{
    // R's zeroin (Brent 1973).
    const double eps = std::numeric_limits<double>::epsilon();
    if (fa == 0)
        return a;
    if (fb == 0)
        return b;
    double c = a;
    double fc = fa;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        const double prevStep = b - a;
        if (std::fabs(fc) < std::fabs(fb)) {
            a = b; b = c; c = a;
            fa = fb; fb = fc; fc = fa;
        }
        const double tolAct = 2 * eps * std::fabs(b) + tolerance / 2;
        double newStep = (c - b) / 2;
        if (std::fabs(newStep) <= tolAct || fb == 0)
            return b;
        if (std::fabs(prevStep) >= tolAct && std::fabs(fa) > std::fabs(fb)) {
            double p;
            double q;
            const double cb = c - b;
            if (a == c) {
                const double t1 = fb / fa;
                p = cb * t1;
                q = 1.0 - t1;
            } else {
                const double qq = fa / fc;
                const double t1 = fb / fc;
                const double t2 = fb / fa;
                p = t2 * (cb * qq * (qq - t1) - (b - a) * (t1 - 1.0));
                q = (qq - 1.0) * (t1 - 1.0) * (t2 - 1.0);
            }
            if (p > 0)
                q = -q;
            else
                p = -p;
            if (p < (0.75 * cb * q - std::fabs(tolAct * q) / 2) && p < std::fabs(prevStep * q / 2))
                newStep = p / q;
        }
        if (std::fabs(newStep) < tolAct)
            newStep = newStep > 0 ? tolAct : -tolAct;
        a = b;
        fa = fb;
        b += newStep;
        fb = f(b);
        if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
            c = a;
            fc = fa;
        }
    }
    return b;
}

double medianPairwiseDifference(const QList<double> &experiment, const QList<double> &control)
{
    std::vector<double> diffs;
    diffs.reserve(size_t(experiment.size()) * size_t(control.size()));
    for (double x : experiment) {
        for (double y : control)
            diffs.push_back(x - y);
    }
    if (diffs.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t mid = diffs.size() / 2;
    std::nth_element(diffs.begin(), diffs.begin() + mid, diffs.end());
    const double upper = diffs[mid];
    if (diffs.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(diffs.begin(), diffs.begin() + mid);
    return (lower + upper) / 2;
}

Result<MannWhitneyResult> test(const QList<double> &experiment, const QList<double> &control, double confidenceLevel)
{
    if (experiment.size() < 1 || control.size() < 1)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the Mann-Whitney test needs data from both versions (canary %1, baseline %2 values)")
                                                     .arg(experiment.size()).arg(control.size()));
    if (!(confidenceLevel > 0 && confidenceLevel < 1))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("confidence level %1 is not between 0 and 1").arg(confidenceLevel));
    for (const QList<double> *series : {&experiment, &control}) {
        for (double v : *series) {
            if (!std::isfinite(v))
                return Error(ErrorCode::InvalidArgument, QStringLiteral("the Mann-Whitney test got a value that is not a finite number"));
        }
    }
    const std::vector<double> x(experiment.begin(), experiment.end());
    const std::vector<double> y(control.begin(), control.end());
    const double nx = double(x.size());
    const double ny = double(y.size());

    MannWhitneyResult out;
    out.nExperiment = int(x.size());
    out.nControl = int(y.size());
    out.confidenceLevel = confidenceLevel;

    std::vector<double> all = x;
    all.insert(all.end(), y.begin(), y.end());
    const Ranking r = rank(all);
    double rankSum = 0;
    for (size_t i = 0; i < x.size(); ++i)
        rankSum += r.ranks[i];
    out.w = rankSum - nx * (nx + 1) / 2;
    const double dz = out.w - nx * ny / 2;
    const double sigma = std::sqrt((nx * ny / 12) * ((nx + ny + 1) - r.tieTerm / ((nx + ny) * (nx + ny - 1))));
    if (sigma == 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("cannot compare versions whose values are all tied"));
    out.z = (dz - sign(dz) * 0.5) / sigma;
    out.pValue = std::min(1.0, 2 * std::min(normalCdf(out.z), normalCdf(-out.z)));

    Wdiff wdiff{x, y};
    const double muMin = *std::min_element(x.begin(), x.end()) - *std::max_element(y.begin(), y.end());
    const double muMax = *std::max_element(x.begin(), x.end()) - *std::min_element(y.begin(), y.end());
    auto root = [&](double zq) {
        const double fLower = wdiff(muMin, zq);
        const double fUpper = wdiff(muMax, zq);
        if (fLower <= 0)
            return muMin;
        if (fUpper >= 0)
            return muMax;
        return brentRoot([&](double d) { return wdiff(d, zq); }, muMin, muMax, fLower, fUpper, 1e-4);
    };
    const double alpha = 1 - confidenceLevel;
    out.ciLow = root(normalQuantile(1 - alpha / 2));
    out.ciHigh = root(normalQuantile(alpha / 2));
    const double f0Lower = wdiff(muMin, 0);
    const double f0Upper = wdiff(muMax, 0);
    if (f0Lower <= 0)
        out.estimate = muMin;
    else if (f0Upper >= 0)
        out.estimate = muMax;
    else
        out.estimate = brentRoot([&](double d) { return wdiff(d, 0); }, muMin, muMax, f0Lower, f0Upper, 1e-4);
    if (wdiff.sigmaZero)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("cannot compute a confidence interval when all observations are tied"));
    return out;
}

} // namespace shipdeck::MannWhitney
