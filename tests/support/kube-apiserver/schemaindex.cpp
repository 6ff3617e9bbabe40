#include "schemaindex.h"

#include <QJsonArray>

namespace shipdeck::kubetest {

namespace {
QString kindKey(const QString &group, const QString &version, const QString &kind)
{
    return group + QLatin1Char('/') + version + QLatin1Char('/') + kind;
}

QString refName(const QJsonObject &schema)
{
    QString ref = schema.value(QLatin1String("$ref")).toString();
    if (ref.isEmpty()) {
        const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
        if (allOf.size() == 1)
            ref = allOf.first().toObject().value(QLatin1String("$ref")).toString();
    }
    const QString prefix = QStringLiteral("#/components/schemas/");
    return ref.startsWith(prefix) ? ref.mid(prefix.size()) : QString();
}
} // namespace

SchemaNode::SchemaNode(const SchemaIndex *index, QJsonObject schema)
    : m_index(index), m_schema(index ? index->resolve(schema) : QJsonObject{})
{
}

SchemaNode SchemaNode::property(const QString &name) const
{
    if (isNull())
        return {};
    const QJsonValue p = m_schema.value(QLatin1String("properties")).toObject().value(name);
    if (p.isObject())
        return SchemaNode(m_index, p.toObject());
    const QJsonValue additional = m_schema.value(QLatin1String("additionalProperties"));
    if (additional.isObject())
        return SchemaNode(m_index, additional.toObject());
    return {};
}

SchemaNode SchemaNode::items() const
{
    if (isNull() || !m_schema.value(QLatin1String("items")).isObject())
        return {};
    return SchemaNode(m_index, m_schema.value(QLatin1String("items")).toObject());
}

SchemaNode SchemaNode::additionalProperties() const
{
    if (isNull() || !m_schema.value(QLatin1String("additionalProperties")).isObject())
        return {};
    return SchemaNode(m_index, m_schema.value(QLatin1String("additionalProperties")).toObject());
}

QString SchemaNode::patchStrategy(const QString &property) const
{
    return m_schema.value(QLatin1String("properties")).toObject().value(property).toObject()
        .value(QLatin1String("x-kubernetes-patch-strategy")).toString();
}

QString SchemaNode::patchMergeKey(const QString &property) const
{
    return m_schema.value(QLatin1String("properties")).toObject().value(property).toObject()
        .value(QLatin1String("x-kubernetes-patch-merge-key")).toString();
}

bool SchemaNode::preservesUnknownFields() const
{
    return m_schema.value(QLatin1String("x-kubernetes-preserve-unknown-fields")).toBool();
}

void SchemaNode::unknownFields(const QJsonValue &value, const QString &path, QStringList *out) const
{
    if (isNull() || preservesUnknownFields() || m_schema.value(QLatin1String("x-kubernetes-embedded-resource")).toBool())
        return;
    auto join = [&](const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = m_schema.value(QLatin1String("properties")).toObject();
        const SchemaNode additional = additionalProperties();
        if (properties.isEmpty() && additional.isNull())
            return; // free-form (RawExtension, IntOrString ...)
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                property(it.key()).unknownFields(it.value(), join(it.key()), out);
            else if (!additional.isNull())
                additional.unknownFields(it.value(), join(it.key()), out);
            else if (!(path.isEmpty() && (it.key() == QLatin1String("apiVersion") || it.key() == QLatin1String("kind"))))
                out->append(join(it.key()));
        }
    } else if (value.isArray()) {
        const SchemaNode item = items();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            item.unknownFields(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
    }
}

void SchemaIndex::addDocument(const QJsonObject &openApiDocument)
{
    const QJsonObject schemas = openApiDocument.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        const QJsonObject schema = it.value().toObject();
        m_components.insert(it.key(), schema);
        const QJsonArray gvks = schema.value(QLatin1String("x-kubernetes-group-version-kind")).toArray();
        for (const auto &g : gvks) {
            const QJsonObject gvk = g.toObject();
            m_byKind.insert(kindKey(gvk.value(QLatin1String("group")).toString(), gvk.value(QLatin1String("version")).toString(),
                                    gvk.value(QLatin1String("kind")).toString()),
                            it.key());
        }
    }
}

QString SchemaIndex::componentName(const QString &group, const QString &version, const QString &kind)
{
    // The API server names CRD schemas by the reversed group: argoproj.io -> io.argoproj.
    QStringList parts = group.split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.')) + QLatin1Char('.') + version + QLatin1Char('.') + kind;
}

void SchemaIndex::addCustomSchema(const QString &group, const QString &version, const QString &kind, const QJsonObject &schema)
{
    const QString name = componentName(group, version, kind);
    QJsonObject s = schema;
    s.insert(QStringLiteral("x-kubernetes-group-version-kind"),
             QJsonArray{QJsonObject{{QStringLiteral("group"), group}, {QStringLiteral("version"), version}, {QStringLiteral("kind"), kind}}});
    m_components.insert(name, s);
    m_byKind.insert(kindKey(group, version, kind), name);
}

void SchemaIndex::removeCustomSchema(const QString &group, const QString &version, const QString &kind)
{
    m_components.remove(componentName(group, version, kind));
    m_byKind.remove(kindKey(group, version, kind));
}

SchemaNode SchemaIndex::forKind(const QString &group, const QString &version, const QString &kind) const
{
    const auto it = m_byKind.constFind(kindKey(group, version, kind));
    if (it == m_byKind.constEnd())
        return {};
    return SchemaNode(this, m_components.value(*it));
}

QJsonObject SchemaIndex::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int depth = 0; depth < 8; ++depth) {
        const QString name = refName(current);
        if (name.isEmpty())
            return current;
        current = m_components.value(name);
    }
    return current;
}

} // namespace shipdeck::kubetest
