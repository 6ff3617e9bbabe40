#include "backend/kube/kuberolloutsettings.h"

#include <QHash>

namespace shipdeck {

const QList<KubeRolloutSettings::Setting> &KubeRolloutSettings::all()
{
    static const QList<Setting> settings{
        {QStringLiteral("namespace"), QStringLiteral("the context's selected namespace"),
         QStringLiteral("where Deployments, Services, routes, the state ConfigMap and the Lease live")},
        {QStringLiteral("traffic"), QStringLiteral("httproute"), QStringLiteral("httproute, replicas, nginx or bluegreen")},
        {QStringLiteral("strategy"), QStringLiteral("rolling"), QStringLiteral("Deployment strategy: rolling or recreate")},
        {QStringLiteral("gateway"), QStringLiteral("shipdeck-gateway"), QStringLiteral("HTTPRoute parentRef")},
        {QStringLiteral("ingressClass"), QStringLiteral("nginx"), QStringLiteral("class of the NGINX Ingresses")},
        {QStringLiteral("host"), QStringLiteral("none"), QStringLiteral("HTTPRoute hostname / Ingress host")},
        {QStringLiteral("identity"), QStringLiteral("user@host:pid"), QStringLiteral("lease holder identity of this console")},
        {QStringLiteral("leaseSeconds"), QStringLiteral("15"), QStringLiteral("lease duration in seconds (renewed every third of it)")},
        {QStringLiteral("prometheusUrl"), QStringLiteral("none"), QStringLiteral("Prometheus the analysis queries")},
    };
    return settings;
}

QString KubeRolloutSettings::shortKey(const QString &key)
{
    const QString plain = key.startsWith(prefix()) ? key.mid(prefix().size()) : key;
    for (const Setting &s : all()) {
        if (s.key.compare(plain, Qt::CaseInsensitive) == 0)
            return s.key;
    }
    return {};
}

Result<void> KubeRolloutSettings::apply(const std::function<QString(const QString &)> &valueOf, KubernetesProvider::Options &o)
{
    auto setting = [&valueOf](const char *key) { return valueOf(QLatin1String(key)).trimmed(); };
    if (const QString ns = setting("namespace"); !ns.isEmpty())
        o.namespaceName = ns;
    if (const QString traffic = setting("traffic"); !traffic.isEmpty()) {
        static const QHash<QString, KubernetesProvider::TrafficMode> modes{
            {QStringLiteral("httproute"), KubernetesProvider::TrafficMode::HttpRoute},
            {QStringLiteral("replicas"), KubernetesProvider::TrafficMode::ReplicaRatio},
            {QStringLiteral("nginx"), KubernetesProvider::TrafficMode::NginxIngress},
            {QStringLiteral("bluegreen"), KubernetesProvider::TrafficMode::BlueGreen}};
        if (!modes.contains(traffic.toLower()))
            return Error(ErrorCode::InvalidArgument, QStringLiteral("setting kube.rollout.traffic: unknown traffic mode \"%1\" "
                                                                    "(httproute, replicas, nginx or bluegreen)").arg(traffic));
        o.traffic = modes.value(traffic.toLower());
    }
    if (const QString strategy = setting("strategy"); !strategy.isEmpty()) {
        if (strategy.compare(QLatin1String("recreate"), Qt::CaseInsensitive) == 0)
            o.strategy = KubernetesProvider::UpdateStrategy::Recreate;
        else if (strategy.compare(QLatin1String("rolling"), Qt::CaseInsensitive) != 0)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("setting kube.rollout.strategy: unknown strategy \"%1\" "
                                                                    "(rolling or recreate)").arg(strategy));
    }
    if (const QString seconds = setting("leaseSeconds"); !seconds.isEmpty()) {
        bool ok = false;
        const int n = seconds.toInt(&ok);
        if (!ok || n < 1)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("setting kube.rollout.leaseSeconds: \"%1\" is not a positive number of seconds").arg(seconds));
        o.leaseSeconds = n;
    }
    if (const QString v = setting("identity"); !v.isEmpty())
        o.identity = v;
    if (const QString v = setting("gateway"); !v.isEmpty())
        o.gatewayName = v;
    if (const QString v = setting("ingressClass"); !v.isEmpty())
        o.ingressClass = v;
    if (const QString v = setting("host"); !v.isEmpty())
        o.host = v;
    if (const QString v = setting("prometheusUrl"); !v.isEmpty()) {
        if (!v.startsWith(QLatin1String("http://")) && !v.startsWith(QLatin1String("https://")))
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("setting kube.rollout.prometheusUrl: \"%1\" is not an http:// or https:// URL").arg(v));
        o.prometheusUrl = v;
    }
    return success();
}

Result<void> KubeRolloutSettings::validate(const QString &key, const QString &value)
{
    const QString k = shortKey(key);
    if (k.isEmpty()) {
        QStringList known;
        for (const Setting &s : all())
            known.append(s.key);
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown setting \"%1\" (known: %2)").arg(key, known.join(QStringLiteral(", "))));
    }
    KubernetesProvider::Options scratch;
    return apply([&k, &value](const QString &asked) { return asked == k ? value : QString(); }, scratch);
}

} // namespace shipdeck
