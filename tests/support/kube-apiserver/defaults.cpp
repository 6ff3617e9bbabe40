#include "defaults.h"

#include "jsonutil.h"
#include "resourcetype.h"

namespace shipdeck::kubetest {

namespace {
QString imagePullPolicy(const QString &image)
{
    const QString last = image.section(QLatin1Char('/'), -1);
    const bool hasTag = last.contains(QLatin1Char(':')) || image.contains(QLatin1Char('@'));
    return !hasTag || image.endsWith(QLatin1String(":latest")) ? QStringLiteral("Always") : QStringLiteral("IfNotPresent");
}

QJsonArray defaultContainers(QJsonArray containers)
{
    for (qsizetype i = 0; i < containers.size(); ++i) {
        QJsonObject c = containers.at(i).toObject();
        defaultValue(c, QStringLiteral("imagePullPolicy"), imagePullPolicy(c.value(QLatin1String("image")).toString()));
        defaultValue(c, QStringLiteral("terminationMessagePath"), QStringLiteral("/dev/termination-log"));
        defaultValue(c, QStringLiteral("terminationMessagePolicy"), QStringLiteral("File"));
        defaultValue(c, QStringLiteral("resources"), QJsonObject{});
        QJsonArray ports = c.value(QLatin1String("ports")).toArray();
        for (qsizetype p = 0; p < ports.size(); ++p) {
            QJsonObject port = ports.at(p).toObject();
            defaultValue(port, QStringLiteral("protocol"), QStringLiteral("TCP"));
            ports[p] = port;
        }
        if (!ports.isEmpty())
            c.insert(QStringLiteral("ports"), ports);
        containers[i] = c;
    }
    return containers;
}

void deployment(QJsonObject &spec)
{
    defaultValue(spec, QStringLiteral("replicas"), 1);
    defaultValue(spec, QStringLiteral("revisionHistoryLimit"), 10);
    defaultValue(spec, QStringLiteral("progressDeadlineSeconds"), 600);
    QJsonObject strategy = spec.value(QLatin1String("strategy")).toObject();
    defaultValue(strategy, QStringLiteral("type"), QStringLiteral("RollingUpdate"));
    if (strategy.value(QLatin1String("type")).toString() == QLatin1String("RollingUpdate")) {
        QJsonObject rolling = strategy.value(QLatin1String("rollingUpdate")).toObject();
        defaultValue(rolling, QStringLiteral("maxSurge"), QStringLiteral("25%"));
        defaultValue(rolling, QStringLiteral("maxUnavailable"), QStringLiteral("25%"));
        strategy.insert(QStringLiteral("rollingUpdate"), rolling);
    }
    spec.insert(QStringLiteral("strategy"), strategy);
}

void service(QJsonObject &spec)
{
    defaultValue(spec, QStringLiteral("type"), QStringLiteral("ClusterIP"));
    defaultValue(spec, QStringLiteral("sessionAffinity"), QStringLiteral("None"));
    const bool external = spec.value(QLatin1String("type")).toString() == QLatin1String("ExternalName");
    if (!external) {
        defaultValue(spec, QStringLiteral("ipFamilies"), QJsonArray{QStringLiteral("IPv4")});
        defaultValue(spec, QStringLiteral("ipFamilyPolicy"), QStringLiteral("SingleStack"));
        defaultValue(spec, QStringLiteral("internalTrafficPolicy"), QStringLiteral("Cluster"));
    }
    QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
    for (qsizetype i = 0; i < ports.size(); ++i) {
        QJsonObject port = ports.at(i).toObject();
        defaultValue(port, QStringLiteral("protocol"), QStringLiteral("TCP"));
        defaultValue(port, QStringLiteral("targetPort"), port.value(QLatin1String("port")));
        ports[i] = port;
    }
    if (!ports.isEmpty())
        spec.insert(QStringLiteral("ports"), ports);
}

void secret(QJsonObject &object)
{
    defaultValue(object, QStringLiteral("type"), QStringLiteral("Opaque"));
    const QJsonObject stringData = object.value(QLatin1String("stringData")).toObject();
    if (stringData.isEmpty())
        return;
    QJsonObject data = object.value(QLatin1String("data")).toObject();
    for (auto it = stringData.begin(); it != stringData.end(); ++it)
        data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
    object.insert(QStringLiteral("data"), data);
    object.remove(QStringLiteral("stringData"));
}
} // namespace

void Defaults::podSpec(QJsonObject &spec)
{
    defaultValue(spec, QStringLiteral("restartPolicy"), QStringLiteral("Always"));
    defaultValue(spec, QStringLiteral("terminationGracePeriodSeconds"), 30);
    defaultValue(spec, QStringLiteral("dnsPolicy"), QStringLiteral("ClusterFirst"));
    defaultValue(spec, QStringLiteral("schedulerName"), QStringLiteral("default-scheduler"));
    defaultValue(spec, QStringLiteral("securityContext"), QJsonObject{});
    if (spec.contains(QLatin1String("containers")))
        spec.insert(QStringLiteral("containers"), defaultContainers(spec.value(QLatin1String("containers")).toArray()));
    if (spec.contains(QLatin1String("initContainers")))
        spec.insert(QStringLiteral("initContainers"), defaultContainers(spec.value(QLatin1String("initContainers")).toArray()));
}

void Defaults::podTemplate(QJsonObject &templ)
{
    QJsonObject spec = templ.value(QLatin1String("spec")).toObject();
    podSpec(spec);
    templ.insert(QStringLiteral("spec"), spec);
    QJsonObject meta = templ.value(QLatin1String("metadata")).toObject();
    defaultValue(meta, QStringLiteral("creationTimestamp"), QJsonValue::Null);
    templ.insert(QStringLiteral("metadata"), meta);
}

void Defaults::apply(const ResourceType &type, QJsonObject &object)
{
    if (type.custom)
        return;
    QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    auto templateAt = [&](const QStringList &path) {
        QJsonValue v = object;
        for (const QString &p : path)
            v = v.toObject().value(p);
        if (!v.isObject())
            return;
        QJsonObject templ = v.toObject();
        podTemplate(templ);
        setAt(object, path, templ);
    };
    const QString &r = type.resource;
    if (type.group.isEmpty()) {
        if (r == QLatin1String("pods")) {
            podSpec(spec);
            defaultValue(spec, QStringLiteral("serviceAccountName"), QStringLiteral("default"));
            defaultValue(spec, QStringLiteral("serviceAccount"), spec.value(QLatin1String("serviceAccountName")));
            defaultValue(spec, QStringLiteral("enableServiceLinks"), true);
            defaultValue(spec, QStringLiteral("priority"), 0);
            defaultValue(spec, QStringLiteral("preemptionPolicy"), QStringLiteral("PreemptLowerPriority"));
            object.insert(QStringLiteral("spec"), spec);
            QJsonObject status = object.value(QLatin1String("status")).toObject();
            defaultValue(status, QStringLiteral("phase"), QStringLiteral("Pending"));
            defaultValue(status, QStringLiteral("qosClass"), QStringLiteral("BestEffort"));
            object.insert(QStringLiteral("status"), status);
        } else if (r == QLatin1String("services")) {
            service(spec);
            object.insert(QStringLiteral("spec"), spec);
        } else if (r == QLatin1String("secrets")) {
            secret(object);
        } else if (r == QLatin1String("namespaces")) {
            defaultValue(spec, QStringLiteral("finalizers"), QJsonArray{QStringLiteral("kubernetes")});
            object.insert(QStringLiteral("spec"), spec);
            QJsonObject status = object.value(QLatin1String("status")).toObject();
            defaultValue(status, QStringLiteral("phase"), QStringLiteral("Active"));
            object.insert(QStringLiteral("status"), status);
            QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
            QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
            labels.insert(QStringLiteral("kubernetes.io/metadata.name"), meta.value(QLatin1String("name")));
            meta.insert(QStringLiteral("labels"), labels);
            object.insert(QStringLiteral("metadata"), meta);
        } else if (r == QLatin1String("replicationcontrollers")) {
            defaultValue(spec, QStringLiteral("replicas"), 1);
            object.insert(QStringLiteral("spec"), spec);
            templateAt({QStringLiteral("spec"), QStringLiteral("template")});
        } else if (r == QLatin1String("podtemplates")) {
            templateAt({QStringLiteral("template")});
        }
        return;
    }
    if (type.group == QLatin1String("apps")) {
        if (r == QLatin1String("deployments")) {
            deployment(spec);
        } else if (r == QLatin1String("replicasets")) {
            defaultValue(spec, QStringLiteral("replicas"), 1);
        } else if (r == QLatin1String("statefulsets")) {
            defaultValue(spec, QStringLiteral("replicas"), 1);
            defaultValue(spec, QStringLiteral("podManagementPolicy"), QStringLiteral("OrderedReady"));
            defaultValue(spec, QStringLiteral("revisionHistoryLimit"), 10);
            defaultValue(spec, QStringLiteral("updateStrategy"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("RollingUpdate")},
                                     {QStringLiteral("rollingUpdate"), QJsonObject{{QStringLiteral("partition"), 0}}}});
        } else if (r == QLatin1String("daemonsets")) {
            defaultValue(spec, QStringLiteral("revisionHistoryLimit"), 10);
            defaultValue(spec, QStringLiteral("updateStrategy"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("RollingUpdate")},
                                     {QStringLiteral("rollingUpdate"),
                                      QJsonObject{{QStringLiteral("maxUnavailable"), 1}, {QStringLiteral("maxSurge"), 0}}}});
        }
        object.insert(QStringLiteral("spec"), spec);
        templateAt({QStringLiteral("spec"), QStringLiteral("template")});
    } else if (type.group == QLatin1String("batch")) {
        if (r == QLatin1String("jobs")) {
            defaultValue(spec, QStringLiteral("parallelism"), 1);
            defaultValue(spec, QStringLiteral("completions"), 1);
            defaultValue(spec, QStringLiteral("backoffLimit"), 6);
            defaultValue(spec, QStringLiteral("completionMode"), QStringLiteral("NonIndexed"));
            defaultValue(spec, QStringLiteral("suspend"), false);
            QJsonObject podSpec = valueAt(spec, QStringLiteral("template.spec")).toObject();
            defaultValue(podSpec, QStringLiteral("restartPolicy"), QStringLiteral("Never"));
            setAt(spec, QStringLiteral("template.spec"), podSpec);
            object.insert(QStringLiteral("spec"), spec);
            templateAt({QStringLiteral("spec"), QStringLiteral("template")});
        } else if (r == QLatin1String("cronjobs")) {
            defaultValue(spec, QStringLiteral("concurrencyPolicy"), QStringLiteral("Allow"));
            defaultValue(spec, QStringLiteral("suspend"), false);
            defaultValue(spec, QStringLiteral("successfulJobsHistoryLimit"), 3);
            defaultValue(spec, QStringLiteral("failedJobsHistoryLimit"), 1);
            object.insert(QStringLiteral("spec"), spec);
            templateAt({QStringLiteral("spec"), QStringLiteral("jobTemplate"), QStringLiteral("spec"), QStringLiteral("template")});
        }
    } else if (type.group == QLatin1String("networking.k8s.io") && r == QLatin1String("ingresses")) {
        QJsonArray rules = spec.value(QLatin1String("rules")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules.at(i).toObject();
            QJsonArray paths = valueAt(rule, QStringLiteral("http.paths")).toArray();
            for (qsizetype p = 0; p < paths.size(); ++p) {
                QJsonObject path = paths.at(p).toObject();
                defaultValue(path, QStringLiteral("pathType"), QStringLiteral("ImplementationSpecific"));
                paths[p] = path;
            }
            if (!paths.isEmpty())
                setAt(rule, QStringLiteral("http.paths"), paths);
            rules[i] = rule;
        }
        if (!rules.isEmpty()) {
            spec.insert(QStringLiteral("rules"), rules);
            object.insert(QStringLiteral("spec"), spec);
        }
    }
}

} // namespace shipdeck::kubetest
