#include "openapi.h"

#include "apierror.h"
#include "httpexchange.h"
#include "jsonutil.h"
#include "resourceregistry.h"
#include "schemaindex.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace shipdeck::kubetest {

Result<void> OpenApi::loadBuiltins(const QString &fixturesDir, SchemaIndex &schemas)
{
    const QList<QPair<QString, QString>> files{{QStringLiteral("api/v1"), QStringLiteral("api__v1_openapi.json")},
                                               {QStringLiteral("apis/apps/v1"), QStringLiteral("apis__apps__v1_openapi.json")}};
    for (const auto &[path, file] : files) {
        QFile f(fixturesDir + QLatin1Char('/') + file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, QStringLiteral("cannot read the OpenAPI document %1: %2").arg(f.fileName(), f.errorString()));
        const QByteArray json = f.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (!doc.isObject())
            return Error(ErrorCode::Parse, QStringLiteral("%1 is not valid JSON: %2 at offset %3").arg(f.fileName(), error.errorString()).arg(error.offset));
        schemas.addDocument(doc.object());
        setDocument(path, json);
    }
    return success();
}

namespace {
// Schemas a generated document needs besides the kinds (ObjectMeta and what it refers to).
QJsonObject metaComponents(const SchemaIndex &schemas)
{
    QJsonObject components;
    for (const char *name : {"ObjectMeta", "ListMeta", "ManagedFieldsEntry", "OwnerReference", "Time", "FieldsV1", "Patch", "DeleteOptions",
                             "Preconditions", "Status", "StatusDetails", "StatusCause"}) {
        const QString full = QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.") + QLatin1String(name);
        const QJsonObject schema = schemas.component(full);
        if (!schema.isEmpty())
            components.insert(full, schema);
    }
    return components;
}

QJsonObject operation(const QString &action, const QJsonObject &gvk, bool withBody, bool strategic)
{
    QJsonObject op{{QStringLiteral("x-kubernetes-action"), action},
                   {QStringLiteral("x-kubernetes-group-version-kind"), gvk},
                   {QStringLiteral("responses"), QJsonObject{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("OK")}}}}}};
    if (!withBody)
        return op;
    QJsonArray parameters;
    for (const char *p : {"dryRun", "fieldManager", "fieldValidation"})
        parameters.append(QJsonObject{{QStringLiteral("name"), QLatin1String(p)}, {QStringLiteral("in"), QStringLiteral("query")},
                                      {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    op.insert(QStringLiteral("parameters"), parameters);
    QJsonObject content;
    const QJsonObject patchRef{{QStringLiteral("schema"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch")}}}};
    for (const char *type : {"application/json-patch+json", "application/merge-patch+json", "application/apply-patch+yaml"})
        content.insert(QLatin1String(type), patchRef);
    if (strategic)
        content.insert(QStringLiteral("application/strategic-merge-patch+json"), patchRef);
    op.insert(QStringLiteral("requestBody"), QJsonObject{{QStringLiteral("content"), content}});
    return op;
}
} // namespace

void OpenApi::addKinds(const QList<const ResourceType *> &types, const QJsonObject &kindSchemas, const SchemaIndex &schemas,
                       bool strategicMergePatch)
{
    if (types.isEmpty())
        return;
    const QString docPath = types.first()->basePath().mid(1);
    QJsonObject doc = QJsonDocument::fromJson(document(docPath)).object();
    QJsonObject paths = doc.value(QLatin1String("paths")).toObject();
    QJsonObject components = metaComponents(schemas);
    const QJsonObject existing = doc.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
    for (auto it = existing.begin(); it != existing.end(); ++it)
        components.insert(it.key(), it.value());
    for (const ResourceType *type : types) {
        const QJsonArray gvk{QJsonObject{{QStringLiteral("group"), type->group}, {QStringLiteral("version"), type->version}, {QStringLiteral("kind"), type->kind}}};
        const QJsonObject one = gvk.first().toObject();
        QJsonObject schema = kindSchemas.value(type->kind).toObject();
        schema.insert(QStringLiteral("x-kubernetes-group-version-kind"), gvk);
        components.insert(SchemaIndex::componentName(type->group, type->version, type->kind), schema);
        const QString collection = type->path(type->namespaced ? QStringLiteral("{namespace}") : QString());
        const QString item = collection + QStringLiteral("/{name}");
        paths.insert(collection, QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("list"), one, false, false)},
                                             {QStringLiteral("post"), operation(QStringLiteral("post"), one, true, strategicMergePatch)}});
        paths.insert(item, QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("get"), one, false, false)},
                                       {QStringLiteral("put"), operation(QStringLiteral("put"), one, true, strategicMergePatch)},
                                       {QStringLiteral("patch"), operation(QStringLiteral("patch"), one, true, strategicMergePatch)},
                                       {QStringLiteral("delete"), operation(QStringLiteral("delete"), one, false, false)}});
        if (type->statusSubresource)
            paths.insert(item + QStringLiteral("/status"), QJsonObject{{QStringLiteral("patch"), operation(QStringLiteral("patch"), one, true, strategicMergePatch)}});
    }
    doc = QJsonObject{{QStringLiteral("openapi"), QStringLiteral("3.0.0")},
                      {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Kubernetes")}, {QStringLiteral("version"), QStringLiteral("unversioned")}}},
                      {QStringLiteral("paths"), paths},
                      {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), components}}}};
    setDocument(docPath, toCompactJson(doc));
}

void OpenApi::addBuiltinDocuments(const ResourceRegistry &registry, const SchemaIndex &schemas)
{
    for (const auto &[group, versions] : registry.groups()) {
        for (const QString &version : versions) {
            const auto types = registry.inGroupVersion(group, version);
            if (types.isEmpty() || types.first()->custom || m_documents.contains(types.first()->basePath().mid(1)))
                continue;
            QList<const ResourceType *> list;
            QJsonObject kindSchemas;
            for (const auto &t : types) {
                list.append(t.get());
                kindSchemas.insert(t->kind, QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("x-kubernetes-preserve-unknown-fields"), true},
                    {QStringLiteral("properties"), QJsonObject{
                        {QStringLiteral("apiVersion"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                        {QStringLiteral("kind"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("allOf"), QJsonArray{QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")}}}}}}}}});
            }
            addKinds(list, kindSchemas, schemas, false);
        }
    }
}

void OpenApi::setDocument(const QString &path, const QByteArray &json)
{
    m_documents.insert(path, json);
    m_hashes.insert(path, QCryptographicHash::hash(json, QCryptographicHash::Sha512).toHex().toUpper().left(128));
}

void OpenApi::removeDocument(const QString &path)
{
    m_documents.remove(path);
    m_hashes.remove(path);
}

bool OpenApi::serve(HttpExchange *exchange, const QString &path) const
{
    if (path == QLatin1String("/openapi/v3")) {
        QJsonObject paths;
        for (auto it = m_documents.begin(); it != m_documents.end(); ++it)
            paths.insert(it.key(), QJsonObject{{QStringLiteral("serverRelativeURL"),
                                                QStringLiteral("/openapi/v3/%1?hash=%2").arg(it.key(), QString::fromLatin1(m_hashes.value(it.key())))}});
        exchange->respond(200, "application/json", toCompactJson(QJsonObject{{QStringLiteral("paths"), paths}}));
        return true;
    }
    const QString prefix = QStringLiteral("/openapi/v3/");
    if (!path.startsWith(prefix))
        return false;
    const QString key = path.mid(prefix.size());
    const auto it = m_documents.constFind(key);
    if (it == m_documents.constEnd())
        return false;
    const QByteArray hash = m_hashes.value(key);
    HeaderList headers{{"Etag", '"' + hash + '"'}};
    if (exchange->request().queryValue(QStringLiteral("hash")).toLatin1() == hash)
        headers.append(qMakePair(QByteArray("Expires"), QByteArray("Thu, 01 Jan 2099 00:00:00 GMT")));
    exchange->respond(200, "application/json", *it, headers);
    return true;
}

} // namespace shipdeck::kubetest
