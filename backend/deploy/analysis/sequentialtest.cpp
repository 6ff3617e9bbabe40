#include "backend/deploy/analysis/sequentialtest.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace shipdeck {

ErrorCounts &ErrorCounts::operator+=(const ErrorCounts &o)
{
    canaryRequests += o.canaryRequests;
    canaryErrors += o.canaryErrors;
    baselineRequests += o.baselineRequests;
    baselineErrors += o.baselineErrors;
    return *this;
}

SequentialErrorTest::SequentialErrorTest(double alpha, QList<double> effects)
    : m_alpha(std::clamp(alpha, 1e-12, 0.5)), m_effects(std::move(effects))
{
    m_effects.removeIf([](double e) { return !(e > 1.0) || !std::isfinite(e); });
    if (m_effects.isEmpty())
        m_effects = {2.0, 3.0, 5.0, 8.0};
    m_logLr = QList<double>(m_effects.size(), 0.0);
}

void SequentialErrorTest::add(const ErrorCounts &look)
{
    if (m_rejected)
        return; // stopped: the numbers stay those of the decision
    ++m_looks;
    m_totals += look;
    const double nc = std::max(0.0, look.canaryRequests);
    const double nb = std::max(0.0, look.baselineRequests);
    const double xc = std::clamp(look.canaryErrors, 0.0, nc);
    const double xb = std::clamp(look.baselineErrors, 0.0, nb);
    const double k = xc + xb;
    if (nc <= 0 || nb <= 0 || k <= 0)
        return; // a look without both versions or without errors carries no evidence
    const double s = nc / (nc + nb);
    for (int i = 0; i < m_effects.size(); ++i) {
        const double psi = m_effects.at(i);
        const double pi = psi * s / (psi * s + 1 - s);
        m_logLr[i] += xc * std::log(pi / s) + (k - xc) * std::log((1 - pi) / (1 - s));
    }
    const double logLambda = logLikelihoodRatio();
    m_pValue = std::min(m_pValue, std::min(1.0, std::exp(-logLambda)));
    if (logLambda >= bound())
        m_rejected = true;
}

double SequentialErrorTest::logLikelihoodRatio() const
{
    // log(sum_k w_k exp(l_k)) with equal weights, computed stably.
    const double top = *std::max_element(m_logLr.begin(), m_logLr.end());
    double acc = 0;
    for (double l : m_logLr)
        acc += std::exp(l - top);
    return top + std::log(acc / m_logLr.size());
}

double SequentialErrorTest::bound() const
{
    return std::log(1.0 / m_alpha);
}

double SequentialErrorTest::leadingEffect() const
{
    const auto it = std::max_element(m_logLr.begin(), m_logLr.end());
    return m_effects.at(int(it - m_logLr.begin()));
}

QJsonObject SequentialErrorTest::toJson() const
{
    QJsonArray effects;
    for (double e : m_effects)
        effects.append(e);
    const double canaryRate = m_totals.canaryRequests > 0 ? m_totals.canaryErrors / m_totals.canaryRequests : 0;
    const double baselineRate = m_totals.baselineRequests > 0 ? m_totals.baselineErrors / m_totals.baselineRequests : 0;
    return {{QStringLiteral("method"), QStringLiteral("mixture-sprt")},
            {QStringLiteral("alpha"), m_alpha},
            {QStringLiteral("effects"), effects},
            {QStringLiteral("looks"), m_looks},
            {QStringLiteral("canaryRequests"), m_totals.canaryRequests},
            {QStringLiteral("canaryErrors"), m_totals.canaryErrors},
            {QStringLiteral("canaryErrorRate"), canaryRate},
            {QStringLiteral("baselineRequests"), m_totals.baselineRequests},
            {QStringLiteral("baselineErrors"), m_totals.baselineErrors},
            {QStringLiteral("baselineErrorRate"), baselineRate},
            {QStringLiteral("logLikelihoodRatio"), logLikelihoodRatio()},
            {QStringLiteral("bound"), bound()},
            {QStringLiteral("alwaysValidPValue"), m_pValue},
            {QStringLiteral("leadingEffect"), leadingEffect()},
            {QStringLiteral("regression"), m_rejected}};
}

QString SequentialErrorTest::summary() const
{
    const double canaryRate = m_totals.canaryRequests > 0 ? 100 * m_totals.canaryErrors / m_totals.canaryRequests : 0;
    const double baselineRate = m_totals.baselineRequests > 0 ? 100 * m_totals.baselineErrors / m_totals.baselineRequests : 0;
    const QString numbers = QStringLiteral("error rate %1 % (%2 of %3) vs %4 % (%5 of %6)")
                                .arg(canaryRate, 0, 'f', 2).arg(m_totals.canaryErrors).arg(m_totals.canaryRequests)
                                .arg(baselineRate, 0, 'f', 2).arg(m_totals.baselineErrors).arg(m_totals.baselineRequests);
    if (m_rejected) {
        return QStringLiteral("%1 · log-LR %2 ≥ bound %3 · regression (always-valid p = %4)")
            .arg(numbers).arg(logLikelihoodRatio(), 0, 'f', 2).arg(bound(), 0, 'f', 2).arg(m_pValue, 0, 'g', 3);
    }
    return QStringLiteral("%1 · log-LR %2 of bound %3 · no regression yet")
        .arg(numbers).arg(logLikelihoodRatio(), 0, 'f', 2).arg(bound(), 0, 'f', 2);
}

} // namespace shipdeck
