#include "podlifecycle.h"

#include "apierror.h"
#include "clusterapi.h"
#include "eventrecorder.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "podlogs.h"
#include "resourceregistry.h"
#include "servercontext.h"
#include "workloadutil.h"

#include <QCryptographicHash>
#include <QTimer>

namespace shipdeck::kubetest {

namespace {
const QString kComponent = QStringLiteral("kubelet");

QString annotation(const QJsonObject &pod, const char *name)
{
    return valueAt(pod, QStringLiteral("metadata.annotations")).toObject().value(QStringLiteral("test.shipdeck.io/") + QLatin1String(name)).toString();
}

QString containerId(const QString &uid, const QString &container, int restart)
{
    return QStringLiteral("containerd://")
           + QString::fromLatin1(QCryptographicHash::hash((uid + container + QString::number(restart)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonArray conditions(bool ready, const QString &now)
{
    const QString r = ready ? QStringLiteral("True") : QStringLiteral("False");
    QJsonArray list;
    for (const auto &[type, status] : {std::pair{QStringLiteral("PodReadyToStartContainers"), QStringLiteral("True")},
                                       std::pair{QStringLiteral("Initialized"), QStringLiteral("True")},
                                       std::pair{QStringLiteral("Ready"), r}, std::pair{QStringLiteral("ContainersReady"), r},
                                       std::pair{QStringLiteral("PodScheduled"), QStringLiteral("True")}}) {
        QJsonObject c{{QStringLiteral("type"), type}, {QStringLiteral("status"), status},
                      {QStringLiteral("lastProbeTime"), QJsonValue::Null}, {QStringLiteral("lastTransitionTime"), now}};
        if (status == QLatin1String("False")) {
            c.insert(QStringLiteral("reason"), QStringLiteral("ContainersNotReady"));
            c.insert(QStringLiteral("message"), QStringLiteral("containers with unready status"));
        }
        list.append(c);
    }
    return list;
}
} // namespace

PodLifecycle::PodLifecycle(ServerContext &context, QObject *parent) : Reconciler(context, parent)
{
    connect(m_ctx.store, &ObjectStore::changed, this, &PodLifecycle::onChanged);
}

QString PodLifecycle::allocatePodIp()
{
    const int n = m_nextIp++;
    return QStringLiteral("10.244.%1.%2").arg(n / 250).arg(n % 250 + 1);
}

QString PodLifecycle::pickNode()
{
    const ResourceType &nodes = workload::type(m_ctx, QString(), QStringLiteral("nodes"));
    const QList<ObjectPtr> all = m_ctx.store->list(nodes.id);
    if (all.isEmpty())
        return {};
    return all.at(m_nextNode++ % all.size())->name;
}

void PodLifecycle::onChanged(const StoreEvent &event)
{
    const ResourceTypePtr type = m_ctx.registry->byId(event.typeId);
    if (!type || !type->group.isEmpty() || type->resource != QLatin1String("pods") || event.type == EventType::Deleted)
        return;
    if (valueAt(event.object->json, QStringLiteral("spec.nodeName")).toString().isEmpty()
        || !valueAt(event.object->json, QStringLiteral("status.containerStatuses")).isArray())
        enqueue(event.object->ns, event.object->name);
}

QJsonObject PodLifecycle::runningStatus(const QJsonObject &pod, const QString &hostIp, const QString &podIp, bool ready)
{
    const QString now = nowTime();
    const QString uid = valueAt(pod, QStringLiteral("metadata.uid")).toString();
    QJsonArray statuses;
    for (const auto &c : valueAt(pod, QStringLiteral("spec.containers")).toArray()) {
        const QJsonObject container = c.toObject();
        const QString name = container.value(QLatin1String("name")).toString();
        const QString image = container.value(QLatin1String("image")).toString();
        statuses.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("image"), image},
                                    {QStringLiteral("imageID"), QStringLiteral("docker.io/library/") + image.section(QLatin1Char(':'), 0, 0) + QStringLiteral("@sha256:") + QString(64, QLatin1Char('0'))},
                                    {QStringLiteral("containerID"), containerId(uid, name, 0)},
                                    {QStringLiteral("ready"), ready},
                                    {QStringLiteral("started"), true},
                                    {QStringLiteral("restartCount"), 0},
                                    {QStringLiteral("state"), QJsonObject{{QStringLiteral("running"), QJsonObject{{QStringLiteral("startedAt"), now}}}}},
                                    {QStringLiteral("lastState"), QJsonObject{}}});
    }
    return {{QStringLiteral("phase"), QStringLiteral("Running")},
            {QStringLiteral("conditions"), conditions(ready, now)},
            {QStringLiteral("hostIP"), hostIp},
            {QStringLiteral("hostIPs"), QJsonArray{QJsonObject{{QStringLiteral("ip"), hostIp}}}},
            {QStringLiteral("podIP"), podIp},
            {QStringLiteral("podIPs"), QJsonArray{QJsonObject{{QStringLiteral("ip"), podIp}}}},
            {QStringLiteral("startTime"), now},
            {QStringLiteral("containerStatuses"), statuses},
            {QStringLiteral("qosClass"), QStringLiteral("BestEffort")}};
}

void PodLifecycle::reconcile(const QString &ns, const QString &name)
{
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ObjectPtr pod = m_ctx.store->get(pods.id, ns, name);
    if (!pod || workload::isDeleting(pod->json) || valueAt(pod->json, QStringLiteral("status.containerStatuses")).isArray())
        return;
    QString node = valueAt(pod->json, QStringLiteral("spec.nodeName")).toString();
    const bool bind = node.isEmpty();
    if (bind)
        node = pickNode();
    QJsonObject json = pod->json;
    if (node.isEmpty()) {
        QJsonObject status = json.value(QLatin1String("status")).toObject();
        status.insert(QStringLiteral("conditions"),
                      workload::setCondition({}, QStringLiteral("PodScheduled"), QStringLiteral("False"), QStringLiteral("Unschedulable"),
                                             QStringLiteral("0/0 nodes are available.")));
        json.insert(QStringLiteral("status"), status);
        workload::logIfFailed(m_ctx.api->update(pods, ns, name, json, Subresource::Status), "update from podlifecycle");
        return;
    }
    if (bind) {
        setAt(json, QStringLiteral("spec.nodeName"), node);
        auto bound = m_ctx.api->update(pods, ns, name, json);
        if (!bound)
            return;
        json = bound.value()->json;
    }
    QJsonObject status = json.value(QLatin1String("status")).toObject();
    const QString now = nowTime();
    status.insert(QStringLiteral("conditions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("PodScheduled")},
                                                                       {QStringLiteral("status"), QStringLiteral("True")},
                                                                       {QStringLiteral("lastProbeTime"), QJsonValue::Null},
                                                                       {QStringLiteral("lastTransitionTime"), now}}});
    QJsonArray waiting;
    for (const auto &c : valueAt(json, QStringLiteral("spec.containers")).toArray())
        waiting.append(QJsonObject{{QStringLiteral("name"), c.toObject().value(QLatin1String("name"))},
                                   {QStringLiteral("image"), c.toObject().value(QLatin1String("image"))},
                                   {QStringLiteral("imageID"), QString()},
                                   {QStringLiteral("ready"), false},
                                   {QStringLiteral("started"), false},
                                   {QStringLiteral("restartCount"), 0},
                                   {QStringLiteral("state"), QJsonObject{{QStringLiteral("waiting"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("ContainerCreating")}}}}},
                                   {QStringLiteral("lastState"), QJsonObject{}}});
    status.insert(QStringLiteral("containerStatuses"), waiting);
    json.insert(QStringLiteral("status"), status);
    auto scheduled = m_ctx.api->update(pods, ns, name, json, Subresource::Status);
    if (!scheduled)
        return;
    m_ctx.events->record(scheduled.value(), QStringLiteral("Normal"), QStringLiteral("Scheduled"),
                         QStringLiteral("Successfully assigned %1/%2 to %3").arg(ns, name, node), QStringLiteral("default-scheduler"));
    bool ok = false;
    int delay = annotation(json, "ready-delay-ms").toInt(&ok);
    if (!ok)
        delay = m_readyDelayMs;
    const QString uid = pod->uid;
    QTimer::singleShot(std::max(0, delay), this, [this, ns, name, uid] { start(ns, name, uid); });
}

void PodLifecycle::start(const QString &ns, const QString &name, const QString &uid)
{
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ObjectPtr pod = m_ctx.store->get(pods.id, ns, name);
    if (!pod || pod->uid != uid || workload::isDeleting(pod->json))
        return;
    const ResourceType &nodes = workload::type(m_ctx, QString(), QStringLiteral("nodes"));
    const ObjectPtr node = m_ctx.store->get(nodes.id, QString(), valueAt(pod->json, QStringLiteral("spec.nodeName")).toString());
    QString hostIp = QStringLiteral("172.18.0.2");
    if (node) {
        for (const auto &a : valueAt(node->json, QStringLiteral("status.addresses")).toArray()) {
            if (a.toObject().value(QLatin1String("type")).toString() == QLatin1String("InternalIP"))
                hostIp = a.toObject().value(QLatin1String("address")).toString();
        }
    }
    const bool ready = annotation(pod->json, "never-ready") != QLatin1String("true");
    QJsonObject json = pod->json;
    json.insert(QStringLiteral("status"), runningStatus(pod->json, hostIp, allocatePodIp(), ready));
    auto updated = m_ctx.api->update(pods, ns, name, json, Subresource::Status);
    if (!updated)
        return;
    for (const auto &c : valueAt(pod->json, QStringLiteral("spec.containers")).toArray()) {
        const QString container = c.toObject().value(QLatin1String("name")).toString();
        m_ctx.events->record(updated.value(), QStringLiteral("Normal"), QStringLiteral("Pulled"),
                             QStringLiteral("Container image \"%1\" already present on machine").arg(c.toObject().value(QLatin1String("image")).toString()), kComponent);
        m_ctx.events->record(updated.value(), QStringLiteral("Normal"), QStringLiteral("Created"), QStringLiteral("Created container %1").arg(container), kComponent);
        m_ctx.events->record(updated.value(), QStringLiteral("Normal"), QStringLiteral("Started"), QStringLiteral("Started container %1").arg(container), kComponent);
    }
    if (annotation(pod->json, "crash") == QLatin1String("true")) {
        QTimer::singleShot(std::max(200, m_readyDelayMs), this, [this, ns, name, uid] { crashLoop(ns, name, uid); });
        return;
    }
    if (valueAt(pod->json, QStringLiteral("spec.restartPolicy")).toString() != QLatin1String("Always")) {
        bool ok = false;
        int runMs = annotation(pod->json, "run-ms").toInt(&ok);
        if (!ok)
            runMs = std::max(2 * m_readyDelayMs, 100);
        QTimer::singleShot(runMs, this, [this, ns, name, uid] { finish(ns, name, uid); });
    }
}

void PodLifecycle::finish(const QString &ns, const QString &name, const QString &uid)
{
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ObjectPtr pod = m_ctx.store->get(pods.id, ns, name);
    if (!pod || pod->uid != uid || workload::isDeleting(pod->json))
        return;
    const int exitCode = annotation(pod->json, "exit-code").toInt();
    const QString now = nowTime();
    QJsonObject json = pod->json;
    QJsonObject status = json.value(QLatin1String("status")).toObject();
    QJsonArray statuses = status.value(QLatin1String("containerStatuses")).toArray();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QJsonObject s = statuses.at(i).toObject();
        const QString started = valueAt(s, QStringLiteral("state.running.startedAt")).toString();
        s.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("terminated"),
                                                       QJsonObject{{QStringLiteral("exitCode"), exitCode},
                                                                   {QStringLiteral("reason"), exitCode == 0 ? QStringLiteral("Completed") : QStringLiteral("Error")},
                                                                   {QStringLiteral("startedAt"), started},
                                                                   {QStringLiteral("finishedAt"), now},
                                                                   {QStringLiteral("containerID"), s.value(QLatin1String("containerID"))}}}});
        s.insert(QStringLiteral("ready"), false);
        s.insert(QStringLiteral("started"), false);
        statuses[i] = s;
    }
    status.insert(QStringLiteral("containerStatuses"), statuses);
    status.insert(QStringLiteral("phase"), exitCode == 0 ? QStringLiteral("Succeeded") : QStringLiteral("Failed"));
    QJsonArray conds = status.value(QLatin1String("conditions")).toArray();
    conds = workload::setCondition(conds, QStringLiteral("Ready"), QStringLiteral("False"), QStringLiteral("PodCompleted"), QString());
    conds = workload::setCondition(conds, QStringLiteral("ContainersReady"), QStringLiteral("False"), QStringLiteral("PodCompleted"), QString());
    status.insert(QStringLiteral("conditions"), conds);
    json.insert(QStringLiteral("status"), status);
    workload::logIfFailed(m_ctx.api->update(pods, ns, name, json, Subresource::Status), "update from podlifecycle");
}

void PodLifecycle::crashLoop(const QString &ns, const QString &name, const QString &uid)
{
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ObjectPtr pod = m_ctx.store->get(pods.id, ns, name);
    if (!pod || pod->uid != uid || workload::isDeleting(pod->json))
        return;
    if (!restart(ns, name, QStringLiteral("Error")))
        return;
    QTimer::singleShot(std::max(1000, 2 * m_readyDelayMs), this, [this, ns, name, uid] { crashLoop(ns, name, uid); });
}

Result<void> PodLifecycle::restart(const QString &ns, const QString &name, const QString &reason)
{
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ObjectPtr pod = m_ctx.store->get(pods.id, ns, name);
    if (!pod)
        return notFound(QStringLiteral("pods"), name);
    QJsonObject json = pod->json;
    QJsonObject status = json.value(QLatin1String("status")).toObject();
    QJsonArray statuses = status.value(QLatin1String("containerStatuses")).toArray();
    if (status.value(QLatin1String("phase")).toString() != QLatin1String("Running"))
        return apiError(409, QStringLiteral("Conflict"), QStringLiteral("pod %1/%2 is not running").arg(ns, name));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QString now = formatTime(at);
    const bool crash = annotation(pod->json, "crash") == QLatin1String("true");
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QJsonObject s = statuses.at(i).toObject();
        const int restarts = s.value(QLatin1String("restartCount")).toInt();
        if (m_ctx.logs)
            m_ctx.logs->noteRestart(ns, name, pod->uid, s.value(QLatin1String("name")).toString(), restarts, at, !crash);
        s.insert(QStringLiteral("lastState"),
                 QJsonObject{{QStringLiteral("terminated"), QJsonObject{{QStringLiteral("exitCode"), reason == QLatin1String("Completed") ? 0
                                                                                                 : reason == QLatin1String("OOMKilled") ? 137 : 1},
                                                                         {QStringLiteral("reason"), reason},
                                                                         {QStringLiteral("startedAt"), valueAt(s, QStringLiteral("state.running.startedAt"))},
                                                                         {QStringLiteral("finishedAt"), now},
                                                                         {QStringLiteral("containerID"), s.value(QLatin1String("containerID"))}}}});
        s.insert(QStringLiteral("restartCount"), restarts + 1);
        s.insert(QStringLiteral("containerID"), containerId(pod->uid, s.value(QLatin1String("name")).toString(), restarts + 1));
        if (crash) {
            s.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("waiting"),
                                                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff")},
                                                                       {QStringLiteral("message"), QStringLiteral("back-off restarting failed container")}}}});
            s.insert(QStringLiteral("ready"), false);
        } else {
            s.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("running"), QJsonObject{{QStringLiteral("startedAt"), now}}}});
        }
        statuses[i] = s;
    }
    status.insert(QStringLiteral("containerStatuses"), statuses);
    if (annotation(pod->json, "crash") == QLatin1String("true")) {
        QJsonArray conds = status.value(QLatin1String("conditions")).toArray();
        conds = workload::setCondition(conds, QStringLiteral("Ready"), QStringLiteral("False"), QStringLiteral("ContainersNotReady"),
                                       QStringLiteral("containers with unready status"));
        status.insert(QStringLiteral("conditions"), conds);
    }
    json.insert(QStringLiteral("status"), status);
    SD_TRY(ObjectPtr updated, m_ctx.api->update(pods, ns, name, json, Subresource::Status));
    m_ctx.events->record(updated, QStringLiteral("Warning"), QStringLiteral("BackOff"), QStringLiteral("Back-off restarting failed container"), kComponent);
    return success();
}

} // namespace shipdeck::kubetest
