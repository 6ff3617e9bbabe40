#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shipdeck::kubetest {

class SchemaIndex;

// A position in an OpenAPI v3 schema, with $ref / allOf references followed. A null node means
// "no schema known here": callers fall back to permissive behaviour.
class SchemaNode
{
public:
    SchemaNode() = default;
    SchemaNode(const SchemaIndex *index, QJsonObject schema);

    bool isNull() const { return !m_index; }
    SchemaNode property(const QString &name) const;
    SchemaNode items() const;
    SchemaNode additionalProperties() const;
    // x-kubernetes-patch-strategy / -merge-key of a property (they sit on the referencing field).
    QString patchStrategy(const QString &property) const;
    QString patchMergeKey(const QString &property) const;
    bool hasProperties() const { return m_schema.contains(QLatin1String("properties")); }
    bool preservesUnknownFields() const;
    const QJsonObject &schema() const { return m_schema; }

    // Paths of fields the schema does not know ("spec.template.spec.containers[0].foo").
    void unknownFields(const QJsonValue &value, const QString &path, QStringList *out) const;

private:
    const SchemaIndex *m_index = nullptr;
    QJsonObject m_schema;
};

// The OpenAPI v3 component schemas the server knows (core/v1 and apps/v1 from the Kubernetes
// project, and the schemas of installed CRDs), indexed by group/version/kind.
class SchemaIndex
{
public:
    void addDocument(const QJsonObject &openApiDocument);
    // Registers a CRD version's openAPIV3Schema under a generated component name.
    void addCustomSchema(const QString &group, const QString &version, const QString &kind, const QJsonObject &schema);
    void removeCustomSchema(const QString &group, const QString &version, const QString &kind);

    SchemaNode forKind(const QString &group, const QString &version, const QString &kind) const;
    QJsonObject resolve(const QJsonObject &schema) const;
    QJsonObject component(const QString &name) const { return m_components.value(name); }
    static QString componentName(const QString &group, const QString &version, const QString &kind);

private:
    QHash<QString, QJsonObject> m_components;
    QHash<QString, QString> m_byKind; // "group/version/Kind" -> component name
};

} // namespace shipdeck::kubetest
