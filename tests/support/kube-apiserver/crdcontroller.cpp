#include "crdcontroller.h"

#include "apierror.h"
#include "clusterapi.h"
#include "crdschema.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "openapi.h"
#include "resourceregistry.h"
#include "schemaindex.h"
#include "servercontext.h"
#include "workloadutil.h"
#include "yamljson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimer>

namespace shipdeck::kubetest {

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const auto &s : v.toArray())
        list.append(s.toString());
    return list;
}

} // namespace

CrdController::CrdController(ServerContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &CrdController::onChanged);
    m_ctx.api->setCustomValidator([this](const ResourceType &type, QJsonObject &object) {
        return type.schema.isEmpty() ? QJsonArray{} : CrdSchema::validate(type.schema, object);
    });
}

Result<void> CrdController::installFromFiles(const QStringList &paths)
{
    const ResourceType &crds = workload::type(m_ctx, QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"));
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, QStringLiteral("cannot read the CRD file %1: %2").arg(path, file.errorString()));
        SD_TRY(QList<QJsonObject> documents, yamlDocuments(file.readAll()).context(QStringLiteral("parsing %1").arg(path)));
        for (const QJsonObject &crd : std::as_const(documents))
            SD_CHECK(m_ctx.api->create(crds, QString(), crd).context(QStringLiteral("installing the CRD from %1").arg(path)));
    }
    return success();
}

Result<void> CrdController::installBuiltinArgoExtras()
{
    const ResourceType &crds = workload::type(m_ctx, QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"));
    struct Extra { const char *kind, *plural, *singular, *shortName, *scope; };
    for (const Extra &e : {Extra{"AnalysisTemplate", "analysistemplates", "analysistemplate", "at", "Namespaced"},
                           Extra{"ClusterAnalysisTemplate", "clusteranalysistemplates", "clusteranalysistemplate", "cat", "Cluster"},
                           Extra{"Experiment", "experiments", "experiment", "exp", "Namespaced"}}) {
        const QString name = QLatin1String(e.plural) + QStringLiteral(".argoproj.io");
        if (m_ctx.store->get(crds.id, QString(), name))
            continue;
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("x-kubernetes-preserve-unknown-fields"), true}};
        const QJsonObject crd{
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("group"), QStringLiteral("argoproj.io")},
                                                 {QStringLiteral("scope"), QLatin1String(e.scope)},
                                                 {QStringLiteral("names"), QJsonObject{{QStringLiteral("kind"), QLatin1String(e.kind)},
                                                                                       {QStringLiteral("listKind"), QLatin1String(e.kind) + QStringLiteral("List")},
                                                                                       {QStringLiteral("plural"), QLatin1String(e.plural)},
                                                                                       {QStringLiteral("singular"), QLatin1String(e.singular)},
                                                                                       {QStringLiteral("shortNames"), QJsonArray{QLatin1String(e.shortName)}}}},
                                                 {QStringLiteral("versions"), QJsonArray{QJsonObject{
                                                                                  {QStringLiteral("name"), QStringLiteral("v1alpha1")},
                                                                                  {QStringLiteral("served"), true},
                                                                                  {QStringLiteral("storage"), true},
                                                                                  {QStringLiteral("schema"), QJsonObject{{QStringLiteral("openAPIV3Schema"), schema}}},
                                                                                  {QStringLiteral("subresources"), QJsonObject{{QStringLiteral("status"), QJsonObject{}}}}}}}}}};
        SD_CHECK(m_ctx.api->create(crds, QString(), crd));
    }
    return success();
}

void CrdController::onChanged(const StoreEvent &event)
{
    const ResourceTypePtr type = m_ctx.registry->byId(event.typeId);
    if (!type || type->group != QLatin1String("apiextensions.k8s.io"))
        return;
    if (event.type == EventType::Deleted) {
        unserve(event.object->json);
        return;
    }
    if (event.previous && event.previous->json.value(QLatin1String("spec")) == event.object->json.value(QLatin1String("spec")))
        return; // status only
    serve(event.object->json);
    const QJsonObject crd = event.object->json;
    QTimer::singleShot(0, this, [this, crd] { markEstablished(crd); });
}

void CrdController::serve(const QJsonObject &crd)
{
    const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
    const QJsonObject names = spec.value(QLatin1String("names")).toObject();
    const QString group = spec.value(QLatin1String("group")).toString();
    for (const auto &v : spec.value(QLatin1String("versions")).toArray()) {
        const QJsonObject version = v.toObject();
        if (!version.value(QLatin1String("served")).toBool(true))
            continue;
        ResourceType type;
        type.group = group;
        type.version = version.value(QLatin1String("name")).toString();
        type.resource = names.value(QLatin1String("plural")).toString();
        type.singular = names.value(QLatin1String("singular")).toString(type.resource);
        type.kind = names.value(QLatin1String("kind")).toString();
        type.listKind = names.value(QLatin1String("listKind")).toString(type.kind + QStringLiteral("List"));
        type.shortNames = strings(names.value(QLatin1String("shortNames")));
        type.categories = strings(names.value(QLatin1String("categories")));
        type.namespaced = spec.value(QLatin1String("scope")).toString() != QLatin1String("Cluster");
        type.verbs = {QStringLiteral("delete"), QStringLiteral("deletecollection"), QStringLiteral("get"), QStringLiteral("list"),
                      QStringLiteral("patch"), QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("watch")};
        type.custom = true;
        type.crdName = valueAt(crd, QStringLiteral("metadata.name")).toString();
        type.schema = valueAt(version, QStringLiteral("schema.openAPIV3Schema")).toObject();
        type.printerColumns = version.value(QLatin1String("additionalPrinterColumns")).toArray();
        const QJsonObject subresources = version.value(QLatin1String("subresources")).toObject();
        type.statusSubresource = subresources.contains(QLatin1String("status"));
        if (subresources.contains(QLatin1String("scale"))) {
            const QJsonObject scale = subresources.value(QLatin1String("scale")).toObject();
            type.scaleSubresource = true;
            type.specReplicasPath = scale.value(QLatin1String("specReplicasPath")).toString(QStringLiteral(".spec.replicas"));
            type.statusReplicasPath = scale.value(QLatin1String("statusReplicasPath")).toString(QStringLiteral(".status.replicas"));
            type.labelSelectorPath = scale.value(QLatin1String("labelSelectorPath")).toString();
        }
        const ResourceTypePtr served = m_ctx.registry->add(type);
        // Schema and OpenAPI document of this group version (no strategic merge patch for
        // custom resources: kubectl then sends merge patches, as against a real cluster).
        QJsonObject schema = type.schema;
        QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        properties.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("allOf"), QJsonArray{QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")}}}}});
        schema.insert(QStringLiteral("properties"), properties);
        m_ctx.schemas->addCustomSchema(group, type.version, type.kind, schema);
        m_ctx.openApi->addKinds({served.get()}, QJsonObject{{type.kind, schema}}, *m_ctx.schemas, false);
    }
}

void CrdController::unserve(const QJsonObject &crd)
{
    const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
    const QString group = spec.value(QLatin1String("group")).toString();
    const QString plural = valueAt(spec, QStringLiteral("names.plural")).toString();
    const QString kind = valueAt(spec, QStringLiteral("names.kind")).toString();
    for (const auto &t : m_ctx.registry->all()) {
        if (t->group != group || t->resource != plural)
            continue;
        for (const ObjectPtr &object : m_ctx.store->list(t->id))
            m_ctx.store->remove(t->id, object->ns, object->name);
        m_ctx.schemas->removeCustomSchema(group, t->version, kind);
        m_ctx.openApi->removeDocument(QStringLiteral("apis/%1/%2").arg(group, t->version));
    }
    m_ctx.registry->remove(group, plural);
}

void CrdController::markEstablished(const QJsonObject &crd)
{
    const ResourceType &crds = workload::type(m_ctx, QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"));
    const QString name = valueAt(crd, QStringLiteral("metadata.name")).toString();
    const ObjectPtr current = m_ctx.store->get(crds.id, QString(), name);
    if (!current)
        return;
    QJsonObject json = current->json;
    QJsonObject status = json.value(QLatin1String("status")).toObject();
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    conditions = workload::setCondition(conditions, QStringLiteral("NamesAccepted"), QStringLiteral("True"), QStringLiteral("NoConflicts"),
                                        QStringLiteral("no conflicts found"));
    conditions = workload::setCondition(conditions, QStringLiteral("Established"), QStringLiteral("True"), QStringLiteral("InitialNamesAccepted"),
                                        QStringLiteral("the initial names have been accepted"));
    status.insert(QStringLiteral("conditions"), conditions);
    status.insert(QStringLiteral("acceptedNames"), valueAt(json, QStringLiteral("spec.names")));
    QJsonArray stored;
    for (const auto &v : valueAt(json, QStringLiteral("spec.versions")).toArray()) {
        if (v.toObject().value(QLatin1String("storage")).toBool())
            stored.append(v.toObject().value(QLatin1String("name")));
    }
    status.insert(QStringLiteral("storedVersions"), stored);
    json.insert(QStringLiteral("status"), status);
    workload::logIfFailed(m_ctx.api->update(crds, QString(), name, json, Subresource::Status), "update from crdcontroller");
}

} // namespace shipdeck::kubetest
