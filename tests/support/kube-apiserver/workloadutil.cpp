#include "workloadutil.h"

#include "clusterapi.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "reconciler.h"
#include "resourceregistry.h"
#include "servercontext.h"

namespace shipdeck::kubetest::workload {

QJsonObject controllerReference(const ObjectPtr &owner)
{
    return {{QStringLiteral("apiVersion"), owner->json.value(QLatin1String("apiVersion"))},
            {QStringLiteral("kind"), owner->json.value(QLatin1String("kind"))},
            {QStringLiteral("name"), owner->name},
            {QStringLiteral("uid"), owner->uid},
            {QStringLiteral("controller"), true},
            {QStringLiteral("blockOwnerDeletion"), true}};
}

QString controllerUid(const QJsonObject &object)
{
    for (const auto &ref : valueAt(object, QStringLiteral("metadata.ownerReferences")).toArray()) {
        if (ref.toObject().value(QLatin1String("controller")).toBool())
            return ref.toObject().value(QLatin1String("uid")).toString();
    }
    return {};
}

QList<ObjectPtr> ownedBy(ServerContext &ctx, const ObjectPtr &owner, const QString &resource, bool activeOnly)
{
    QList<ObjectPtr> result;
    if (!owner)
        return result;
    for (const ObjectPtr &object : ctx.store->dependents(owner->uid)) {
        const ResourceTypePtr t = ctx.registry->byId(object->typeId);
        if (!t || t->resource != resource || controllerUid(object->json) != owner->uid)
            continue;
        if (activeOnly && isDeleting(object->json))
            continue;
        result.append(object);
    }
    return result;
}

bool isDeleting(const QJsonObject &object) { return valueAt(object, QStringLiteral("metadata.deletionTimestamp")).isString(); }

bool isPodReady(const QJsonObject &pod)
{
    for (const auto &c : valueAt(pod, QStringLiteral("status.conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return false;
}

bool isPodTerminal(const QJsonObject &pod)
{
    const QString phase = valueAt(pod, QStringLiteral("status.phase")).toString();
    return phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed");
}

QString podTemplateHash(const QJsonObject &podTemplate, int collisionCount)
{
    QJsonObject templ = podTemplate;
    QJsonObject labels = valueAt(templ, QStringLiteral("metadata.labels")).toObject();
    labels.remove(QStringLiteral("pod-template-hash"));
    setAt(templ, QStringLiteral("metadata.labels"), labels);
    QByteArray bytes = toCompactJson(templ);
    if (collisionCount > 0)
        bytes += QByteArray::number(collisionCount);
    quint32 hash = 2166136261u;
    for (char c : std::as_const(bytes)) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    static const char alphanums[] = "bcdfghjklmnpqrstvwxz2456789";
    const QByteArray decimal = QByteArray::number(hash);
    QString encoded;
    for (char c : decimal)
        encoded += QLatin1Char(alphanums[quint8(c) % 27]);
    return encoded;
}

QJsonObject podFromTemplate(const QJsonObject &podTemplate, const ObjectPtr &owner, const QString &name)
{
    QJsonObject meta;
    const QJsonObject templMeta = podTemplate.value(QLatin1String("metadata")).toObject();
    for (const char *key : {"labels", "annotations", "finalizers"}) {
        const QString k = QString::fromLatin1(key);
        if (templMeta.contains(k))
            meta.insert(k, templMeta.value(k));
    }
    meta.insert(QStringLiteral("name"), name);
    meta.insert(QStringLiteral("generateName"), owner->name + QLatin1Char('-'));
    meta.insert(QStringLiteral("ownerReferences"), QJsonArray{controllerReference(owner)});
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"), meta},
            {QStringLiteral("spec"), podTemplate.value(QLatin1String("spec"))}};
}

const ResourceType &type(ServerContext &ctx, const QString &group, const QString &resource)
{
    for (const auto &t : ctx.registry->all()) {
        if (t->group == group && t->resource == resource)
            return *t;
    }
    qFatal("resource %s.%s is not registered", qPrintable(resource), qPrintable(group));
}

QJsonArray setCondition(const QJsonArray &conditions, const QString &type, const QString &status, const QString &reason,
                        const QString &message, bool withUpdateTime)
{
    QJsonArray result;
    bool found = false;
    const QString now = nowTime();
    for (const auto &c : conditions) {
        QJsonObject condition = c.toObject();
        if (condition.value(QLatin1String("type")).toString() == type) {
            found = true;
            const bool transition = condition.value(QLatin1String("status")).toString() != status;
            const bool changed = transition || condition.value(QLatin1String("reason")).toString() != reason
                                 || condition.value(QLatin1String("message")).toString() != message;
            if (transition)
                condition.insert(QStringLiteral("lastTransitionTime"), now);
            if (withUpdateTime && changed)
                condition.insert(QStringLiteral("lastUpdateTime"), now);
            condition.insert(QStringLiteral("status"), status);
            condition.insert(QStringLiteral("reason"), reason);
            condition.insert(QStringLiteral("message"), message);
        }
        result.append(condition);
    }
    if (!found) {
        QJsonObject condition{{QStringLiteral("type"), type},
                              {QStringLiteral("status"), status},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("lastTransitionTime"), now}};
        if (withUpdateTime)
            condition.insert(QStringLiteral("lastUpdateTime"), now);
        result.append(condition);
    }
    return result;
}

void enqueueOwner(ServerContext &ctx, Reconciler *reconciler, const StoreEvent &event, const QString &group, const QString &resource)
{
    const ResourceTypePtr type = ctx.registry->byId(event.typeId);
    if (!type)
        return;
    if (type->group == group && type->resource == resource) {
        reconciler->enqueue(event.object->ns, event.object->name);
    } else if (type->group.isEmpty() && type->resource == QLatin1String("pods")) {
        const QString owner = workload::controllerUid(event.object->json);
        if (const ObjectPtr o = owner.isEmpty() ? nullptr : ctx.store->byUid(owner)) {
            const ResourceTypePtr ownerType = ctx.registry->byId(o->typeId);
            if (ownerType && ownerType->resource == resource)
                reconciler->enqueue(o->ns, o->name);
        }
    }
}

} // namespace shipdeck::kubetest::workload
