#include "backend/providers/kubernetes/kubernetesprovider.h"

#include "backend/kube/kubeendpoint.h"
#include "backend/kube/kubelogging.h"
#include "backend/providers/kubernetes/kubesyncclient.h"
#include "backend/providers/kubernetes/rolloutlease.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QTimer>

#include <cmath>

namespace shipdeck {

namespace {

const QString kComponentLabel = QStringLiteral("shipdeck.io/component");
const QString kVersionLabel = QStringLiteral("shipdeck.io/version");

QJsonObject meta(const QString &name, const QString &ns, const QJsonObject &labels, const QJsonObject &annotations = {})
{
    QJsonObject m{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}, {QStringLiteral("labels"), labels}};
    if (!annotations.isEmpty())
        m.insert(QStringLiteral("annotations"), annotations);
    return m;
}

QString substitute(QString text, const QString &component, const QString &version)
{
    return text.replace(QLatin1String("{version}"), version).replace(QLatin1String("{component}"), component);
}

int servicePort(const ComponentDefinition &c) { return c.port > 0 ? c.port : 80; }

} // namespace

QString KubernetesProvider::deploymentName(const QString &componentId, const QString &version)
{
    QString v = version.toLower();
    for (QChar &ch : v) {
        if (!(ch.isLetterOrNumber() || ch == QLatin1Char('-')))
            ch = QLatin1Char('-');
    }
    return (componentId + QLatin1Char('-') + v).left(63);
}

KubernetesProvider::KubernetesProvider(const KubeEndpoint &endpoint, Options options, QObject *parent)
    : Provider(parent), m_options(std::move(options)), m_client(std::make_unique<KubeSyncClient>(endpoint)), m_renew(new QTimer(this))
{
    if (m_options.identity.isEmpty())
        m_options.identity = QStringLiteral("%1@%2:%3").arg(qEnvironmentVariable("USER", QStringLiteral("shipdeck")), QHostInfo::localHostName())
                                 .arg(QCoreApplication::applicationPid());
    m_renew->setInterval(qMax(1, m_options.leaseSeconds / 3) * 1000);
    connect(m_renew, &QTimer::timeout, this, &KubernetesProvider::renewLeases);
    m_renew->start();
}

KubernetesProvider::~KubernetesProvider() = default;

QString KubernetesProvider::collection(const QString &apiPrefix, const QString &resource) const
{
    return QStringLiteral("%1/namespaces/%2/%3").arg(apiPrefix, m_options.namespaceName, resource);
}

RolloutLease &KubernetesProvider::lease(const QString &componentId)
{
    auto &l = m_leases[componentId];
    if (!l)
        l = std::make_shared<RolloutLease>(*m_client, m_options.namespaceName, QStringLiteral("shipdeck-rollout-") + componentId,
                                           m_options.identity, m_options.leaseSeconds);
    return *l;
}

Result<void> KubernetesProvider::acquire(const QString &componentId)
{
    auto state = lease(componentId).acquire();
    if (!state) {
        m_leases.remove(componentId); // observers do not renew (or silently take over)
        return state.error();
    }
    return success();
}

Result<void> KubernetesProvider::release(const QString &componentId)
{
    SD_CHECK(lease(componentId).release());
    m_leases.remove(componentId);
    return success();
}

void KubernetesProvider::rolloutFinished(const QString &componentId)
{
    if (!m_leases.contains(componentId))
        return;
    if (auto released = release(componentId); !released)
        qCWarning(lcKube) << "rollout lease of" << componentId << "not released (it expires by itself):" << released.error().toString();
}

Result<QString> KubernetesProvider::leaseHolder(const QString &componentId) const
{
    RolloutLease probe(*m_client, m_options.namespaceName, QStringLiteral("shipdeck-rollout-") + componentId, m_options.identity);
    SD_TRY(const RolloutLease::State state, probe.state());
    return state.expired(QDateTime::currentDateTimeUtc()) ? QString() : state.holder;
}

Result<void> KubernetesProvider::requireLease(const QString &componentId)
{
    return acquire(componentId); // renews when held, takes it when free, refuses otherwise
}

void KubernetesProvider::renewLeases()
{
    for (const QString &component : m_leases.keys()) {
        auto renewed = m_leases.value(component)->acquire();
        if (!renewed) {
            qCWarning(lcKube) << "rollout lease" << m_leases.value(component)->name() << "lost:" << renewed.error().toString();
            m_leases.remove(component);
            Q_EMIT statusChanged(component);
        }
    }
}

Result<QJsonObject> KubernetesProvider::recordedState(const QString &componentId) const
{
    auto cm = m_client->get(collection(QStringLiteral("/api/v1"), QStringLiteral("configmaps")) + QStringLiteral("/shipdeck-rollout-") + componentId);
    if (!cm && cm.error().code() == ErrorCode::NotFound)
        return QJsonObject();
    if (!cm)
        return cm.error();
    return cm->value(QLatin1String("data")).toObject();
}

Result<void> KubernetesProvider::recordState(const QString &componentId, const QJsonObject &changes)
{
    QJsonObject data = changes;
    data.insert(QStringLiteral("updatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    data.insert(QStringLiteral("updatedBy"), m_options.identity);
    const QJsonObject cm{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                         {QStringLiteral("metadata"), meta(QStringLiteral("shipdeck-rollout-") + componentId, m_options.namespaceName,
                                                           {{kComponentLabel, componentId}, {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("shipdeck")}})},
                         {QStringLiteral("data"), data}};
    SD_TRY(const QJsonObject applied, m_client->apply(collection(QStringLiteral("/api/v1"), QStringLiteral("configmaps")), cm));
    Q_UNUSED(applied);
    return success();
}

Result<void> KubernetesProvider::ensureVersion(const ComponentDefinition &component, const QString &version, int replicas)
{
    SD_CHECK(requireLease(component.id));
    m_components.insert(component.id, component);
    const VersionOverride override = component.versions.value(version);
    const QString image = substitute(override.command.isEmpty() ? component.run.command : override.command, component.id, version);
    if (image.isEmpty())
        return Error(ErrorCode::Validation, QStringLiteral("component \"%1\" has no container image (run.command, e.g. registry/%1:{version})").arg(component.id));
    QJsonArray env;
    QMap<QString, QString> vars = component.run.env;
    for (auto it = override.env.begin(); it != override.env.end(); ++it)
        vars.insert(it.key(), it.value());
    for (auto it = vars.begin(); it != vars.end(); ++it)
        env.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), substitute(it.value(), component.id, version)}});
    QJsonArray args;
    for (const QString &a : component.run.args + override.extraArgs)
        args.append(substitute(a, component.id, version));
    QJsonObject container{{QStringLiteral("name"), component.id}, {QStringLiteral("image"), image}};
    if (!args.isEmpty())
        container.insert(QStringLiteral("args"), args);
    if (!env.isEmpty())
        container.insert(QStringLiteral("env"), env);
    if (component.port > 0)
        container.insert(QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("containerPort"), component.port}}});
    if (component.healthCheck.kind == HealthCheck::Kind::Http && component.port > 0) {
        container.insert(QStringLiteral("readinessProbe"),
                         QJsonObject{{QStringLiteral("httpGet"), QJsonObject{{QStringLiteral("path"), component.healthCheck.path}, {QStringLiteral("port"), component.port}}},
                                     {QStringLiteral("periodSeconds"), qMax(1, component.healthCheck.periodMs / 1000)},
                                     {QStringLiteral("failureThreshold"), component.healthCheck.failureThreshold}});
    }
    const QJsonObject selector{{kComponentLabel, component.id}, {kVersionLabel, version}};
    QJsonObject labels = selector;
    labels.insert(QStringLiteral("app.kubernetes.io/name"), component.id);
    labels.insert(QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("shipdeck"));
    const QJsonObject strategy = m_options.strategy == UpdateStrategy::Recreate
                                     ? QJsonObject{{QStringLiteral("type"), QStringLiteral("Recreate")}}
                                     : QJsonObject{{QStringLiteral("type"), QStringLiteral("RollingUpdate")}};
    const QJsonObject deployment{
        {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")}, {QStringLiteral("kind"), QStringLiteral("Deployment")},
        {QStringLiteral("metadata"), meta(deploymentName(component.id, version), m_options.namespaceName, labels)},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), replicas},
                                             {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), selector}}},
                                             {QStringLiteral("strategy"), strategy},
                                             {QStringLiteral("template"), QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                                                                                      {QStringLiteral("spec"), QJsonObject{{QStringLiteral("containers"), QJsonArray{container}}}}}}}}};
    SD_TRY(const QJsonObject applied, m_client->apply(collection(QStringLiteral("/apis/apps/v1"), QStringLiteral("deployments")), deployment));
    Q_UNUSED(applied);
    SD_TRY(QJsonObject state, recordedState(component.id));
    QJsonArray versions = state.value(QLatin1String("versions")).toString().isEmpty()
                              ? QJsonArray{} : QJsonDocument::fromJson(state.value(QLatin1String("versions")).toString().toUtf8()).array();
    if (!versions.contains(version))
        versions.append(version);
    state.insert(QStringLiteral("versions"), QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Compact)));
    if (state.value(QLatin1String("stableVersion")).toString().isEmpty())
        state.insert(QStringLiteral("stableVersion"), version);
    SD_CHECK(recordState(component.id, state));
    Q_EMIT statusChanged(component.id);
    return success();
}

Result<void> KubernetesProvider::removeVersion(const QString &componentId, const QString &version)
{
    SD_CHECK(requireLease(componentId));
    SD_TRY(const QJsonObject removed, m_client->remove(collection(QStringLiteral("/apis/apps/v1"), QStringLiteral("deployments")) + QLatin1Char('/')
                                                       + deploymentName(componentId, version)));
    Q_UNUSED(removed);
    SD_TRY(QJsonObject state, recordedState(componentId));
    QJsonArray versions = QJsonDocument::fromJson(state.value(QLatin1String("versions")).toString().toUtf8()).array();
    for (int i = int(versions.size()) - 1; i >= 0; --i) {
        if (versions.at(i).toString() == version)
            versions.removeAt(i);
    }
    state.insert(QStringLiteral("versions"), QString::fromUtf8(QJsonDocument(versions).toJson(QJsonDocument::Compact)));
    if (state.value(QLatin1String("canaryVersion")).toString() == version)
        state.insert(QStringLiteral("canaryVersion"), QString());
    SD_CHECK(recordState(componentId, state));
    Q_EMIT statusChanged(componentId);
    return success();
}

Result<void> KubernetesProvider::setTraffic(const QString &componentId, const TrafficSplit &split)
{
    if (split.canaryWeight < 0 || split.canaryWeight > 100)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("canary weight %1 is outside 0..100").arg(split.canaryWeight));
    if (m_options.traffic == TrafficMode::BlueGreen && split.canaryWeight != 0 && split.canaryWeight != 100)
        return Error(ErrorCode::Unsupported, QStringLiteral("blue-green switches all traffic at once: weight must be 0 or 100, not %1").arg(split.canaryWeight));
    SD_CHECK(requireLease(componentId));
    SD_CHECK(applyTraffic(componentId, split));
    SD_TRY(QJsonObject state, recordedState(componentId));
    state.insert(QStringLiteral("stableVersion"), split.stableVersion);
    state.insert(QStringLiteral("canaryVersion"), split.canaryVersion);
    state.insert(QStringLiteral("canaryWeight"), QString::number(split.canaryWeight));
    state.insert(QStringLiteral("headerName"), split.headerName);
    state.insert(QStringLiteral("headerValue"), split.headerValue);
    SD_CHECK(recordState(componentId, state));
    return success();
}

Result<void> KubernetesProvider::applyTraffic(const QString &componentId, const TrafficSplit &split)
{
    const ComponentDefinition component = m_components.value(componentId);
    const int port = servicePort(component);
    const int targetPort = component.port > 0 ? component.port : 8080;
    const QString canary = split.canaryVersion.isEmpty() ? split.stableVersion : split.canaryVersion;
    const int weight = split.canaryVersion.isEmpty() ? 0 : split.canaryWeight;
    const QString services = collection(QStringLiteral("/api/v1"), QStringLiteral("services"));
    auto service = [&](const QString &name, const QJsonObject &selector) -> Result<void> {
        const QJsonObject svc{{QStringLiteral("apiVersion"), QStringLiteral("v1")}, {QStringLiteral("kind"), QStringLiteral("Service")},
                              {QStringLiteral("metadata"), meta(name, m_options.namespaceName, {{kComponentLabel, componentId}})},
                              {QStringLiteral("spec"), QJsonObject{{QStringLiteral("selector"), selector},
                                                                   {QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("port"), port},
                                                                                                                    {QStringLiteral("targetPort"), targetPort}}}}}}};
        SD_TRY(const QJsonObject applied, m_client->apply(services, svc));
        Q_UNUSED(applied);
        return success();
    };
    auto versionSelector = [&](const QString &version) { return QJsonObject{{kComponentLabel, componentId}, {kVersionLabel, version}}; };
    switch (m_options.traffic) {
    case TrafficMode::ReplicaRatio: {
        // One Service over both versions; the replica counts carry the weight.
        SD_CHECK(service(componentId, QJsonObject{{kComponentLabel, componentId}}));
        SD_TRY(const QList<VersionStatus> versions, status(componentId));
        int total = qMax(1, component.scaling.minReplicas);
        int current = 0;
        for (const auto &v : versions)
            current += v.desiredReplicas;
        total = qMax(total, current);
        int canaryReplicas = weight == 0 ? 0 : qMax(1, int(std::lround(total * weight / 100.0)));
        if (canary == split.stableVersion)
            canaryReplicas = 0;
        const QString deployments = collection(QStringLiteral("/apis/apps/v1"), QStringLiteral("deployments"));
        SD_TRY(const QJsonObject s, m_client->mergePatch(deployments + QLatin1Char('/') + deploymentName(componentId, split.stableVersion),
                                                         {{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), total - canaryReplicas}}}}));
        Q_UNUSED(s);
        if (canary != split.stableVersion) {
            SD_TRY(const QJsonObject c, m_client->mergePatch(deployments + QLatin1Char('/') + deploymentName(componentId, canary),
                                                             {{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), canaryReplicas}}}}));
            Q_UNUSED(c);
        }
        return success();
    }
    case TrafficMode::HttpRoute: {
        SD_CHECK(service(componentId + QStringLiteral("-stable"), versionSelector(split.stableVersion)));
        SD_CHECK(service(componentId + QStringLiteral("-canary"), versionSelector(canary)));
        auto backend = [&](const QString &svc, int w) {
            return QJsonObject{{QStringLiteral("name"), svc}, {QStringLiteral("port"), port}, {QStringLiteral("weight"), w}};
        };
        QJsonArray rules;
        if (!split.headerName.isEmpty() && !split.canaryVersion.isEmpty()) {
            QJsonObject header{{QStringLiteral("name"), split.headerName}, {QStringLiteral("value"), split.headerValue}};
            if (split.headerValue.isEmpty())
                header = {{QStringLiteral("type"), QStringLiteral("RegularExpression")}, {QStringLiteral("name"), split.headerName}, {QStringLiteral("value"), QStringLiteral(".*")}};
            rules.append(QJsonObject{{QStringLiteral("matches"), QJsonArray{QJsonObject{{QStringLiteral("headers"), QJsonArray{header}}}}},
                                     {QStringLiteral("backendRefs"), QJsonArray{backend(componentId + QStringLiteral("-canary"), 1)}}});
        }
        rules.append(QJsonObject{{QStringLiteral("backendRefs"), QJsonArray{backend(componentId + QStringLiteral("-stable"), 100 - weight),
                                                                            backend(componentId + QStringLiteral("-canary"), weight)}}});
        QJsonObject spec{{QStringLiteral("parentRefs"), QJsonArray{QJsonObject{{QStringLiteral("name"), m_options.gatewayName}}}}, {QStringLiteral("rules"), rules}};
        if (!m_options.host.isEmpty())
            spec.insert(QStringLiteral("hostnames"), QJsonArray{m_options.host});
        const QJsonObject route{{QStringLiteral("apiVersion"), QStringLiteral("gateway.networking.k8s.io/v1")}, {QStringLiteral("kind"), QStringLiteral("HTTPRoute")},
                                {QStringLiteral("metadata"), meta(componentId, m_options.namespaceName, {{kComponentLabel, componentId}})},
                                {QStringLiteral("spec"), spec}};
        SD_TRY(const QJsonObject applied, m_client->apply(collection(QStringLiteral("/apis/gateway.networking.k8s.io/v1"), QStringLiteral("httproutes")), route));
        Q_UNUSED(applied);
        return success();
    }
    case TrafficMode::NginxIngress: {
        SD_CHECK(service(componentId + QStringLiteral("-stable"), versionSelector(split.stableVersion)));
        SD_CHECK(service(componentId + QStringLiteral("-canary"), versionSelector(canary)));
        auto ingress = [&](const QString &name, const QString &svc, const QJsonObject &annotations) {
            const QJsonObject backend{{QStringLiteral("service"),
                                       QJsonObject{{QStringLiteral("name"), svc}, {QStringLiteral("port"), QJsonObject{{QStringLiteral("number"), port}}}}}};
            const QJsonObject path{{QStringLiteral("path"), QStringLiteral("/")}, {QStringLiteral("pathType"), QStringLiteral("Prefix")},
                                   {QStringLiteral("backend"), backend}};
            QJsonObject rule{{QStringLiteral("http"), QJsonObject{{QStringLiteral("paths"), QJsonArray{path}}}}};
            if (!m_options.host.isEmpty())
                rule.insert(QStringLiteral("host"), m_options.host);
            return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1")}, {QStringLiteral("kind"), QStringLiteral("Ingress")},
                               {QStringLiteral("metadata"), meta(name, m_options.namespaceName, {{kComponentLabel, componentId}}, annotations)},
                               {QStringLiteral("spec"), QJsonObject{{QStringLiteral("ingressClassName"), m_options.ingressClass}, {QStringLiteral("rules"), QJsonArray{rule}}}}};
        };
        const QString ingresses = collection(QStringLiteral("/apis/networking.k8s.io/v1"), QStringLiteral("ingresses"));
        SD_TRY(const QJsonObject primary, m_client->apply(ingresses, ingress(componentId, componentId + QStringLiteral("-stable"), {})));
        Q_UNUSED(primary);
        QJsonObject annotations{{QStringLiteral("nginx.ingress.kubernetes.io/canary"), QStringLiteral("true")},
                                {QStringLiteral("nginx.ingress.kubernetes.io/canary-weight"), QString::number(weight)}};
        // Merge patch: a null removes header routing that is no longer wanted.
        annotations.insert(QStringLiteral("nginx.ingress.kubernetes.io/canary-by-header"),
                           split.headerName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(split.headerName));
        annotations.insert(QStringLiteral("nginx.ingress.kubernetes.io/canary-by-header-value"),
                           split.headerValue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(split.headerValue));
        SD_TRY(const QJsonObject canaryIngress, m_client->apply(ingresses, ingress(componentId + QStringLiteral("-canary"), componentId + QStringLiteral("-canary"), annotations)));
        Q_UNUSED(canaryIngress);
        return success();
    }
    case TrafficMode::BlueGreen:
        SD_CHECK(service(componentId, versionSelector(weight == 100 ? canary : split.stableVersion)));
        SD_CHECK(service(componentId + QStringLiteral("-preview"), versionSelector(canary)));
        return success();
    }
    return success();
}

Result<TrafficSplit> KubernetesProvider::traffic(const QString &componentId) const
{
    SD_TRY(const QJsonObject state, recordedState(componentId));
    TrafficSplit split;
    split.stableVersion = state.value(QLatin1String("stableVersion")).toString();
    split.canaryVersion = state.value(QLatin1String("canaryVersion")).toString();
    split.headerName = state.value(QLatin1String("headerName")).toString();
    split.headerValue = state.value(QLatin1String("headerValue")).toString();
    split.canaryWeight = state.value(QLatin1String("canaryWeight")).toString().toInt();
    // The weight the cluster actually routes by wins over the record.
    if (m_options.traffic == TrafficMode::HttpRoute) {
        auto route = m_client->get(collection(QStringLiteral("/apis/gateway.networking.k8s.io/v1"), QStringLiteral("httproutes")) + QLatin1Char('/') + componentId);
        if (route) {
            const QJsonArray rules = route->value(QLatin1String("spec")).toObject().value(QLatin1String("rules")).toArray();
            int canaryWeight = 0, total = 0;
            for (const auto &b : rules.last().toObject().value(QLatin1String("backendRefs")).toArray()) {
                const int w = b.toObject().value(QLatin1String("weight")).toInt(1);
                total += w;
                if (b.toObject().value(QLatin1String("name")).toString().endsWith(QLatin1String("-canary")))
                    canaryWeight += w;
            }
            if (total > 0)
                split.canaryWeight = int(std::lround(100.0 * canaryWeight / total));
        }
    } else if (m_options.traffic == TrafficMode::NginxIngress) {
        auto ing = m_client->get(collection(QStringLiteral("/apis/networking.k8s.io/v1"), QStringLiteral("ingresses")) + QLatin1Char('/') + componentId + QStringLiteral("-canary"));
        if (ing)
            split.canaryWeight = ing->value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
                                     .value(QLatin1String("nginx.ingress.kubernetes.io/canary-weight")).toString().toInt();
    }
    return split;
}

Result<QList<VersionStatus>> KubernetesProvider::status(const QString &componentId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), kComponentLabel + QLatin1Char('=') + componentId);
    SD_TRY(const QJsonObject deployments, m_client->get(collection(QStringLiteral("/apis/apps/v1"), QStringLiteral("deployments")), query));
    SD_TRY(const QJsonObject pods, m_client->get(collection(QStringLiteral("/api/v1"), QStringLiteral("pods")), query));
    QList<VersionStatus> out;
    for (const auto &d : deployments.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = d.toObject();
        VersionStatus v;
        v.version = o.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject().value(kVersionLabel).toString();
        v.desiredReplicas = o.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(1);
        v.readyReplicas = o.value(QLatin1String("status")).toObject().value(QLatin1String("readyReplicas")).toInt();
        for (const auto &p : pods.value(QLatin1String("items")).toArray()) {
            const QJsonObject pod = p.toObject();
            const QJsonObject pmeta = pod.value(QLatin1String("metadata")).toObject();
            if (pmeta.value(QLatin1String("labels")).toObject().value(kVersionLabel).toString() != v.version)
                continue;
            const QJsonObject st = pod.value(QLatin1String("status")).toObject();
            InstanceStatus i;
            i.id = pmeta.value(QLatin1String("name")).toString();
            i.version = v.version;
            i.running = st.value(QLatin1String("phase")).toString() == QLatin1String("Running");
            for (const auto &c : st.value(QLatin1String("conditions")).toArray()) {
                if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready"))
                    i.ready = c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
            }
            for (const auto &cs : st.value(QLatin1String("containerStatuses")).toArray())
                i.restarts += cs.toObject().value(QLatin1String("restartCount")).toInt();
            i.startedAtMs = QDateTime::fromString(st.value(QLatin1String("startTime")).toString(), Qt::ISODate).toMSecsSinceEpoch();
            v.instances.append(i);
        }
        out.append(v);
    }
    return out;
}

QString KubernetesProvider::metricsUrl(const QString &) const
{
    return m_options.prometheusUrl;
}

QString KubernetesProvider::endpoint(const QString &componentId) const
{
    if (!m_options.host.isEmpty())
        return QStringLiteral("http://") + m_options.host;
    return QStringLiteral("http://%1.%2.svc.cluster.local:%3").arg(componentId, m_options.namespaceName)
        .arg(servicePort(m_components.value(componentId)));
}

} // namespace shipdeck
