#include "controllers.h"

#include "apierror.h"
#include "clusterapi.h"
#include "daemonsetcontroller.h"
#include "defaults.h"
#include "deploymentcontroller.h"
#include "eventgenerator.h"
#include "jobcontroller.h"
#include "jsonutil.h"
#include "namespacecontroller.h"
#include "objectstore.h"
#include "podlifecycle.h"
#include "replicasetcontroller.h"
#include "resourceregistry.h"
#include "servercontext.h"
#include "serveroptions.h"
#include "statefulsetcontroller.h"
#include "workloadutil.h"

namespace shipdeck::kubetest {

Controllers::Controllers(ServerContext &context, const ServerOptions &options, QObject *parent)
    : QObject(parent), m_ctx(context),
      m_deployments(new DeploymentController(context, this)),
      m_replicaSets(new ReplicaSetController(context, this)),
      m_statefulSets(new StatefulSetController(context, this)),
      m_daemonSets(new DaemonSetController(context, this)),
      m_jobs(new JobController(context, this)),
      m_pods(new PodLifecycle(context, this)),
      m_namespaces(new NamespaceController(context, this)),
      m_gc(new GarbageCollector(context, this)),
      m_generator(new EventGenerator(context, this)),
      m_kubeletVersion(options.serverVersion)
{
    m_pods->setReadyDelayMs(options.podReadyDelayMs);
}

Controllers::~Controllers() = default;

Result<void> Controllers::createNodes(int count)
{
    const ResourceType &nodes = workload::type(m_ctx, QString(), QStringLiteral("nodes"));
    WriteOptions internal;
    internal.keepStatus = true;
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("node-%1").arg(i);
        QJsonObject labels{{QStringLiteral("kubernetes.io/hostname"), name},
                           {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")},
                           {QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64")},
                           {QStringLiteral("topology.kubernetes.io/zone"), QStringLiteral("zone-%1").arg(QChar(QLatin1Char('a' + (i - 1) % 3)))}};
        if (i == 1)
            labels.insert(QStringLiteral("node-role.kubernetes.io/control-plane"), QString());
        const QString now = nowTime();
        QJsonArray conditions;
        for (const auto &[type, status, reason] :
             {std::tuple{"MemoryPressure", "False", "KubeletHasSufficientMemory"}, std::tuple{"DiskPressure", "False", "KubeletHasNoDiskPressure"},
              std::tuple{"PIDPressure", "False", "KubeletHasSufficientPID"}, std::tuple{"Ready", "True", "KubeletReady"}})
            conditions.append(QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("status"), QLatin1String(status)},
                                          {QStringLiteral("reason"), QLatin1String(reason)}, {QStringLiteral("lastHeartbeatTime"), now},
                                          {QStringLiteral("lastTransitionTime"), now}});
        const QJsonObject resources{{QStringLiteral("cpu"), QStringLiteral("8")}, {QStringLiteral("memory"), QStringLiteral("32Gi")},
                                    {QStringLiteral("pods"), QStringLiteral("110")}, {QStringLiteral("ephemeral-storage"), QStringLiteral("100Gi")}};
        const QJsonObject node{
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("labels"), labels}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("podCIDR"), QStringLiteral("10.244.%1.0/24").arg(i)}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("conditions"), conditions},
                         {QStringLiteral("addresses"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                                                              {QStringLiteral("address"), QStringLiteral("172.18.0.%1").arg(i + 1)}},
                                                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Hostname")},
                                                                              {QStringLiteral("address"), name}}}},
                         {QStringLiteral("capacity"), resources},
                         {QStringLiteral("allocatable"), resources},
                         {QStringLiteral("nodeInfo"), QJsonObject{{QStringLiteral("kubeletVersion"), m_kubeletVersion},
                                                                  {QStringLiteral("kubeProxyVersion"), m_kubeletVersion},
                                                                  {QStringLiteral("osImage"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")},
                                                                  {QStringLiteral("kernelVersion"), QStringLiteral("6.1.0-test")},
                                                                  {QStringLiteral("containerRuntimeVersion"), QStringLiteral("containerd://1.7.0")},
                                                                  {QStringLiteral("operatingSystem"), QStringLiteral("linux")},
                                                                  {QStringLiteral("architecture"), QStringLiteral("amd64")}}}}}};
        SD_CHECK(m_ctx.api->create(nodes, QString(), node, internal));
    }
    return success();
}

Result<int> Controllers::bulkCreatePods(const QString &ns, int count, const QString &prefix)
{
    const ResourceType &namespaces = workload::type(m_ctx, QString(), QStringLiteral("namespaces"));
    const ResourceType &pods = workload::type(m_ctx, QString(), QStringLiteral("pods"));
    const ResourceType &nodes = workload::type(m_ctx, QString(), QStringLiteral("nodes"));
    if (!m_ctx.store->get(namespaces.id, QString(), ns))
        SD_CHECK(m_ctx.api->create(namespaces, QString(), QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), ns}}}}));
    const QList<ObjectPtr> nodeList = m_ctx.store->list(nodes.id);
    const QString base = prefix.isEmpty() ? QStringLiteral("bulk") : prefix;
    WriteOptions internal;
    internal.keepStatus = true;
    int created = 0;
    const qsizetype existing = m_ctx.store->count(pods.id, ns);
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(base).arg(existing + i, 5, 10, QLatin1Char('0'));
        const QString node = nodeList.isEmpty() ? QString() : nodeList.at(i % nodeList.size())->name;
        QJsonObject pod{
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name},
                                                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), base},
                                                                                             {QStringLiteral("shard"), QString::number(i % 10)}}}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("nodeName"), node},
                                                 {QStringLiteral("containers"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("app")},
                                                                         {QStringLiteral("image"), QStringLiteral("registry.example/bulk:1.0")},
                                                                         {QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("containerPort"), 8080}}}}}}}}}};
        Defaults::apply(pods, pod);
        setAt(pod, QStringLiteral("metadata.uid"), newUid());
        pod.insert(QStringLiteral("status"), PodLifecycle::runningStatus(pod, QStringLiteral("172.18.0.%1").arg(i % std::max<qsizetype>(1, nodeList.size()) + 2),
                                                                         m_pods->allocatePodIp(), true));
        auto result = m_ctx.api->create(pods, ns, pod, internal);
        if (!result)
            return std::move(result).context(QStringLiteral("creating bulk pod %1/%2").arg(ns, name)).error();
        result.value()->bytes(); // serialized now, so that the first list of 10,000 pods is fast
        ++created;
    }
    return created;
}

Result<void> Controllers::startEventGenerator(const QString &ns, int perSecond, const QString &mode)
{
    if (perSecond <= 0)
        return badRequest(QStringLiteral("the event rate must be > 0, got %1").arg(perSecond));
    EventGenerator::Mode m = EventGenerator::Mode::Annotate;
    if (mode == QLatin1String("restarts"))
        m = EventGenerator::Mode::Restarts;
    else if (!mode.isEmpty() && mode != QLatin1String("annotate"))
        return badRequest(QStringLiteral("unknown event generator mode \"%1\" (annotate or restarts)").arg(mode));
    m_generator->start(ns, perSecond, m);
    return success();
}

void Controllers::stopEventGenerator() { m_generator->stop(); }

} // namespace shipdeck::kubetest
