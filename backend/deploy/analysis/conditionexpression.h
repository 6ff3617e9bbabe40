#pragma once

#include "backend/core/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace shipdeck {

// What a measurement produced: one number, or a vector (a Prometheus vector result, one value
// per series). Conditions see it as `result`.
struct MeasurementValue
{
    QList<double> values;
    bool isVector = false;

    static MeasurementValue scalar(double v) { return {{v}, false}; }
    static MeasurementValue vector(QList<double> v) { return {std::move(v), true}; }
    QString toString() const;
};

// A success/failure condition such as `result < 0.02` or `result[0] >= 0.95 && len(result) == 1`.
// A small expression language in the spirit of the expr-lang conditions Argo Rollouts uses:
// numbers, `result`, `result[i]`, arithmetic (+ - * / %), comparisons (< <= > >= == !=),
// `&&`/`and`, `||`/`or`, `!`/`not`, parentheses, and the functions len, isNaN, isInf, abs,
// min, max, sum, avg and default(x, fallback). A one-element vector compares like a number.
// Grammar and semantics: docs/analysis.md.
class ConditionExpression
{
public:
    struct Node;

    static Result<ConditionExpression> parse(const QString &text);
    // Evaluates to true or false; an error (index out of range, a vector where a number is
    // needed, a non-boolean result) makes the measurement an Error, as in Argo Rollouts.
    Result<bool> evaluate(const MeasurementValue &result) const;
    const QString &text() const { return m_text; }

private:
    ConditionExpression(QString text, std::shared_ptr<const Node> root);
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace shipdeck
