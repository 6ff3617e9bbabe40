#pragma once

#include <QJsonObject>
#include <QList>

namespace shipdeck {

// Requests and errors of the canary and the baseline (the stable version) in one look.
struct ErrorCounts
{
    double canaryRequests = 0;
    double canaryErrors = 0;
    double baselineRequests = 0;
    double baselineErrors = 0;

    ErrorCounts &operator+=(const ErrorCounts &o);
};

// A sequential test of "the canary's error rate is higher than the baseline's" that may be
// looked at after every interval and stop as soon as the evidence is strong enough, with the
// probability of ever raising a false alarm bounded by alpha (docs/analysis.md).
//
// Model: within one look, canary errors and baseline errors are Poisson with rates
// proportional to each version's requests. Conditional on the K errors of the look, the
// canary's share is Binomial(K, pi) with pi = s under "no regression" (s = canary's share of
// requests) and pi = psi*s/(psi*s + 1 - s) when the canary's error odds are psi times the
// baseline's. The statistic is the mixture likelihood ratio Lambda = sum_k w_k prod_t LR_t(psi_k)
// over a grid of effects psi_k > 1 with equal weights. Under no regression (psi <= 1) Lambda is a
// non-negative supermartingale with mean <= 1, so by Ville's inequality
// P(sup_t Lambda_t >= 1/alpha) <= alpha, whatever the traffic and however long it runs.
class SequentialErrorTest
{
public:
    explicit SequentialErrorTest(double alpha = 0.01, QList<double> effects = {2.0, 3.0, 5.0, 8.0});

    void add(const ErrorCounts &look);

    double alpha() const { return m_alpha; }
    const QList<double> &effects() const { return m_effects; }
    int looks() const { return m_looks; }
    const ErrorCounts &totals() const { return m_totals; }
    double logLikelihoodRatio() const;
    double bound() const; // log(1/alpha)
    // True once Lambda has reached 1/alpha; stays true (the test has stopped).
    bool rejected() const { return m_rejected; }
    // min over looks of 1/Lambda, capped at 1: an always-valid p-value.
    double alwaysValidPValue() const { return m_pValue; }
    // The effect (error-odds ratio) that best explains the data so far.
    double leadingEffect() const;

    QJsonObject toJson() const;
    // A sentence for people, e.g. "error rate 5.1 % vs 1.0 % · log-LR 4.8 ≥ bound 4.6 · regression".
    QString summary() const;

private:
    double m_alpha;
    QList<double> m_effects;
    QList<double> m_logLr; // per effect
    ErrorCounts m_totals;
    int m_looks = 0;
    bool m_rejected = false;
    double m_pValue = 1.0;
};

} // namespace shipdeck
