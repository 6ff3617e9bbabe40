#include "backend/kube/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shipdeck {

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default: return QString();
    }
}

} // namespace

Result<JsonPath> JsonPath::compile(const QString &expressionIn)
{
    QString e = expressionIn.trimmed();
    if (e.startsWith(QLatin1Char('{')) && e.endsWith(QLatin1Char('}')))
        e = e.mid(1, e.size() - 2);
    if (e.startsWith(QLatin1Char('$')))
        e = e.mid(1);
    JsonPath path;
    int i = 0;
    auto bad = [&](const QString &why) {
        return Error(ErrorCode::Parse, QStringLiteral("JSONPath \"%1\": %2 at position %3").arg(expressionIn, why).arg(i));
    };
    while (i < e.size()) {
        const QChar c = e.at(i);
        if (c == QLatin1Char('.')) {
            ++i;
            int start = i;
            while (i < e.size() && e.at(i) != QLatin1Char('.') && e.at(i) != QLatin1Char('['))
                ++i;
            if (i == start)
                return bad(QStringLiteral("empty field name"));
            path.m_steps.append({Step::Field, e.mid(start, i - start), 0, {}});
        } else if (c == QLatin1Char('[')) {
            const int close = e.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return bad(QStringLiteral("unclosed ["));
            const QString inner = e.mid(i + 1, close - i - 1).trimmed();
            if (inner == QLatin1String("*")) {
                path.m_steps.append({Step::All, {}, 0, {}});
            } else if (inner.startsWith(QLatin1String("?(@.")) && inner.endsWith(QLatin1Char(')'))) {
                const QString cond = inner.mid(4, inner.size() - 5);
                const int eq = cond.indexOf(QLatin1String("=="));
                if (eq < 0)
                    return bad(QStringLiteral("only == filters are supported"));
                QString value = cond.mid(eq + 2).trimmed();
                if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
                    value = value.mid(1, value.size() - 2);
                path.m_steps.append({Step::Filter, cond.left(eq).trimmed(), 0, value});
            } else if (inner.startsWith(QLatin1Char('\'')) || inner.startsWith(QLatin1Char('"'))) {
                if (inner.size() < 2)
                    return bad(QStringLiteral("unterminated quoted key"));
                path.m_steps.append({Step::Field, inner.mid(1, inner.size() - 2), 0, {}});
            } else {
                bool ok = false;
                const int index = inner.toInt(&ok);
                if (!ok)
                    return bad(QStringLiteral("unsupported subscript \"%1\"").arg(inner));
                path.m_steps.append({Step::Index, {}, index, {}});
            }
            i = close + 1;
        } else {
            return bad(QStringLiteral("unexpected '%1'").arg(c));
        }
    }
    return path;
}

QList<QJsonValue> JsonPath::evaluate(const QJsonValue &root) const
{
    QList<QJsonValue> current{root};
    for (const Step &step : m_steps) {
        QList<QJsonValue> next;
        for (const QJsonValue &v : std::as_const(current)) {
            switch (step.kind) {
            case Step::Field:
                if (v.isObject() && v.toObject().contains(step.name))
                    next.append(v.toObject().value(step.name));
                break;
            case Step::Index: {
                const QJsonArray a = v.toArray();
                const int idx = step.index < 0 ? a.size() + step.index : step.index;
                if (idx >= 0 && idx < a.size())
                    next.append(a.at(idx));
                break;
            }
            case Step::All:
                if (v.isArray()) {
                    for (const auto &item : v.toArray())
                        next.append(item);
                } else if (v.isObject()) {
                    for (const auto &item : v.toObject())
                        next.append(item);
                }
                break;
            case Step::Filter:
                for (const auto &item : v.toArray()) {
                    if (scalarText(item.toObject().value(step.name)) == step.value)
                        next.append(item);
                }
                break;
            }
        }
        current = std::move(next);
    }
    return current;
}

QString JsonPath::text(const QJsonValue &root) const
{
    QStringList parts;
    for (const auto &v : evaluate(root))
        parts.append(scalarText(v));
    return parts.join(QLatin1Char(','));
}

} // namespace shipdeck
