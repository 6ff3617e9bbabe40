#include "backend/kube/argoactions.h"

#include "backend/kube/kuberesourcetype.h"
#include "backend/kube/kuberestclient.h"
#include "backend/kube/kubestatus.h"

#include <QJsonArray>

namespace shipdeck {

namespace {

const QByteArray kMergePatch = QByteArrayLiteral("application/merge-patch+json");
const QByteArray kJsonPatch = QByteArrayLiteral("application/json-patch+json");

// Literal patch bodies of promote.go, byte for byte.
const char kUnpause[] = R"({"spec":{"paused":false}})";
const char kClearPause[] = R"({"status":{"pauseConditions":null}})";
const char kUnpauseAndClear[] = R"({"spec":{"paused":false},"status":{"pauseConditions":null}})";
const char kPromoteFull[] = R"({"status":{"promoteFull":true}})";
const char kClearPauseWithStep[] = R"({"status":{"pauseConditions":null, "currentStepIndex":%1}})";
const char kUnpauseAndClearWithStep[] = R"({"spec":{"paused":false},"status":{"pauseConditions":null, "currentStepIndex":%1}})";
const char kClearPauseAndControllerPause[] = R"({"status":{"pauseConditions":null, "controllerPause":false, "currentStepIndex":%1}})";

QByteArray withStep(const char *pattern, int index)
{
    return QString::fromLatin1(pattern).arg(index).toLatin1();
}

KubeResourceType rolloutType() { return *KubeResourceType::find(QStringLiteral("rollouts.argoproj.io")); }

template<typename T>
QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

QJsonObject sortedTemplateWithoutHash(QJsonObject tmpl)
{
    QJsonObject meta = tmpl.value(QLatin1String("metadata")).toObject();
    QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
    labels.remove(QStringLiteral("rollouts-pod-template-hash"));
    meta.insert(QStringLiteral("labels"), labels);
    tmpl.insert(QStringLiteral("metadata"), meta);
    return tmpl;
}

// DeepDerivative: every field set in `a` equals the one in `b` (unset fields ignored).
bool derivative(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject()) {
        const QJsonObject ao = a.toObject();
        const QJsonObject bo = b.toObject();
        for (auto it = ao.begin(); it != ao.end(); ++it) {
            if (!derivative(it.value(), bo.value(it.key())))
                return false;
        }
        return true;
    }
    if (a.isArray()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ba = b.toArray();
        if (aa.size() != ba.size())
            return false;
        for (int i = 0; i < aa.size(); ++i) {
            if (!derivative(aa.at(i), ba.at(i)))
                return false;
        }
        return true;
    }
    if (a.isNull() || a.isUndefined())
        return true;
    return a == b;
}

} // namespace

ArgoPromotePlan ArgoPatches::promote(const QJsonObject &ro, bool full)
{
    ArgoPromotePlan plan;
    const QJsonObject spec = ro.value(QLatin1String("spec")).toObject();
    const QJsonObject status = ro.value(QLatin1String("status")).toObject();
    const QJsonObject canary = spec.value(QLatin1String("strategy")).toObject().value(QLatin1String("canary")).toObject();
    const bool isCanary = spec.value(QLatin1String("strategy")).toObject().contains(QLatin1String("canary"));
    const int stepCount = int(canary.value(QLatin1String("steps")).toArray().size());
    const bool paused = spec.value(QLatin1String("paused")).toBool();
    const QJsonArray pauseConditions = status.value(QLatin1String("pauseConditions")).toArray();
    // GetCurrentCanaryStep: no index without steps; 0 when currentStepIndex is unset.
    std::optional<int> index;
    if (isCanary && stepCount > 0)
        index = status.contains(QLatin1String("currentStepIndex")) ? int(status.value(QLatin1String("currentStepIndex")).toInteger()) : 0;
    if (full) {
        if (status.value(QLatin1String("currentPodHash")).toString() != status.value(QLatin1String("stableRS")).toString())
            plan.statusPatch = QByteArray(kPromoteFull);
        if (paused) {
            plan.specPatch = QByteArray(kUnpause);
            plan.unifiedPatch = QByteArrayLiteral(R"({"spec":{"paused":false},"status":{"promoteFull":true}})");
        }
        return plan;
    }
    plan.unifiedPatch = QByteArray(kUnpauseAndClear);
    if (paused)
        plan.specPatch = QByteArray(kUnpause);
    const bool inconclusive = isCanary
                              && status.value(QLatin1String("canary")).toObject().value(QLatin1String("currentStepAnalysisRunStatus"))
                                         .toObject().value(QLatin1String("status")).toString() == QLatin1String("Inconclusive");
    if (inconclusive && !pauseConditions.isEmpty() && status.value(QLatin1String("controllerPause")).toBool()) {
        if (index) {
            const int next = *index < stepCount ? *index + 1 : *index;
            plan.statusPatch = withStep(kClearPauseAndControllerPause, next);
        }
    } else if (!pauseConditions.isEmpty()) {
        plan.statusPatch = QByteArray(kClearPause);
    } else if (isCanary && index) {
        // Mid-analysis or mid-experiment: move to the next step (never both clear and move).
        const int next = *index < stepCount ? *index + 1 : *index;
        plan.statusPatch = withStep(kClearPauseWithStep, next);
        plan.unifiedPatch = withStep(kUnpauseAndClearWithStep, next);
    }
    return plan;
}

QByteArray ArgoPatches::abort() { return QByteArrayLiteral(R"({"status":{"abort":true}})"); }
QByteArray ArgoPatches::retry() { return QByteArrayLiteral(R"({"status":{"abort":false}})"); }
QByteArray ArgoPatches::pause() { return QByteArrayLiteral(R"({"spec":{"paused":true}})"); }

QByteArray ArgoPatches::restart(const QDateTime &at)
{
    return QStringLiteral(R"({"spec":{"restartAt":"%1"}})").arg(at.toUTC().toString(Qt::ISODate)).toUtf8();
}

Result<QByteArray> ArgoPatches::undo(const QJsonObject &ro, const QList<QJsonObject> &replicaSets, qint64 toRevision, QString *skipped)
{
    const QString uid = ro.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
    const QString name = ro.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    QJsonObject latest, previous, exact;
    qint64 latestRev = -1, previousRev = -1;
    for (const QJsonObject &rs : replicaSets) {
        const QJsonObject meta = rs.value(QLatin1String("metadata")).toObject();
        bool controlled = false;
        for (const auto &ref : meta.value(QLatin1String("ownerReferences")).toArray()) {
            const QJsonObject r = ref.toObject();
            if (r.value(QLatin1String("controller")).toBool() && (uid.isEmpty() || r.value(QLatin1String("uid")).toString() == uid)
                && r.value(QLatin1String("kind")).toString() == QLatin1String("Rollout"))
                controlled = true;
        }
        if (!controlled)
            continue;
        bool ok = true;
        const QString text = meta.value(QLatin1String("annotations")).toObject().value(QLatin1String("rollout.argoproj.io/revision")).toString();
        const qint64 v = text.isEmpty() ? 0 : text.toLongLong(&ok);
        if (!ok)
            continue;
        if (toRevision == 0) {
            if (latestRev < v) {
                previousRev = latestRev;
                previous = latest;
                latestRev = v;
                latest = rs;
            } else if (previousRev < v) {
                previousRev = v;
                previous = rs;
            }
        } else if (v == toRevision) {
            exact = rs;
            break;
        }
    }
    QJsonObject target = toRevision > 0 ? exact : previous;
    if (target.isEmpty()) {
        if (toRevision > 0)
            return Error(ErrorCode::NotFound, QStringLiteral("unable to find specified revision %1 in history of rollout '%2'").arg(toRevision).arg(name));
        return Error(ErrorCode::NotFound, QStringLiteral("no revision found for rollout \"%1\"").arg(name));
    }
    const QJsonObject wanted = sortedTemplateWithoutHash(target.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject());
    const QJsonObject current = sortedTemplateWithoutHash(ro.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject());
    if (derivative(current, wanted)) {
        if (skipped)
            *skipped = QStringLiteral("skipped rollback (current template already matches revision %1)").arg(toRevision);
        return QByteArray();
    }
    const QJsonArray patch{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                       {QStringLiteral("path"), QStringLiteral("/spec/template")},
                                       {QStringLiteral("value"), wanted}}};
    return QJsonDocument(patch).toJson(QJsonDocument::Compact);
}

ArgoRolloutActions::ArgoRolloutActions(KubeRestClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QFuture<Result<QJsonObject>> ArgoRolloutActions::patch(const QString &ns, const QString &name, const QString &subresource,
                                                       const QByteArray &contentType, const QByteArray &body)
{
    KubeRequest r;
    r.verb = QByteArrayLiteral("PATCH");
    r.path = rolloutType().objectPath(ns, name, subresource);
    r.contentType = contentType;
    r.body = body;
    return m_client->send(r).then(this, [](const Result<KubeResponse> &resp) -> Result<QJsonObject> {
        if (!resp)
            return resp.error();
        return resp->json();
    });
}

QFuture<Result<QJsonObject>> ArgoRolloutActions::patchStatus(const QString &ns, const QString &name, const QByteArray &body,
                                                             const std::optional<QByteArray> &fallback)
{
    return patch(ns, name, QStringLiteral("status"), kMergePatch, body)
        .then(this, [this, ns, name, fallback](const Result<QJsonObject> &r) -> QFuture<Result<QJsonObject>> {
            if (r || kubeHttpStatus(r.error()) != 404 || !fallback)
                return ready(r);
            // No status subresource (Argo Rollouts v0.9): the body goes to the main resource.
            return patch(ns, name, QString(), kMergePatch, *fallback);
        })
        .unwrap();
}

QFuture<Result<QString>> ArgoRolloutActions::promote(const QString &ns, const QString &name, bool full)
{
    return m_client->getJson(rolloutType().objectPath(ns, name))
        .then(this, [this, ns, name, full](const Result<QJsonObject> &ro) -> QFuture<Result<QString>> {
            if (!ro)
                return ready<QString>(ro.error());
            if (ro->value(QLatin1String("status")).toObject().value(QLatin1String("abort")).toBool() && !full)
                return ready<QString>(Error(ErrorCode::FailedPrecondition,
                    QStringLiteral("rollout '%1' is aborted; retry it before promoting").arg(name)));
            const ArgoPromotePlan plan = ArgoPatches::promote(ro.value(), full);
            const QString done = full ? QStringLiteral("rollout '%1' fully promoted").arg(name) : QStringLiteral("rollout '%1' promoted").arg(name);
            auto specStep = [this, ns, name, done](std::optional<QByteArray> spec) -> QFuture<Result<QString>> {
                if (!spec)
                    return ready<QString>(done);
                return patch(ns, name, QString(), kMergePatch, *spec).then(this, [done](const Result<QJsonObject> &r) -> Result<QString> {
                    if (!r)
                        return r.error();
                    return done;
                });
            };
            if (!plan.statusPatch)
                return specStep(plan.specPatch);
            return patch(ns, name, QStringLiteral("status"), kMergePatch, *plan.statusPatch)
                .then(this, [plan, specStep](const Result<QJsonObject> &r) -> QFuture<Result<QString>> {
                    if (r)
                        return specStep(plan.specPatch);
                    if (kubeHttpStatus(r.error()) != 404)
                        return ready<QString>(r.error());
                    return specStep(plan.unifiedPatch);
                })
                .unwrap();
        })
        .unwrap();
}

QFuture<Result<QString>> ArgoRolloutActions::abort(const QString &ns, const QString &name)
{
    return patchStatus(ns, name, ArgoPatches::abort(), ArgoPatches::abort()).then(this, [name](const Result<QJsonObject> &r) -> Result<QString> {
        if (!r)
            return r.error();
        return QStringLiteral("rollout '%1' aborted").arg(name);
    });
}

QFuture<Result<QString>> ArgoRolloutActions::retry(const QString &ns, const QString &name)
{
    return patchStatus(ns, name, ArgoPatches::retry(), ArgoPatches::retry()).then(this, [name](const Result<QJsonObject> &r) -> Result<QString> {
        if (!r)
            return r.error();
        return QStringLiteral("rollout '%1' retried").arg(name);
    });
}

QFuture<Result<QString>> ArgoRolloutActions::pause(const QString &ns, const QString &name)
{
    return patch(ns, name, QString(), kMergePatch, ArgoPatches::pause()).then(this, [name](const Result<QJsonObject> &r) -> Result<QString> {
        if (!r)
            return r.error();
        return QStringLiteral("rollout '%1' paused").arg(name);
    });
}

QFuture<Result<QString>> ArgoRolloutActions::restart(const QString &ns, const QString &name, int inSeconds)
{
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(inSeconds);
    return patch(ns, name, QString(), kMergePatch, ArgoPatches::restart(at)).then(this, [name](const Result<QJsonObject> &r) -> Result<QString> {
        if (!r)
            return r.error();
        return QStringLiteral("rollout '%1' restarts").arg(name);
    });
}

QFuture<Result<QString>> ArgoRolloutActions::undo(const QString &ns, const QString &name, qint64 toRevision)
{
    return m_client->getJson(rolloutType().objectPath(ns, name))
        .then(this, [this, ns, name, toRevision](const Result<QJsonObject> &ro) -> QFuture<Result<QString>> {
            if (!ro)
                return ready<QString>(ro.error());
            QStringList selector;
            const QJsonObject match = ro->value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject()
                                          .value(QLatin1String("matchLabels")).toObject();
            for (auto it = match.begin(); it != match.end(); ++it)
                selector.append(it.key() + QLatin1Char('=') + it.value().toString());
            QUrlQuery query;
            if (!selector.isEmpty())
                query.addQueryItem(QStringLiteral("labelSelector"), selector.join(QLatin1Char(',')));
            const QJsonObject rollout = ro.value();
            return m_client->getJson(KubeResourceType::find(QStringLiteral("replicasets"))->collectionPath(ns), query)
                .then(this, [this, ns, name, toRevision, rollout](const Result<QJsonObject> &list) -> QFuture<Result<QString>> {
                    if (!list)
                        return ready<QString>(list.error());
                    QList<QJsonObject> sets;
                    for (const auto &item : list->value(QLatin1String("items")).toArray())
                        sets.append(item.toObject());
                    QString skipped;
                    auto body = ArgoPatches::undo(rollout, sets, toRevision, &skipped);
                    if (!body)
                        return ready<QString>(body.error());
                    if (body->isEmpty())
                        return ready<QString>(skipped);
                    return patch(ns, name, QString(), kJsonPatch, body.value()).then(this, [name, toRevision](const Result<QJsonObject> &r) -> Result<QString> {
                        if (!r)
                            return std::move(r).error().withContext(QStringLiteral("failed restoring revision %1").arg(toRevision));
                        return QStringLiteral("rollout '%1' undo").arg(name);
                    });
                })
                .unwrap();
        })
        .unwrap();
}

} // namespace shipdeck
