#include "backend/kube/kubeclient.h"

#include "backend/facade/backend.h"
#include "backend/kube/argoactions.h"
#include "backend/kube/argorollout.h"
#include "backend/kube/kubeclienthelpers.h"
#include "backend/kube/kubelogbuffer.h"
#include "backend/kube/kuberestclient.h"
#include "backend/kube/kubeservice.h"
#include "backend/kube/kubesummarizer.h"
#include "backend/kube/yamljson.h"

#include <QPromise>

namespace shipdeck {

using namespace kubeclient_detail;

namespace {

// Every item of a collection, page by page (limit 500, continue).
void listPages(KubeRestClient *client, QString path, QUrlQuery query, QString token, std::shared_ptr<QJsonArray> items,
               std::shared_ptr<QPromise<Result<QJsonArray>>> promise)
{
    QUrlQuery q = query;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (!token.isEmpty())
        q.addQueryItem(QStringLiteral("continue"), token);
    client->getJson(path, q).then(client, [client, path, query, items, promise](const Result<QJsonObject> &page) {
        if (!page) {
            promise->addResult(page.error());
            promise->finish();
            return;
        }
        for (const auto &item : page->value(QLatin1String("items")).toArray())
            items->append(item);
        const QString next = page->value(QLatin1String("metadata")).toObject().value(QLatin1String("continue")).toString();
        if (!next.isEmpty()) {
            listPages(client, path, query, next, items, promise);
            return;
        }
        promise->addResult(*items);
        promise->finish();
    });
}

QFuture<Result<QJsonArray>> listAll(KubeRestClient *client, const QString &path, const QUrlQuery &query)
{
    auto promise = std::make_shared<QPromise<Result<QJsonArray>>>();
    promise->start();
    auto future = promise->future();
    listPages(client, path, query, QString(), std::make_shared<QJsonArray>(), promise);
    return future;
}

// A Secret whose values are replaced by their decoded size; keys stay visible.
QJsonObject maskedSecret(QJsonObject secret)
{
    for (const char *field : {"data", "stringData"}) {
        const QString key = QLatin1String(field);
        if (!secret.contains(key))
            continue;
        QJsonObject values = secret.value(key).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QByteArray raw = it.value().toString().toLatin1();
            const qsizetype bytes = key == QLatin1String("data") ? QByteArray::fromBase64(raw).size() : it.value().toString().toUtf8().size();
            *it = QStringLiteral("<hidden: %1 bytes>").arg(bytes);
        }
        secret.insert(key, values);
    }
    // kubectl apply keeps the last applied object, values included, in an annotation.
    QJsonObject meta = secret.value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = meta.value(QLatin1String("annotations")).toObject();
    const QString lastApplied = QStringLiteral("kubectl.kubernetes.io/last-applied-configuration");
    if (annotations.contains(lastApplied)) {
        annotations.insert(lastApplied, QStringLiteral("<hidden: it holds the secret's values>"));
        meta.insert(QStringLiteral("annotations"), annotations);
        secret.insert(QStringLiteral("metadata"), meta);
    }
    return secret;
}

} // namespace

KubeClient::KubeClient(Backend *backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    qRegisterMetaType<KubeStoreDelta>();
}

KubeClient::~KubeClient() = default;

#define SD_KUBE_CONNECT(service)                                                                                          \
    do {                                                                                                                  \
        QObject::connect(service, &KubeService::storeChanged, self, &KubeClient::storeChanged, Qt::UniqueConnection);   \
        QObject::connect(service, &KubeService::watchProblem, self, &KubeClient::watchProblem, Qt::UniqueConnection);   \
        QObject::connect(service, &KubeService::watchHealthy, self, &KubeClient::watchHealthy, Qt::UniqueConnection);   \
        QObject::connect(service, &KubeService::logsChanged, self, &KubeClient::logsChanged, Qt::UniqueConnection);     \
        QObject::connect(service, &KubeService::logsFinished, self, &KubeClient::logsFinished, Qt::UniqueConnection);   \
        QObject::connect(service, &KubeService::logsProblem, self, &KubeClient::logsProblem, Qt::UniqueConnection);     \
        QObject::connect(service, &KubeService::logStreamEnded, self, &KubeClient::logStreamEnded, Qt::UniqueConnection); \
        QObject::connect(service, &KubeService::contextChanged, self, &KubeClient::contextChanged, Qt::UniqueConnection); \
    } while (false)

QFuture<Result<void>> KubeClient::setKubeconfig(const QString &explicitPath)
{
    return m_backend->post([explicitPath](BackendCore &core) -> Result<void> {
        auto *service = core.service<KubeService>();
        if (!service)
            return noWorkspace();
        KubeConfigSource source;
        source.explicitPath = explicitPath;
        service->setConfigSource(source);
        return success();
    });
}

QFuture<Result<void>> KubeClient::setContextOverride(const QString &context)
{
    return m_backend->post([context](BackendCore &core) -> Result<void> {
        auto *service = core.service<KubeService>();
        if (!service)
            return noWorkspace();
        service->setContextOverride(context);
        return success();
    });
}

QFuture<Result<QJsonObject>> KubeClient::contexts()
{
    return m_backend->post([](BackendCore &core) -> Result<QJsonObject> {
        auto *service = core.service<KubeService>();
        if (!service)
            return noWorkspace();
        return service->contextsJson();
    });
}

QFuture<Result<void>> KubeClient::useContext(const QString &context)
{
    QPointer<KubeClient> self(this);
    return m_backend->post([context, self](BackendCore &core) -> Result<void> {
        auto *service = core.service<KubeService>();
        if (!service)
            return noWorkspace();
        if (self)
            SD_KUBE_CONNECT(service);
        return service->useContext(context);
    });
}

QFuture<Result<void>> KubeClient::useNamespace(const QString &namespaceName)
{
    return m_backend->post([namespaceName](BackendCore &core) -> Result<void> {
        auto *service = core.service<KubeService>();
        if (!service)
            return noWorkspace();
        return service->useNamespace(namespaceName);
    });
}

QFuture<Result<QJsonArray>> KubeClient::rolloutSettings()
{
    return m_backend->post([](BackendCore &core) -> Result<QJsonArray> {
        auto *service = core.service<KubeService>();
        if (!service)
            return noWorkspace();
        return service->rolloutSettings();
    });
}

QFuture<Result<void>> KubeClient::setRolloutSetting(const QString &key, const QString &value)
{
    return m_backend->post([key, value](BackendCore &core) -> Result<void> {
        auto *service = core.service<KubeService>();
        if (!service)
            return noWorkspace();
        return service->setRolloutSetting(key, value);
    });
}

QFuture<Result<QJsonObject>> KubeClient::listWithColumns(const QString &resource, const QString &ns, const QString &labelSelector)
{
    return m_backend->post([resource, ns, labelSelector](BackendCore &core) {
        return withType<QJsonObject>(core, resource, ns, [labelSelector](Resolved r) {
            QUrlQuery query;
            if (!labelSelector.isEmpty())
                query.addQueryItem(QStringLiteral("labelSelector"), labelSelector);
            return listAll(r.client, r.type.collectionPath(r.ns), query).then(r.client, [type = r.type](const Result<QJsonArray> &items) -> Result<QJsonObject> {
                if (!items)
                    return items.error();
                KubeSummarizer summarizer(type);
                QJsonArray rows;
                for (const auto &item : items.value()) {
                    const KubeObjectRow row = summarizer.summarize(item.toObject());
                    rows.append(QJsonObject{{QStringLiteral("namespace"), row.namespaceName}, {QStringLiteral("name"), row.name},
                                            {QStringLiteral("created"), row.createdMs}, {QStringLiteral("cells"), QJsonArray::fromStringList(row.cells)}});
                }
                return QJsonObject{{QStringLiteral("kind"), type.kind}, {QStringLiteral("namespaced"), type.namespaced},
                                   {QStringLiteral("columns"), QJsonArray::fromStringList(summarizer.columns())}, {QStringLiteral("rows"), rows}};
            });
        });
    }).unwrap();
}

QFuture<Result<QList<KubeObjectRow>>> KubeClient::list(const QString &resource, const QString &ns, const QString &labelSelector)
{
    return m_backend->post([resource, ns, labelSelector](BackendCore &core) {
        return withType<QList<KubeObjectRow>>(core, resource, ns, [labelSelector](Resolved r) {
            QUrlQuery query;
            if (!labelSelector.isEmpty())
                query.addQueryItem(QStringLiteral("labelSelector"), labelSelector);
            return listAll(r.client, r.type.collectionPath(r.ns), query).then(r.client, [type = r.type](const Result<QJsonArray> &items) -> Result<QList<KubeObjectRow>> {
                if (!items)
                    return items.error();
                KubeSummarizer summarizer(type);
                QList<KubeObjectRow> rows;
                for (const auto &item : items.value())
                    rows.append(summarizer.summarize(item.toObject()));
                return rows;
            });
        });
    }).unwrap();
}

QFuture<Result<QJsonObject>> KubeClient::get(const QString &resource, const QString &ns, const QString &name)
{
    return m_backend->post([resource, ns, name](BackendCore &core) {
        return withType<QJsonObject>(core, resource, ns, [name](Resolved r) { return r.client->getJson(r.type.objectPath(r.ns, name)); });
    }).unwrap();
}

QFuture<Result<QByteArray>> KubeClient::getYaml(const QString &resource, const QString &ns, const QString &name, bool maskSecretValues)
{
    return m_backend->post([resource, ns, name, maskSecretValues](BackendCore &core) {
        return withType<QByteArray>(core, resource, ns, [name, maskSecretValues](Resolved r) {
            const bool secret = r.type.group.isEmpty() && r.type.resource == QLatin1String("secrets");
            return r.client->getJson(r.type.objectPath(r.ns, name)).then(r.client, [secret, maskSecretValues](const Result<QJsonObject> &object) -> Result<QByteArray> {
                if (!object)
                    return object.error();
                if (!secret || !maskSecretValues)
                    return jsonToYaml(object.value());
                return jsonToYaml(maskedSecret(object.value()));
            });
        });
    }).unwrap();
}

QFuture<Result<QString>> KubeClient::scale(const QString &resource, const QString &ns, const QString &name, int replicas)
{
    return m_backend->post([resource, ns, name, replicas](BackendCore &core) {
        return withType<QString>(core, resource, ns, [name, replicas](Resolved r) {
            const QByteArray body = QStringLiteral(R"({"spec":{"replicas":%1}})").arg(replicas).toUtf8();
            return sendJson(r.client, "PATCH", r.type.objectPath(r.ns, name), "application/merge-patch+json", body)
                .then(r.client, [type = r.type, name](const Result<QJsonObject> &o) -> Result<QString> {
                    if (!o)
                        return o.error();
                    return qualifiedName(type, name) + QStringLiteral(" scaled");
                });
        });
    }).unwrap();
}

QFuture<Result<QString>> KubeClient::restart(const QString &resource, const QString &ns, const QString &name)
{
    return m_backend->post([resource, ns, name](BackendCore &core) {
        return withType<QString>(core, resource, ns, [name](Resolved r) {
            if (r.type.resource == QLatin1String("rollouts")) {
                auto *actions = new ArgoRolloutActions(r.client);
                return actions->restart(r.ns, name).then(r.client, [actions](const Result<QString> &m) {
                    actions->deleteLater();
                    return m;
                });
            }
            // kubectl rollout restart: a template annotation changes, so pods are replaced.
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            const QByteArray body = QStringLiteral(R"({"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":"%1"}}}}})").arg(now).toUtf8();
            return sendJson(r.client, "PATCH", r.type.objectPath(r.ns, name), "application/merge-patch+json", body)
                .then(r.client, [type = r.type, name](const Result<QJsonObject> &o) -> Result<QString> {
                    if (!o)
                        return o.error();
                    return qualifiedName(type, name) + QStringLiteral(" restarted");
                });
        });
    }).unwrap();
}

QFuture<Result<QString>> KubeClient::remove(const QString &resource, const QString &ns, const QString &name)
{
    return m_backend->post([resource, ns, name](BackendCore &core) {
        return withType<QString>(core, resource, ns, [name](Resolved r) {
            return sendJson(r.client, "DELETE", r.type.objectPath(r.ns, name), {}, {})
                .then(r.client, [type = r.type, name](const Result<QJsonObject> &o) -> Result<QString> {
                    if (!o)
                        return o.error();
                    return qualifiedName(type, name) + QStringLiteral(" deleted");
                });
        });
    }).unwrap();
}

QFuture<Result<QJsonObject>> KubeClient::replace(const QString &resource, const QString &ns, const QJsonObject &object, bool dryRun)
{
    return m_backend->post([resource, ns, object, dryRun](BackendCore &core) {
        return withType<QJsonObject>(core, resource, ns, [object, dryRun](Resolved r) {
            const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
            QUrlQuery query;
            if (dryRun)
                query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
            return sendJson(r.client, "PUT", r.type.objectPath(r.ns, name), "application/json",
                            QJsonDocument(object).toJson(QJsonDocument::Compact), query);
        });
    }).unwrap();
}

QFuture<Result<quint64>> KubeClient::watch(const KubeWatchSpec &spec)
{
    QPointer<KubeClient> self(this);
    return m_backend->post([spec, self](BackendCore &core) -> QFuture<Result<quint64>> {
        auto *service = core.service<KubeService>();
        if (!service)
            return ready<quint64>(noWorkspace());
        if (self)
            SD_KUBE_CONNECT(service);
        return service->watch(spec);
    }).unwrap();
}

void KubeClient::unwatch(quint64 subscription)
{
    if (m_backend) {
        m_backend->post([subscription](BackendCore &core) {
            if (auto *service = core.service<KubeService>())
                service->unwatch(subscription);
        });
    }
}

QFuture<Result<KubeClient::LogHandle>> KubeClient::openLogs(const QString &ns, const QString &pod, const QString &labelSelector,
                                                            const QString &container, const KubeLogOptions &options)
{
    QPointer<KubeClient> self(this);
    return m_backend->post([=](BackendCore &core) -> Result<LogHandle> {
        auto *service = core.service<KubeService>();
        if (!service)
            return noWorkspace();
        if (self)
            SD_KUBE_CONNECT(service);
        SD_TRY(const quint64 id, service->openLogs(ns, pod, labelSelector, container, options));
        return LogHandle{id, service->logBuffer(id)};
    });
}

void KubeClient::closeLogs(quint64 id)
{
    if (m_backend) {
        m_backend->post([id](BackendCore &core) {
            if (auto *service = core.service<KubeService>())
                service->closeLogs(id);
        });
    }
}

QFuture<Result<QJsonArray>> KubeClient::rollouts(const QString &ns)
{
    return m_backend->post([ns](BackendCore &core) {
        return withType<QJsonArray>(core, QStringLiteral("rollouts.argoproj.io"), ns, [](Resolved r) {
            return listAll(r.client, r.type.collectionPath(r.ns), {}).then(r.client, [](const Result<QJsonArray> &items) -> Result<QJsonArray> {
                if (!items)
                    return items.error();
                QJsonArray out;
                for (const auto &item : items.value())
                    out.append(ArgoRolloutInfo::fromJson(item.toObject()).toJson());
                return out;
            });
        });
    }).unwrap();
}

QFuture<Result<QJsonObject>> KubeClient::rollout(const QString &ns, const QString &name)
{
    return m_backend->post([ns, name](BackendCore &core) {
        return withType<QJsonObject>(core, QStringLiteral("rollouts.argoproj.io"), ns, [name](Resolved r) {
            KubeRestClient *c = r.client;
            const QString runsPath = KubeResourceType::find(QStringLiteral("analysisruns"))->collectionPath(r.ns);
            return c->getJson(r.type.objectPath(r.ns, name))
                .then(c, [c, runsPath, name](const Result<QJsonObject> &ro) -> QFuture<Result<QJsonObject>> {
                    if (!ro)
                        return ready<QJsonObject>(ro.error());
                    QJsonObject info = ArgoRolloutInfo::fromJson(ro.value()).toJson();
                    return listAll(c, runsPath, {}).then(c, [info, name](const Result<QJsonArray> &runs) mutable -> Result<QJsonObject> {
                        QJsonArray mine;
                        if (runs) {
                            for (const auto &run : runs.value()) {
                                const auto a = ArgoAnalysisRunInfo::fromJson(run.toObject());
                                if (a.rollout == name)
                                    mine.append(a.toJson());
                            }
                        }
                        info.insert(QStringLiteral("analysisRuns"), mine);
                        return info;
                    });
                })
                .unwrap();
        });
    }).unwrap();
}

QFuture<Result<QString>> KubeClient::rolloutAction(const QString &ns, const QString &name, const QString &action, qint64 argument)
{
    return m_backend->post([ns, name, action, argument](BackendCore &core) {
        return withType<QString>(core, QStringLiteral("rollouts.argoproj.io"), ns, [name, action, argument](Resolved r) -> QFuture<Result<QString>> {
            auto *actions = new ArgoRolloutActions(r.client);
            QFuture<Result<QString>> f;
            if (action == QLatin1String("promote"))
                f = actions->promote(r.ns, name, false);
            else if (action == QLatin1String("promote-full"))
                f = actions->promote(r.ns, name, true);
            else if (action == QLatin1String("abort"))
                f = actions->abort(r.ns, name);
            else if (action == QLatin1String("retry"))
                f = actions->retry(r.ns, name);
            else if (action == QLatin1String("pause"))
                f = actions->pause(r.ns, name);
            else if (action == QLatin1String("restart"))
                f = actions->restart(r.ns, name, int(argument));
            else if (action == QLatin1String("undo"))
                f = actions->undo(r.ns, name, argument);
            else {
                actions->deleteLater();
                return ready<QString>(Error(ErrorCode::InvalidArgument, QStringLiteral("unknown rollout action \"%1\"").arg(action)));
            }
            return f.then(r.client, [actions](const Result<QString> &m) {
                actions->deleteLater();
                return m;
            });
        });
    }).unwrap();
}

} // namespace shipdeck
