// KubeClient: questions asked before acting — server version, resource types, access reviews
// and the preview of an edit (server-side dry run and diff).
#include "backend/kube/kubeclient.h"

#include "backend/config/gitrepository.h"
#include "backend/facade/backend.h"
#include "backend/kube/kubeclienthelpers.h"
#include "backend/kube/kubestatus.h"
#include "backend/kube/yamljson.h"

#include <QJsonDocument>

namespace shipdeck {

using namespace kubeclient_detail;

namespace {

// What the diff leaves out: bookkeeping the server changes on every write.
QJsonObject withoutBookkeeping(QJsonObject object)
{
    QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    meta.remove(QStringLiteral("managedFields"));
    meta.remove(QStringLiteral("resourceVersion"));
    meta.remove(QStringLiteral("generation"));
    object.insert(QStringLiteral("metadata"), meta);
    return object;
}

QString labelledDiff(const QString &label, const QByteArray &before, const QByteArray &after)
{
    const QStringList lines = GitRepository::unifiedDiff(label, before, after).split(QLatin1Char('\n'));
    QStringList out;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("diff --git")) || line.startsWith(QLatin1String("index ")))
            continue;
        if (line.startsWith(QLatin1String("--- ")))
            out.append(QStringLiteral("--- %1 (on the cluster)").arg(label));
        else if (line.startsWith(QLatin1String("+++ ")))
            out.append(QStringLiteral("+++ %1 (after the edit)").arg(label));
        else
            out.append(line);
    }
    return out.join(QLatin1Char('\n'));
}

// A server without dry-run support answers 400 naming the parameter (Kubernetes < 1.13) or
// refuses the verb; anything else (422 validation, 409 conflict, 403) is the edit's problem.
bool dryRunUnsupported(const Error &error)
{
    const int status = kubeHttpStatus(error);
    return (status == 400 && error.message().contains(QLatin1String("dryRun"), Qt::CaseInsensitive)) || status == 405 || status == 501;
}

Result<QJsonObject> checkEdited(const QJsonValue &parsed, const KubeResourceType &type, const QString &ns, const QString &name)
{
    if (!parsed.isObject())
        return Error(ErrorCode::Validation, QStringLiteral("the edited %1 %2 is not a mapping").arg(type.kind, name));
    QJsonObject object = parsed.toObject();
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind != type.kind)
        return Error(ErrorCode::Validation, QStringLiteral("the edited object is a %1, not a %2: the kind cannot be changed in an edit")
                                                .arg(kind.isEmpty() ? QStringLiteral("object without kind") : kind, type.kind));
    QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    const QString editedName = meta.value(QLatin1String("name")).toString();
    if (editedName != name)
        return Error(ErrorCode::Validation, QStringLiteral("metadata.name is \"%1\" but %2 %3 is being edited: names cannot be changed in an edit")
                                                .arg(editedName, type.kind, name));
    const QString editedNs = meta.value(QLatin1String("namespace")).toString();
    if (type.namespaced && !editedNs.isEmpty() && editedNs != ns)
        return Error(ErrorCode::Validation, QStringLiteral("metadata.namespace is \"%1\" but the object lives in \"%2\": namespaces cannot be changed in an edit")
                                                .arg(editedNs, ns));
    if (type.namespaced && editedNs.isEmpty()) {
        meta.insert(QStringLiteral("namespace"), ns);
        object.insert(QStringLiteral("metadata"), meta);
    }
    return object;
}

} // namespace

QFuture<Result<QJsonObject>> KubeClient::serverVersion()
{
    return m_backend->post([](BackendCore &core) -> QFuture<Result<QJsonObject>> {
        auto *service = core.service<KubeService>();
        if (!service)
            return ready<QJsonObject>(noWorkspace());
        auto client = service->client();
        if (!client)
            return ready<QJsonObject>(client.error());
        return client.value()->getJson(QStringLiteral("/version"));
    }).unwrap();
}

QFuture<Result<KubeResourceType>> KubeClient::resolveType(const QString &resource)
{
    return m_backend->post([resource](BackendCore &core) -> QFuture<Result<KubeResourceType>> {
        auto *service = core.service<KubeService>();
        if (!service)
            return ready<KubeResourceType>(noWorkspace());
        return service->resolveType(resource);
    }).unwrap();
}

QFuture<Result<bool>> KubeClient::accessAllowed(const KubeAccessCheck &check)
{
    return m_backend->post([check](BackendCore &core) -> QFuture<Result<bool>> {
        auto *service = core.service<KubeService>();
        if (!service)
            return ready<bool>(noWorkspace());
        return service->accessAllowed(check);
    }).unwrap();
}

QFuture<Result<KubeEditPreview>> KubeClient::previewEdit(const QString &resource, const QString &ns, const QString &name,
                                                         const QByteArray &yaml)
{
    return m_backend->post([resource, ns, name, yaml](BackendCore &core) {
        return withType<KubeEditPreview>(core, resource, ns, [name, yaml](Resolved r) -> QFuture<Result<KubeEditPreview>> {
            const QString label = qualifiedName(r.type, name);
            auto parsed = parseYamlDocument(yaml, QStringLiteral("the edited %1").arg(label));
            if (!parsed)
                return ready<KubeEditPreview>(parsed.error());
            auto edited = checkEdited(parsed.value(), r.type, r.ns, name);
            if (!edited)
                return ready<KubeEditPreview>(edited.error());
            const QJsonObject object = edited.value();
            KubeRestClient *c = r.client;
            const QString path = r.type.objectPath(r.ns, name);
            return c->getJson(path)
                .then(c, [c, path, object, label](const Result<QJsonObject> &live) -> QFuture<Result<KubeEditPreview>> {
                    if (!live)
                        return ready<KubeEditPreview>(live.error());
                    const QByteArray before = jsonToYaml(withoutBookkeeping(live.value()));
                    QUrlQuery query;
                    query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
                    return sendJson(c, "PUT", path, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), query)
                        .then(c, [object, before, label](const Result<QJsonObject> &result) -> Result<KubeEditPreview> {
                            KubeEditPreview preview;
                            preview.object = object;
                            QByteArray after;
                            if (result) {
                                preview.serverDryRun = true;
                                after = jsonToYaml(withoutBookkeeping(result.value()));
                            } else if (dryRunUnsupported(result.error())) {
                                preview.note = QStringLiteral("the server cannot dry-run (%1); the diff compares your text with the object on the cluster")
                                                   .arg(result.error().message());
                                after = jsonToYaml(withoutBookkeeping(object));
                            } else {
                                return std::move(result).error().withContext(QStringLiteral("checking the edit of %1 with the server (dry run)").arg(label));
                            }
                            preview.changed = before != after;
                            preview.diff = preview.changed ? labelledDiff(label, before, after) : QString();
                            return preview;
                        });
                })
                .unwrap();
        });
    }).unwrap();
}

} // namespace shipdeck
