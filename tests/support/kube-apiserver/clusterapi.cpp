#include "clusterapi.h"

#include "apierror.h"
#include "defaults.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "schemaindex.h"
#include "selectors.h"
#include "validation.h"

#include <QRandomGenerator>

namespace shipdeck::kubetest {

namespace {
const QString kMetadata = QStringLiteral("metadata");
const QString kStatus = QStringLiteral("status");

// Everything but metadata and status: a change here bumps metadata.generation.
QJsonObject specPart(QJsonObject object)
{
    object.remove(kMetadata);
    object.remove(kStatus);
    return object;
}

QJsonObject withoutVersion(QJsonObject object)
{
    QJsonObject meta = object.value(kMetadata).toObject();
    meta.remove(QStringLiteral("resourceVersion"));
    meta.remove(QStringLiteral("managedFields"));
    object.insert(kMetadata, meta);
    return object;
}

ObjectPtr transient(const ResourceType &type, const QJsonObject &json)
{
    auto object = std::make_shared<StoredObject>();
    const QJsonObject meta = json.value(kMetadata).toObject();
    object->typeId = type.id;
    object->ns = meta.value(QLatin1String("namespace")).toString();
    object->name = meta.value(QLatin1String("name")).toString();
    object->uid = meta.value(QLatin1String("uid")).toString();
    object->json = json;
    return object;
}
} // namespace

ClusterApi::ClusterApi(ResourceRegistry &registry, ObjectStore &store, SchemaIndex &schemas, QObject *parent)
    : QObject(parent), m_registry(registry), m_store(store), m_schemas(schemas)
{
}

QString ClusterApi::randomSuffix(int length)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString suffix;
    for (int i = 0; i < length; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    return suffix;
}

Result<ObjectPtr> ClusterApi::get(const ResourceType &type, const QString &ns, const QString &name) const
{
    ObjectPtr object = m_store.get(type.id, type.namespaced ? ns : QString(), name);
    if (!object)
        return notFound(type.groupResource(), name);
    return object;
}

Result<void> ClusterApi::checkTypeMeta(const ResourceType &type, QJsonObject &object) const
{
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (!apiVersion.isEmpty() && apiVersion != type.apiVersion())
        return badRequest(QStringLiteral("the API version in the data (%1) does not match the expected API version (%2)")
                              .arg(apiVersion, type.apiVersion()));
    if (!kind.isEmpty() && kind != type.kind)
        return badRequest(QStringLiteral("the kind in the data (%1) does not match the expected kind (%2)").arg(kind, type.kind));
    object.insert(QStringLiteral("apiVersion"), type.apiVersion());
    object.insert(QStringLiteral("kind"), type.kind);
    return success();
}

Result<void> ClusterApi::admit(const ResourceType &type, QJsonObject &object, const QJsonObject *old, const WriteOptions &options)
{
    // Internal writers (controllers) leave fieldValidation empty: nothing to check.
    const QString &mode = options.fieldValidation;
    if (!mode.isEmpty() && mode != QLatin1String("Ignore")) {
        QStringList unknown;
        m_schemas.forKind(type.group, type.version, type.kind).unknownFields(object, QString(), &unknown);
        QStringList messages;
        for (const QString &field : std::as_const(unknown))
            messages.append(QStringLiteral("unknown field \"%1\"").arg(field));
        if (!messages.isEmpty() && mode == QLatin1String("Strict"))
            return badRequest(QStringLiteral("strict decoding error: ") + messages.join(QStringLiteral(", ")));
        if (options.warnings)
            options.warnings->append(messages);
    }
    Defaults::apply(type, object);
    QJsonArray causes = Validation::validate(type, object, old);
    if (type.custom && m_customValidator) {
        for (const auto &cause : m_customValidator(type, object))
            causes.append(cause);
    }
    if (!causes.isEmpty())
        return invalid(type.kind, valueAt(object, QStringLiteral("metadata.name")).toString(), causes);
    return success();
}

Result<ObjectPtr> ClusterApi::store(const ResourceType &type, QJsonObject object, const WriteOptions &options)
{
    if (options.dryRun)
        return transient(type, object);
    return m_store.put(type.id, std::move(object));
}

QString ClusterApi::allocateClusterIp()
{
    const int n = m_nextServiceIp++;
    return QStringLiteral("10.96.%1.%2").arg(n / 250).arg(n % 250 + 1);
}

Result<ObjectPtr> ClusterApi::create(const ResourceType &type, const QString &ns, QJsonObject object, const WriteOptions &options)
{
    SD_CHECK(checkTypeMeta(type, object));
    QJsonObject meta = object.value(kMetadata).toObject();
    const QString bodyNs = meta.value(QLatin1String("namespace")).toString();
    if (type.namespaced) {
        if (!bodyNs.isEmpty() && bodyNs != ns)
            return badRequest(QStringLiteral("the namespace of the provided object does not match the namespace sent on the request"));
        meta.insert(QStringLiteral("namespace"), ns);
        const ResourceTypePtr namespaces = m_registry.find(QString(), QStringLiteral("v1"), QStringLiteral("namespaces"));
        const ObjectPtr nsObject = m_store.get(namespaces->id, QString(), ns);
        if (!nsObject)
            return notFound(QStringLiteral("namespaces"), ns);
        if (nsObject->metadata().contains(QLatin1String("deletionTimestamp")))
            return apiError(403, QStringLiteral("Forbidden"),
                            QStringLiteral("%1 \"%2\" is forbidden: unable to create new content in namespace %3 because it is being terminated")
                                .arg(type.groupResource(), meta.value(QLatin1String("name")).toString(), ns));
    } else {
        meta.remove(QStringLiteral("namespace"));
    }
    if (meta.value(QLatin1String("name")).toString().isEmpty() && !meta.value(QLatin1String("generateName")).toString().isEmpty())
        meta.insert(QStringLiteral("name"), meta.value(QLatin1String("generateName")).toString() + randomSuffix());
    if (!meta.value(QLatin1String("resourceVersion")).toString().isEmpty())
        return badRequest(QStringLiteral("resourceVersion should not be set on objects to be created"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    meta.insert(QStringLiteral("uid"), newUid());
    meta.insert(QStringLiteral("creationTimestamp"), formatTime(now));
    meta.insert(QStringLiteral("generation"), 1);
    meta.remove(QStringLiteral("deletionTimestamp"));
    meta.remove(QStringLiteral("deletionGracePeriodSeconds"));
    meta.remove(QStringLiteral("selfLink"));
    object.insert(kMetadata, meta);
    if (type.statusSubresource && type.resource != QLatin1String("namespaces") && !options.keepStatus)
        object.remove(kStatus);
    if (type.group.isEmpty() && type.resource == QLatin1String("services")) {
        QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        const QString ipType = spec.value(QLatin1String("type")).toString();
        if (spec.value(QLatin1String("clusterIP")).toString().isEmpty() && ipType != QLatin1String("ExternalName")) {
            const QString ip = allocateClusterIp();
            spec.insert(QStringLiteral("clusterIP"), ip);
            spec.insert(QStringLiteral("clusterIPs"), QJsonArray{ip});
        }
        object.insert(QStringLiteral("spec"), spec);
        if (!object.contains(kStatus))
            object.insert(kStatus, QJsonObject{{QStringLiteral("loadBalancer"), QJsonObject{}}});
    }
    if (type.group == QLatin1String("batch") && type.resource == QLatin1String("jobs")
        && !valueAt(object, QStringLiteral("spec.manualSelector")).toBool()) {
        // The API server generates a Job's selector from its uid.
        const QString uid = meta.value(QLatin1String("uid")).toString();
        const QString jobName = meta.value(QLatin1String("name")).toString();
        QJsonObject labels = valueAt(object, QStringLiteral("spec.template.metadata.labels")).toObject();
        labels.insert(QStringLiteral("batch.kubernetes.io/controller-uid"), uid);
        labels.insert(QStringLiteral("batch.kubernetes.io/job-name"), jobName);
        labels.insert(QStringLiteral("controller-uid"), uid);
        labels.insert(QStringLiteral("job-name"), jobName);
        setAt(object, QStringLiteral("spec.template.metadata.labels"), labels);
        setAt(object, QStringLiteral("spec.selector"),
              QJsonObject{{QStringLiteral("matchLabels"), QJsonObject{{QStringLiteral("batch.kubernetes.io/controller-uid"), uid}}}});
    }
    SD_CHECK(admit(type, object, nullptr, options));
    const QString name = valueAt(object, QStringLiteral("metadata.name")).toString();
    if (m_store.get(type.id, type.namespaced ? ns : QString(), name))
        return alreadyExists(type.groupResource(), name);
    return store(type, std::move(object), options);
}

Result<ObjectPtr> ClusterApi::update(const ResourceType &type, const QString &ns, const QString &name, QJsonObject object,
                                     Subresource part, const WriteOptions &options)
{
    SD_TRY(ObjectPtr current, get(type, ns, name));
    SD_CHECK(checkTypeMeta(type, object));
    QJsonObject meta = object.value(kMetadata).toObject();
    const QString bodyName = meta.value(QLatin1String("name")).toString();
    if (!bodyName.isEmpty() && bodyName != name)
        return badRequest(QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)").arg(bodyName, name));
    if (type.namespaced && !meta.value(QLatin1String("namespace")).toString().isEmpty()
        && meta.value(QLatin1String("namespace")).toString() != ns)
        return badRequest(QStringLiteral("the namespace of the provided object does not match the namespace sent on the request"));
    const QString rv = meta.value(QLatin1String("resourceVersion")).toString();
    if (!rv.isEmpty() && rv != QString::number(current->resourceVersion))
        return conflict(type.groupResource(), name, QStringLiteral("the object has been modified; please apply your changes to the latest version and try again"));
    const QJsonObject oldMeta = current->metadata();
    if (part == Subresource::Status) {
        // A status write changes status only (and never bumps generation).
        QJsonObject next = current->json;
        if (object.contains(kStatus))
            next.insert(kStatus, object.value(kStatus));
        else
            next.remove(kStatus);
        object = next;
        meta = oldMeta;
    } else {
        const QString bodyUid = meta.value(QLatin1String("uid")).toString();
        if (!bodyUid.isEmpty() && bodyUid != current->uid)
            return conflict(type.groupResource(), name, QStringLiteral("Precondition failed: UID in precondition: %1, UID in object meta: %2").arg(bodyUid, current->uid));
        for (const char *keep : {"uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "namespace", "name"}) {
            const QString key = QString::fromLatin1(keep);
            if (oldMeta.contains(key))
                meta.insert(key, oldMeta.value(key));
            else
                meta.remove(key);
        }
        if (type.statusSubresource) {
            if (current->json.contains(kStatus))
                object.insert(kStatus, current->json.value(kStatus));
            else
                object.remove(kStatus);
        }
        object.insert(kMetadata, meta);
    }
    SD_CHECK(admit(type, object, &current->json, options));
    meta = object.value(kMetadata).toObject();
    if (specPart(object) != specPart(current->json))
        meta.insert(QStringLiteral("generation"), oldMeta.value(QLatin1String("generation")).toInt(1) + 1);
    object.insert(kMetadata, meta);
    if (withoutVersion(object) == withoutVersion(current->json))
        return current; // a no-op write does not bump the resourceVersion
    if (meta.contains(QLatin1String("deletionTimestamp")) && meta.value(QLatin1String("finalizers")).toArray().isEmpty()
        && type.resource != QLatin1String("namespaces")) {
        if (options.dryRun)
            return transient(type, object);
        m_store.put(type.id, object);
        return m_store.remove(type.id, type.namespaced ? ns : QString(), name);
    }
    return store(type, std::move(object), options);
}

Result<ObjectPtr> ClusterApi::patch(const ResourceType &type, const QString &ns, const QString &name, PatchType patchType,
                                    const QByteArray &patch, Subresource part, const WriteOptions &options, bool *created)
{
    if (part == Subresource::Scale) {
        SD_TRY(QJsonObject current, scale(type, ns, name));
        SD_TRY(QJsonObject patched, Patcher::apply(patchType == PatchType::Strategic ? PatchType::Merge : patchType, current, patch, SchemaNode()));
        SD_TRY(QJsonObject result, updateScale(type, ns, name, patched, options));
        return transient(type, result);
    }
    auto current = get(type, ns, name);
    if (!current) {
        if (patchType != PatchType::Apply || part != Subresource::None)
            return current.error();
        // Server-side apply creates what does not exist.
        SD_TRY(QJsonObject body, Patcher::apply(PatchType::Merge, QJsonObject{}, patch, SchemaNode()));
        if (created)
            *created = true;
        return create(type, ns, body, options);
    }
    const SchemaNode schema = m_schemas.forKind(type.group, type.version, type.kind);
    const PatchType effective = patchType == PatchType::Apply && !type.custom ? PatchType::Strategic : patchType;
    SD_TRY(QJsonObject patched, Patcher::apply(effective, current.value()->json, patch, schema));
    return update(type, ns, name, patched, part, options);
}

Result<ObjectPtr> ClusterApi::remove(const ResourceType &type, const QString &ns, const QString &name, const DeleteOptions &options)
{
    SD_TRY(ObjectPtr current, get(type, ns, name));
    if (!options.preconditionUid.isEmpty() && options.preconditionUid != current->uid)
        return conflict(type.groupResource(), name,
                        QStringLiteral("Precondition failed: UID in precondition: %1, UID in object meta: %2").arg(options.preconditionUid, current->uid));
    if (!options.preconditionResourceVersion.isEmpty() && options.preconditionResourceVersion != QString::number(current->resourceVersion))
        return conflict(type.groupResource(), name,
                        QStringLiteral("Precondition failed: ResourceVersion in precondition: %1, ResourceVersion in object meta: %2")
                            .arg(options.preconditionResourceVersion).arg(current->resourceVersion));
    if (options.dryRun)
        return current;
    QJsonObject meta = current->metadata();
    QJsonArray finalizers = meta.value(QLatin1String("finalizers")).toArray();
    const bool foreground = options.propagationPolicy == QLatin1String("Foreground") && !m_store.dependents(current->uid).isEmpty();
    if (foreground && !finalizers.contains(QStringLiteral("foregroundDeletion")))
        finalizers.append(QStringLiteral("foregroundDeletion"));
    if (options.propagationPolicy == QLatin1String("Orphan")) {
        for (const ObjectPtr &dependent : m_store.dependents(current->uid)) {
            QJsonObject json = dependent->json;
            QJsonObject dmeta = json.value(kMetadata).toObject();
            QJsonArray owners;
            for (const auto &o : dmeta.value(QLatin1String("ownerReferences")).toArray()) {
                if (o.toObject().value(QLatin1String("uid")).toString() != current->uid)
                    owners.append(o);
            }
            if (owners.isEmpty())
                dmeta.remove(QStringLiteral("ownerReferences"));
            else
                dmeta.insert(QStringLiteral("ownerReferences"), owners);
            json.insert(kMetadata, dmeta);
            m_store.put(dependent->typeId, json);
        }
    }
    const bool isNamespace = type.group.isEmpty() && type.resource == QLatin1String("namespaces");
    if (!finalizers.isEmpty() || isNamespace) {
        if (meta.contains(QLatin1String("deletionTimestamp")))
            return current;
        QJsonObject json = current->json;
        meta.insert(QStringLiteral("deletionTimestamp"), nowTime());
        meta.insert(QStringLiteral("deletionGracePeriodSeconds"), 0);
        if (!finalizers.isEmpty())
            meta.insert(QStringLiteral("finalizers"), finalizers);
        json.insert(kMetadata, meta);
        if (isNamespace)
            setAt(json, QStringLiteral("status.phase"), QStringLiteral("Terminating"));
        return m_store.put(type.id, json);
    }
    return m_store.remove(type.id, type.namespaced ? ns : QString(), name);
}

Result<QJsonObject> ClusterApi::scale(const ResourceType &type, const QString &ns, const QString &name) const
{
    if (!type.scaleSubresource)
        return notFound(type.groupResource() + QStringLiteral("/scale"), name);
    SD_TRY(ObjectPtr object, get(type, ns, name));
    const QJsonObject meta = object->metadata();
    QString selector;
    if (type.custom) {
        selector = valueAt(object->json, type.labelSelectorPath).toString();
    } else if (auto parsed = LabelSelector::fromJson(valueAt(object->json, QStringLiteral("spec.selector")).toObject())) {
        selector = parsed->toString();
    }
    QJsonObject status{{QStringLiteral("replicas"), valueAt(object->json, type.statusReplicasPath).toInt()}};
    if (!selector.isEmpty())
        status.insert(QStringLiteral("selector"), selector);
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Scale")},
        {QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v1")},
        {kMetadata, QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("namespace"), ns},
                                {QStringLiteral("uid"), object->uid},
                                {QStringLiteral("resourceVersion"), QString::number(object->resourceVersion)},
                                {QStringLiteral("creationTimestamp"), meta.value(QLatin1String("creationTimestamp"))}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), valueAt(object->json, type.specReplicasPath).toInt()}}},
        {kStatus, status}};
}

Result<QJsonObject> ClusterApi::updateScale(const ResourceType &type, const QString &ns, const QString &name,
                                            const QJsonObject &scaleObject, const WriteOptions &options)
{
    SD_TRY(ObjectPtr object, get(type, ns, name));
    const QJsonValue replicas = valueAt(scaleObject, QStringLiteral("spec.replicas"));
    if (!replicas.isDouble() || replicas.toInt() < 0)
        return invalid(QStringLiteral("Scale"), name, {fieldCause(QStringLiteral("FieldValueInvalid"), QStringLiteral("spec.replicas"),
                                                                 QStringLiteral("Invalid value: must be greater than or equal to 0"))});
    QJsonObject json = object->json;
    const QString rv = valueAt(scaleObject, QStringLiteral("metadata.resourceVersion")).toString();
    QJsonObject meta = json.value(kMetadata).toObject();
    if (!rv.isEmpty())
        meta.insert(QStringLiteral("resourceVersion"), rv);
    json.insert(kMetadata, meta);
    setAt(json, type.specReplicasPath.mid(1), replicas.toInt());
    SD_TRY(ObjectPtr updated, update(type, ns, name, json, Subresource::None, options));
    if (options.dryRun) {
        QJsonObject result = scaleObject;
        setAt(result, QStringLiteral("spec.replicas"), replicas.toInt());
        return result;
    }
    Q_UNUSED(updated);
    return scale(type, ns, name);
}

} // namespace shipdeck::kubetest
