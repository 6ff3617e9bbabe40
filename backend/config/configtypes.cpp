#include "backend/config/configtypes.h"

namespace shipdeck {

namespace {
QJsonValue side(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonObject{{QStringLiteral("absent"), true}})
                           : QJsonValue(QJsonObject{{QStringLiteral("value"), v}});
}
QJsonValue unside(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return o.value(QStringLiteral("absent")).toBool() || !o.contains(QStringLiteral("value"))
               ? QJsonValue(QJsonValue::Undefined) : o.value(QStringLiteral("value"));
}
} // namespace

QJsonObject ConfigValue::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("found"), found},
            {QStringLiteral("value"), value},
            {QStringLiteral("layer"), layer},
            {QStringLiteral("file"), file},
            {QStringLiteral("line"), line},
            {QStringLiteral("column"), column}};
}

QJsonObject ConfigIssue::toJson() const
{
    return {{QStringLiteral("severity"), severity},
            {QStringLiteral("source"), source},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("key"), key},
            {QStringLiteral("file"), file},
            {QStringLiteral("line"), line},
            {QStringLiteral("column"), column},
            {QStringLiteral("message"), message}};
}

QString ConfigIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString text = QStringLiteral("%1: %2").arg(where, message);
    if (!environment.isEmpty())
        text += QStringLiteral(" [%1]").arg(environment);
    return text;
}

QJsonObject ConfigConflict::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("key"), key},
            {QStringLiteral("base"), side(base)},
            {QStringLiteral("ours"), side(ours)},
            {QStringLiteral("theirs"), side(theirs)},
            {QStringLiteral("resolution"), resolution},
            {QStringLiteral("resolvedValue"), side(resolvedValue)}};
}

ConfigConflict ConfigConflict::fromJson(const QJsonObject &json)
{
    ConfigConflict c;
    c.file = json.value(QStringLiteral("file")).toString();
    c.key = json.value(QStringLiteral("key")).toString();
    c.base = unside(json.value(QStringLiteral("base")));
    c.ours = unside(json.value(QStringLiteral("ours")));
    c.theirs = unside(json.value(QStringLiteral("theirs")));
    c.resolution = json.value(QStringLiteral("resolution")).toString();
    c.resolvedValue = unside(json.value(QStringLiteral("resolvedValue")));
    return c;
}

QJsonObject ConfigDraft::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("key"), key},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("before"), side(before)},
            {QStringLiteral("after"), side(after)}};
}

} // namespace shipdeck
