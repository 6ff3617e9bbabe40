#include "strategicmerge.h"

#include "apierror.h"
#include "jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shipdeck::kubetest {

namespace {
const QString kPatch = QStringLiteral("$patch");
const QString kRetainKeys = QStringLiteral("$retainKeys");
const QString kSetOrder = QStringLiteral("$setElementOrder/");
const QString kDeletePrimitive = QStringLiteral("$deleteFromPrimitiveList/");

struct FieldStrategy
{
    bool merge = false;
    bool retainKeys = false;
    QString mergeKey;
};

// Merge keys of the core and apps types, for kinds without an OpenAPI schema (batch, networking,
// Gateway API ...) that embed them.
FieldStrategy fallbackStrategy(const QString &field, const QString &parent)
{
    static const QHash<QString, QString> keys{
        {QStringLiteral("containers"), QStringLiteral("name")},
        {QStringLiteral("initContainers"), QStringLiteral("name")},
        {QStringLiteral("ephemeralContainers"), QStringLiteral("name")},
        {QStringLiteral("env"), QStringLiteral("name")},
        {QStringLiteral("volumes"), QStringLiteral("name")},
        {QStringLiteral("volumeMounts"), QStringLiteral("mountPath")},
        {QStringLiteral("volumeDevices"), QStringLiteral("devicePath")},
        {QStringLiteral("imagePullSecrets"), QStringLiteral("name")},
        {QStringLiteral("ownerReferences"), QStringLiteral("uid")},
        {QStringLiteral("conditions"), QStringLiteral("type")},
        {QStringLiteral("hostAliases"), QStringLiteral("ip")},
        {QStringLiteral("topologySpreadConstraints"), QStringLiteral("topologyKey")},
    };
    FieldStrategy s;
    if (field == QLatin1String("ports")) {
        s.merge = true;
        s.mergeKey = parent == QLatin1String("spec") ? QStringLiteral("port") : QStringLiteral("containerPort");
    } else if (field == QLatin1String("finalizers")) {
        s.merge = true;
    } else if (keys.contains(field)) {
        s.merge = true;
        s.mergeKey = keys.value(field);
    }
    s.retainKeys = field == QLatin1String("volumes");
    return s;
}

FieldStrategy strategyFor(const SchemaNode &schema, const QString &field, const QString &parentField)
{
    if (schema.isNull())
        return fallbackStrategy(field, parentField);
    FieldStrategy s;
    const QString strategy = schema.patchStrategy(field);
    s.merge = strategy.split(QLatin1Char(',')).contains(QStringLiteral("merge"));
    s.retainKeys = strategy.split(QLatin1Char(',')).contains(QStringLiteral("retainKeys"));
    s.mergeKey = schema.patchMergeKey(field);
    return s;
}

QJsonValue strip(const QJsonValue &value);

QJsonObject stripObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('$')))
            continue;
        if (!it.value().isNull())
            out.insert(it.key(), strip(it.value()));
    }
    return out;
}

QJsonValue strip(const QJsonValue &value)
{
    if (value.isObject())
        return stripObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray()) {
            if (v.isObject() && v.toObject().value(kPatch).toString() == QLatin1String("delete"))
                continue;
            out.append(strip(v));
        }
        return out;
    }
    return value;
}

Result<QJsonValue> mergeObject(const QJsonObject &original, const QJsonObject &patch, const SchemaNode &schema, const QString &field);

QJsonValue keyOf(const QJsonValue &item, const QString &mergeKey)
{
    return item.toObject().value(mergeKey);
}

Result<QJsonArray> mergeList(const QJsonArray &original, const QJsonArray &patch, const FieldStrategy &strategy,
                             const SchemaNode &itemSchema, const QJsonArray &order, const QString &field)
{
    const bool primitives = strategy.mergeKey.isEmpty();
    for (const auto &p : patch) {
        if (p.isObject() && p.toObject().value(kPatch).toString() == QLatin1String("replace")) {
            QJsonArray replaced;
            for (const auto &q : patch) {
                if (!(q.isObject() && q.toObject().contains(kPatch)))
                    replaced.append(strip(q));
            }
            return replaced;
        }
    }
    QJsonArray result = original;
    if (primitives) {
        for (const auto &p : patch) {
            if (!result.contains(p))
                result.append(p);
        }
    } else {
        for (const auto &p : patch) {
            if (!p.isObject())
                return invalid(QStringLiteral("StrategicMergePatch"), field,
                               {fieldCause(QStringLiteral("FieldValueInvalid"), field,
                                           QStringLiteral("list %1 merges by \"%2\" but an element is not an object").arg(field, strategy.mergeKey))});
            const QJsonObject element = p.toObject();
            const QJsonValue key = element.value(strategy.mergeKey);
            if (key.isUndefined())
                return badRequest(QStringLiteral("map: %1 does not contain declared merge key: %2")
                                      .arg(QString::fromUtf8(QJsonDocument(element).toJson(QJsonDocument::Compact)), strategy.mergeKey));
            qsizetype found = -1;
            for (qsizetype i = 0; i < result.size(); ++i) {
                if (keyOf(result.at(i), strategy.mergeKey) == key) {
                    found = i;
                    break;
                }
            }
            if (element.value(kPatch).toString() == QLatin1String("delete")) {
                if (found >= 0)
                    result.removeAt(found);
                continue;
            }
            SD_TRY(QJsonValue merged, mergeObject(found >= 0 ? result.at(found).toObject() : QJsonObject{}, element, itemSchema, field));
            if (found >= 0)
                result[found] = merged;
            else
                result.append(merged);
        }
    }
    if (!order.isEmpty()) {
        auto rank = [&](const QJsonValue &item) -> qsizetype {
            for (qsizetype i = 0; i < order.size(); ++i) {
                const QJsonValue wanted = primitives ? order.at(i) : keyOf(order.at(i), strategy.mergeKey);
                if ((primitives ? item : keyOf(item, strategy.mergeKey)) == wanted)
                    return i;
            }
            return order.size();
        };
        QList<QJsonValue> items(result.begin(), result.end());
        std::stable_sort(items.begin(), items.end(), [&](const QJsonValue &a, const QJsonValue &b) { return rank(a) < rank(b); });
        result = QJsonArray();
        for (const auto &v : items)
            result.append(v);
    }
    return result;
}

// Returns Null when the patch deletes the whole object.
Result<QJsonValue> mergeObject(const QJsonObject &original, const QJsonObject &patch, const SchemaNode &schema, const QString &field)
{
    const QString directive = patch.value(kPatch).toString();
    if (directive == QLatin1String("delete"))
        return QJsonValue(QJsonValue::Null);
    if (!directive.isEmpty() && directive != QLatin1String("replace") && directive != QLatin1String("merge"))
        return badRequest(QStringLiteral("unknown patch type: %1 in map: %2").arg(directive, field));
    QJsonObject result = directive == QLatin1String("replace") ? QJsonObject{} : original;
    if (patch.contains(kRetainKeys)) {
        const QJsonArray keep = patch.value(kRetainKeys).toArray();
        for (const QString &key : result.keys()) {
            if (!keep.contains(QJsonValue(key)) && !patch.contains(key))
                result.remove(key);
        }
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key().startsWith(kDeletePrimitive)) {
            const QString list = it.key().mid(kDeletePrimitive.size());
            QJsonArray values = result.value(list).toArray();
            for (const auto &v : it.value().toArray())
                values = withoutValue(values, v);
            result.insert(list, values);
        }
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(QLatin1Char('$')))
            continue;
        const QJsonValue value = it.value();
        if (value.isNull()) {
            result.remove(key);
            continue;
        }
        const SchemaNode child = schema.property(key);
        if (value.isObject()) {
            const QJsonValue existing = result.value(key);
            SD_TRY(QJsonValue merged, mergeObject(existing.isObject() ? existing.toObject() : QJsonObject{}, value.toObject(), child, key));
            if (merged.isNull())
                result.remove(key);
            else
                result.insert(key, merged);
            continue;
        }
        if (value.isArray()) {
            const FieldStrategy strategy = strategyFor(schema, key, field);
            if (strategy.merge) {
                const QJsonArray order = patch.value(kSetOrder + key).toArray();
                SD_TRY(QJsonArray merged, mergeList(result.value(key).toArray(), value.toArray(), strategy, child.items(), order, key));
                // Built-in types go through Go structs with omitempty: an emptied list disappears.
                if (merged.isEmpty())
                    result.remove(key);
                else
                    result.insert(key, merged);
                continue;
            }
            result.insert(key, strip(value));
            continue;
        }
        result.insert(key, value);
    }
    return QJsonValue(result);
}
} // namespace

Result<QJsonObject> StrategicMerge::apply(const QJsonObject &original, const QJsonObject &patch, const SchemaNode &schema)
{
    SD_TRY(QJsonValue merged, mergeObject(original, patch, schema, QString()));
    if (merged.isNull())
        return badRequest(QStringLiteral("a strategic merge patch may not delete the whole object"));
    return merged.toObject();
}

} // namespace shipdeck::kubetest
