#include "models/clusters/kubeselector.h"

#include <QJsonArray>
#include <QStringList>

namespace shipdeck::KubeSelector {

namespace {
QString objectName(const QJsonObject &object)
{
    const QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    const QString kind = object.value(QLatin1String("kind")).toString();
    return QStringLiteral("%1 %2").arg(kind.isEmpty() ? QStringLiteral("object") : kind, meta.value(QLatin1String("name")).toString());
}
} // namespace

Result<QString> fromLabelSelector(const QJsonObject &selector)
{
    QStringList parts;
    const QJsonObject labels = selector.value(QLatin1String("matchLabels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value().toString());
    for (const auto &e : selector.value(QLatin1String("matchExpressions")).toArray()) {
        const QJsonObject expr = e.toObject();
        const QString key = expr.value(QLatin1String("key")).toString();
        const QString op = expr.value(QLatin1String("operator")).toString();
        QStringList values;
        for (const auto &v : expr.value(QLatin1String("values")).toArray())
            values.append(v.toString());
        if (key.isEmpty())
            return Error(ErrorCode::Validation, QStringLiteral("a matchExpressions entry has no key"));
        if (op == QLatin1String("In") || op == QLatin1String("NotIn")) {
            if (values.isEmpty())
                return Error(ErrorCode::Validation, QStringLiteral("matchExpressions %1 %2 needs values").arg(key, op));
            parts.append(QStringLiteral("%1 %2 (%3)").arg(key, op == QLatin1String("In") ? QStringLiteral("in") : QStringLiteral("notin"),
                                                          values.join(QLatin1Char(','))));
        } else if (op == QLatin1String("Exists")) {
            parts.append(key);
        } else if (op == QLatin1String("DoesNotExist")) {
            parts.append(QLatin1Char('!') + key);
        } else {
            return Error(ErrorCode::Validation, QStringLiteral("matchExpressions %1: unknown operator \"%2\"").arg(key, op));
        }
    }
    return parts.join(QLatin1Char(','));
}

Result<QString> podsOf(const QJsonObject &object)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QJsonValue selector = spec.value(QLatin1String("selector"));
    Result<QString> text = QString();
    if (kind == QLatin1String("Service")) {
        QStringList parts;
        const QJsonObject map = selector.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            parts.append(it.key() + QLatin1Char('=') + it.value().toString());
        text = parts.join(QLatin1Char(','));
    } else if (kind == QLatin1String("CronJob")) {
        return Error(ErrorCode::Unsupported, QStringLiteral("%1 runs its pods through Jobs: open the logs of one of its Jobs").arg(objectName(object)));
    } else if (selector.isObject()) {
        text = fromLabelSelector(selector.toObject());
        if (!text)
            return std::move(text).error().withContext(QStringLiteral("reading the selector of %1").arg(objectName(object)));
    } else {
        return Error(ErrorCode::Unsupported, QStringLiteral("%1 has no pod selector").arg(objectName(object)));
    }
    if (text->isEmpty())
        return Error(ErrorCode::Validation, QStringLiteral("%1 has an empty selector, which would match every pod of the namespace").arg(objectName(object)));
    return text;
}

} // namespace shipdeck::KubeSelector
