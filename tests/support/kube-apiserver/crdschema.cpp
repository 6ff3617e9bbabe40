#include "crdschema.h"

#include "apierror.h"

namespace shipdeck::kubetest {

namespace {
QString typeOf(const QJsonValue &v)
{
    if (v.isString())
        return QStringLiteral("string");
    if (v.isBool())
        return QStringLiteral("boolean");
    if (v.isDouble())
        return double(v.toInteger()) == v.toDouble() ? QStringLiteral("integer") : QStringLiteral("number");
    if (v.isArray())
        return QStringLiteral("array");
    if (v.isObject())
        return QStringLiteral("object");
    return QStringLiteral("null");
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("\"%1\"").arg(typeOf(v));
}
} // namespace

QJsonArray CrdSchema::validate(const QJsonObject &schema, QJsonObject &object)
{
    QJsonArray causes;
    QJsonValue value = object;
    check(schema, value, QString(), causes, true);
    object = value.toObject();
    return causes;
}

void CrdSchema::check(const QJsonObject &schema, QJsonValue &value, const QString &path, QJsonArray &causes, bool root)
{
    if (schema.isEmpty())
        return;
    const QString where = path.isEmpty() ? QStringLiteral("<root>") : path;
    if (value.isNull()) {
        if (!schema.value(QLatin1String("nullable")).toBool() && !root)
            value = QJsonValue(QJsonValue::Undefined);
        return;
    }
    const QString actual = typeOf(value);
    QString expected = schema.value(QLatin1String("type")).toString();
    if (schema.value(QLatin1String("x-kubernetes-int-or-string")).toBool()) {
        if (actual != QLatin1String("integer") && actual != QLatin1String("string"))
            causes.append(fieldCause(QStringLiteral("FieldValueTypeInvalid"), where,
                                     QStringLiteral("Invalid value: %1: %2 in body must be of type integer-or-string: %3").arg(shown(value), where, shown(actual))));
        return;
    }
    const bool numberOk = expected == QLatin1String("number") && actual == QLatin1String("integer");
    if (!expected.isEmpty() && expected != actual && !numberOk) {
        causes.append(fieldCause(QStringLiteral("FieldValueTypeInvalid"), where,
                                 QStringLiteral("Invalid value: %1: %2 in body must be of type %3: \"%4\"").arg(shown(value), where, expected, actual)));
        return;
    }
    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty() && !enumValues.contains(value)) {
        QStringList allowed;
        for (const auto &e : enumValues)
            allowed.append(shown(e));
        causes.append(fieldCause(QStringLiteral("FieldValueNotSupported"), where,
                                 QStringLiteral("Unsupported value: %1: supported values: %2").arg(shown(value), allowed.join(QStringLiteral(", ")))));
    }
    if (value.isDouble()) {
        if (schema.contains(QLatin1String("minimum")) && value.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
            causes.append(fieldCause(QStringLiteral("FieldValueInvalid"), where,
                                     QStringLiteral("Invalid value: %1: %2 in body should be greater than or equal to %3")
                                         .arg(shown(value), where).arg(schema.value(QLatin1String("minimum")).toDouble())));
        if (schema.contains(QLatin1String("maximum")) && value.toDouble() > schema.value(QLatin1String("maximum")).toDouble())
            causes.append(fieldCause(QStringLiteral("FieldValueInvalid"), where,
                                     QStringLiteral("Invalid value: %1: %2 in body should be less than or equal to %3")
                                         .arg(shown(value), where).arg(schema.value(QLatin1String("maximum")).toDouble())));
    }
    if (value.isArray()) {
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            check(items, item, QStringLiteral("%1[%2]").arg(path).arg(i), causes, false);
            array[i] = item.isUndefined() ? QJsonValue(QJsonValue::Null) : item;
        }
        value = array;
        return;
    }
    if (!value.isObject())
        return;
    QJsonObject object = value.toObject();
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    const bool preserve = schema.value(QLatin1String("x-kubernetes-preserve-unknown-fields")).toBool();
    for (const auto &r : schema.value(QLatin1String("required")).toArray()) {
        if (!object.contains(r.toString()))
            causes.append(fieldCause(QStringLiteral("FieldValueRequired"), path.isEmpty() ? r.toString() : path + QLatin1Char('.') + r.toString(),
                                     QStringLiteral("Required value")));
    }
    for (const QString &key : object.keys()) {
        const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (root && (key == QLatin1String("metadata") || key == QLatin1String("apiVersion") || key == QLatin1String("kind")))
            continue;
        QJsonValue child = object.value(key);
        if (properties.contains(key)) {
            check(properties.value(key).toObject(), child, childPath, causes, false);
        } else if (additional.isObject()) {
            check(additional.toObject(), child, childPath, causes, false);
        } else if (!preserve && !(additional.isBool() && additional.toBool())) {
            child = QJsonValue(QJsonValue::Undefined); // pruned
        }
        if (child.isUndefined())
            object.remove(key);
        else
            object.insert(key, child);
    }
    value = object;
}

} // namespace shipdeck::kubetest
