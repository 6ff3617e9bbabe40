#include "backend/kube/kubesummarizer.h"

#include "backend/kube/argorollout.h"

#include <QDateTime>
#include <QJsonArray>

namespace shipdeck {

namespace {

using Cells = QStringList;

QJsonObject obj(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toObject(); }
QJsonArray arr(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toArray(); }
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
QString num(const QJsonObject &o, const char *key) { return QString::number(o.value(QLatin1String(key)).toInteger()); }
qint64 integer(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInteger(); }

QString images(const QJsonObject &podSpec)
{
    QStringList out;
    for (const auto &c : arr(podSpec, "containers"))
        out.append(str(c.toObject(), "image"));
    return out.join(QLatin1Char(','));
}

QString selectorText(const QJsonObject &matchLabels)
{
    QStringList parts;
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value().toString());
    return parts.join(QLatin1Char(','));
}

Cells podCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    const QJsonObject status = obj(o, "status");
    int ready = 0;
    qint64 restarts = 0;
    const QJsonArray statuses = arr(status, "containerStatuses");
    for (const auto &s : statuses) {
        const QJsonObject cs = s.toObject();
        if (cs.value(QLatin1String("ready")).toBool())
            ++ready;
        restarts += integer(cs, "restartCount");
    }
    QStringList containers;
    for (const auto &c : arr(spec, "containers"))
        containers.append(str(c.toObject(), "name"));
    QStringList ips;
    for (const auto &ip : arr(status, "podIPs"))
        ips.append(str(ip.toObject(), "ip"));
    if (ips.isEmpty() && !str(status, "podIP").isEmpty())
        ips.append(str(status, "podIP"));
    return {KubeSummarizer::podStatus(o), QStringLiteral("%1/%2").arg(ready).arg(containers.size()), QString::number(restarts),
            str(spec, "nodeName"), ips.join(QLatin1Char(',')), str(status, "hostIP"), containers.join(QLatin1Char(',')),
            str(status, "phase")};
}

Cells deploymentCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    const QJsonObject status = obj(o, "status");
    const qint64 desired = spec.contains(QLatin1String("replicas")) ? integer(spec, "replicas") : 1;
    return {QStringLiteral("%1/%2").arg(integer(status, "readyReplicas")).arg(desired), num(status, "updatedReplicas"),
            num(status, "availableReplicas"), QString::number(desired), images(obj(obj(spec, "template"), "spec")),
            selectorText(obj(obj(spec, "selector"), "matchLabels")), str(obj(spec, "strategy"), "type")};
}

Cells statefulSetCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    const QJsonObject status = obj(o, "status");
    const qint64 desired = spec.contains(QLatin1String("replicas")) ? integer(spec, "replicas") : 1;
    return {QStringLiteral("%1/%2").arg(integer(status, "readyReplicas")).arg(desired), images(obj(obj(spec, "template"), "spec"))};
}

Cells daemonSetCells(const QJsonObject &o)
{
    const QJsonObject status = obj(o, "status");
    return {num(status, "desiredNumberScheduled"), num(status, "currentNumberScheduled"), num(status, "numberReady"),
            num(status, "updatedNumberScheduled"), num(status, "numberAvailable")};
}

Cells replicaSetCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    const QJsonObject status = obj(o, "status");
    return {spec.contains(QLatin1String("replicas")) ? num(spec, "replicas") : QStringLiteral("1"), num(status, "replicas"),
            num(status, "readyReplicas"), images(obj(obj(spec, "template"), "spec")),
            str(obj(obj(o, "metadata"), "annotations"), "deployment.kubernetes.io/revision")};
}

Cells jobCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    const QJsonObject status = obj(o, "status");
    QString state = QStringLiteral("Running");
    for (const auto &c : arr(status, "conditions")) {
        const QJsonObject cond = c.toObject();
        if (str(cond, "status") == QLatin1String("True") && (str(cond, "type") == QLatin1String("Complete") || str(cond, "type") == QLatin1String("Failed")))
            state = str(cond, "type");
    }
    const qint64 completions = spec.contains(QLatin1String("completions")) ? integer(spec, "completions") : 1;
    return {QStringLiteral("%1/%2").arg(integer(status, "succeeded")).arg(completions), state};
}

Cells cronJobCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    const QJsonObject status = obj(o, "status");
    return {str(spec, "schedule"), spec.value(QLatin1String("suspend")).toBool() ? QStringLiteral("True") : QStringLiteral("False"),
            QString::number(arr(status, "active").size()), str(status, "lastScheduleTime")};
}

Cells serviceCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    QStringList ports;
    for (const auto &p : arr(spec, "ports")) {
        const QJsonObject port = p.toObject();
        ports.append(QStringLiteral("%1/%2").arg(integer(port, "port")).arg(port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"))));
    }
    QStringList external;
    for (const auto &i : arr(obj(obj(o, "status"), "loadBalancer"), "ingress"))
        external.append(str(i.toObject(), "ip").isEmpty() ? str(i.toObject(), "hostname") : str(i.toObject(), "ip"));
    for (const auto &ip : arr(spec, "externalIPs"))
        external.append(ip.toString());
    return {spec.value(QLatin1String("type")).toString(QStringLiteral("ClusterIP")), str(spec, "clusterIP"),
            external.isEmpty() ? QStringLiteral("<none>") : external.join(QLatin1Char(',')), ports.join(QLatin1Char(',')),
            selectorText(obj(spec, "selector"))};
}

Cells ingressCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    QStringList hosts;
    for (const auto &r : arr(spec, "rules"))
        hosts.append(str(r.toObject(), "host").isEmpty() ? QStringLiteral("*") : str(r.toObject(), "host"));
    QStringList address;
    for (const auto &i : arr(obj(obj(o, "status"), "loadBalancer"), "ingress"))
        address.append(str(i.toObject(), "ip").isEmpty() ? str(i.toObject(), "hostname") : str(i.toObject(), "ip"));
    const QJsonObject annotations = obj(obj(o, "metadata"), "annotations");
    QString canary;
    if (str(annotations, "nginx.ingress.kubernetes.io/canary") == QLatin1String("true"))
        canary = str(annotations, "nginx.ingress.kubernetes.io/canary-weight") + QLatin1Char('%');
    return {str(spec, "ingressClassName"), hosts.join(QLatin1Char(',')), address.join(QLatin1Char(',')), canary};
}

Cells httpRouteCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    QStringList hostnames;
    for (const auto &h : arr(spec, "hostnames"))
        hostnames.append(h.toString());
    QStringList parents;
    for (const auto &p : arr(spec, "parentRefs"))
        parents.append(str(p.toObject(), "name"));
    QStringList backends;
    for (const auto &r : arr(spec, "rules")) {
        for (const auto &b : arr(r.toObject(), "backendRefs")) {
            const QJsonObject ref = b.toObject();
            backends.append(QStringLiteral("%1=%2").arg(str(ref, "name")).arg(ref.value(QLatin1String("weight")).toInteger(1)));
        }
    }
    return {hostnames.join(QLatin1Char(',')), parents.join(QLatin1Char(',')), backends.join(QLatin1Char(','))};
}

Cells eventCells(const QJsonObject &o)
{
    const QJsonObject involved = obj(o, "involvedObject");
    QString last = str(o, "lastTimestamp");
    if (last.isEmpty())
        last = str(o, "eventTime");
    return {str(o, "type"), str(o, "reason"), str(involved, "kind").toLower() + QLatin1Char('/') + str(involved, "name"),
            str(o, "message"), QString::number(qMax<qint64>(1, integer(o, "count"))), last};
}

Cells nodeCells(const QJsonObject &o)
{
    QString ready = QStringLiteral("Unknown");
    for (const auto &c : arr(obj(o, "status"), "conditions")) {
        const QJsonObject cond = c.toObject();
        if (str(cond, "type") == QLatin1String("Ready"))
            ready = str(cond, "status") == QLatin1String("True") ? QStringLiteral("Ready") : QStringLiteral("NotReady");
    }
    if (obj(o, "spec").value(QLatin1String("unschedulable")).toBool())
        ready += QStringLiteral(",SchedulingDisabled");
    QStringList roles;
    const QJsonObject labels = obj(obj(o, "metadata"), "labels");
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().startsWith(QLatin1String("node-role.kubernetes.io/")))
            roles.append(it.key().mid(24));
    }
    QString internalIp;
    for (const auto &a : arr(obj(o, "status"), "addresses")) {
        if (str(a.toObject(), "type") == QLatin1String("InternalIP"))
            internalIp = str(a.toObject(), "address");
    }
    return {ready, roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(',')),
            str(obj(obj(o, "status"), "nodeInfo"), "kubeletVersion"), internalIp};
}

Cells leaseCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    return {str(spec, "holderIdentity"), str(spec, "renewTime"), num(spec, "leaseDurationSeconds")};
}

Cells rolloutCells(const QJsonObject &o)
{
    const ArgoRolloutInfo info = ArgoRolloutInfo::fromJson(o);
    return {info.phase, info.message, info.strategy,
            info.stepCount > 0 ? QStringLiteral("%1/%2").arg(info.currentStepIndex).arg(info.stepCount) : QString(),
            QString::number(info.setWeight), QString::number(info.desired), QString::number(info.current),
            QString::number(info.updated), QString::number(info.available)};
}

Cells crdCells(const QJsonObject &o)
{
    const QJsonObject spec = obj(o, "spec");
    QStringList versions;
    for (const auto &v : arr(spec, "versions")) {
        const QJsonObject version = v.toObject();
        if (version.value(QLatin1String("served")).toBool(true))
            versions.append(str(version, "name"));
    }
    return {str(obj(spec, "names"), "kind"), str(spec, "group"), str(spec, "scope"), versions.join(QLatin1Char(','))};
}

struct Builtin
{
    const char *resource;
    const char *group;
    QStringList columns;
    Cells (*extract)(const QJsonObject &);
};

const QList<Builtin> &builtinExtractors()
{
    static const QList<Builtin> list{
        {"pods", "", {QStringLiteral("Status"), QStringLiteral("Ready"), QStringLiteral("Restarts"), QStringLiteral("Node"),
                      QStringLiteral("IP"), QStringLiteral("Host IP"), QStringLiteral("Containers"), QStringLiteral("Phase")}, podCells},
        {"deployments", "apps", {QStringLiteral("Ready"), QStringLiteral("Up-to-date"), QStringLiteral("Available"),
                                 QStringLiteral("Replicas"), QStringLiteral("Images"), QStringLiteral("Selector"), QStringLiteral("Strategy")}, deploymentCells},
        {"statefulsets", "apps", {QStringLiteral("Ready"), QStringLiteral("Images")}, statefulSetCells},
        {"daemonsets", "apps", {QStringLiteral("Desired"), QStringLiteral("Current"), QStringLiteral("Ready"),
                                QStringLiteral("Up-to-date"), QStringLiteral("Available")}, daemonSetCells},
        {"replicasets", "apps", {QStringLiteral("Desired"), QStringLiteral("Current"), QStringLiteral("Ready"),
                                 QStringLiteral("Images"), QStringLiteral("Revision")}, replicaSetCells},
        {"jobs", "batch", {QStringLiteral("Completions"), QStringLiteral("Status")}, jobCells},
        {"cronjobs", "batch", {QStringLiteral("Schedule"), QStringLiteral("Suspend"), QStringLiteral("Active"), QStringLiteral("Last schedule")}, cronJobCells},
        {"services", "", {QStringLiteral("Type"), QStringLiteral("Cluster-IP"), QStringLiteral("External-IP"),
                          QStringLiteral("Ports"), QStringLiteral("Selector")}, serviceCells},
        {"ingresses", "networking.k8s.io", {QStringLiteral("Class"), QStringLiteral("Hosts"), QStringLiteral("Address"), QStringLiteral("Canary")}, ingressCells},
        {"httproutes", "gateway.networking.k8s.io", {QStringLiteral("Hostnames"), QStringLiteral("Parents"), QStringLiteral("Backends")}, httpRouteCells},
        {"events", "", {QStringLiteral("Type"), QStringLiteral("Reason"), QStringLiteral("Object"), QStringLiteral("Message"),
                        QStringLiteral("Count"), QStringLiteral("Last seen")}, eventCells},
        {"nodes", "", {QStringLiteral("Status"), QStringLiteral("Roles"), QStringLiteral("Version"), QStringLiteral("Internal-IP")}, nodeCells},
        {"leases", "coordination.k8s.io", {QStringLiteral("Holder"), QStringLiteral("Renewed"), QStringLiteral("Duration")}, leaseCells},
        {"rollouts", "argoproj.io", {QStringLiteral("Phase"), QStringLiteral("Message"), QStringLiteral("Strategy"), QStringLiteral("Step"),
                                     QStringLiteral("Set weight"), QStringLiteral("Desired"), QStringLiteral("Current"),
                                     QStringLiteral("Up-to-date"), QStringLiteral("Available")}, rolloutCells},
        {"configmaps", "", {QStringLiteral("Data")}, [](const QJsonObject &o) -> Cells {
             return {QString::number(obj(o, "data").size() + obj(o, "binaryData").size())};
         }},
        // Secrets: the type and the number of keys; values never leave the API response.
        {"secrets", "", {QStringLiteral("Type"), QStringLiteral("Data")}, [](const QJsonObject &o) -> Cells {
             return {str(o, "type"), QString::number(obj(o, "data").size())};
         }},
        {"customresourcedefinitions", "apiextensions.k8s.io", {QStringLiteral("Kind"), QStringLiteral("Group"), QStringLiteral("Scope"),
                                                              QStringLiteral("Versions")}, crdCells},
        {"namespaces", "", {QStringLiteral("Status")}, [](const QJsonObject &o) -> Cells { return {str(obj(o, "status"), "phase")}; }},
    };
    return list;
}

} // namespace

qint64 KubeSummarizer::parseTime(const QString &rfc3339)
{
    if (rfc3339.isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString KubeSummarizer::podStatus(const QJsonObject &pod)
{
    const QJsonObject status = obj(pod, "status");
    QString reason = str(status, "phase");
    if (!str(status, "reason").isEmpty())
        reason = str(status, "reason");
    bool initializing = false;
    const QJsonArray inits = arr(status, "initContainerStatuses");
    for (int i = 0; i < inits.size(); ++i) {
        const QJsonObject cs = inits.at(i).toObject();
        const QJsonObject state = obj(cs, "state");
        const QJsonObject terminated = obj(state, "terminated");
        if (!terminated.isEmpty() && integer(terminated, "exitCode") == 0)
            continue;
        initializing = true;
        if (!terminated.isEmpty())
            reason = QStringLiteral("Init:") + (str(terminated, "reason").isEmpty() ? QStringLiteral("ExitCode:%1").arg(integer(terminated, "exitCode")) : str(terminated, "reason"));
        else if (!str(obj(state, "waiting"), "reason").isEmpty() && str(obj(state, "waiting"), "reason") != QLatin1String("PodInitializing"))
            reason = QStringLiteral("Init:") + str(obj(state, "waiting"), "reason");
        else
            reason = QStringLiteral("Init:%1/%2").arg(i).arg(arr(obj(pod, "spec"), "initContainers").size());
        break;
    }
    if (!initializing) {
        bool hasRunning = false;
        const QJsonArray statuses = arr(status, "containerStatuses");
        for (int i = statuses.size() - 1; i >= 0; --i) {
            const QJsonObject cs = statuses.at(i).toObject();
            const QJsonObject state = obj(cs, "state");
            const QJsonObject waiting = obj(state, "waiting");
            const QJsonObject terminated = obj(state, "terminated");
            if (!str(waiting, "reason").isEmpty()) {
                reason = str(waiting, "reason");
            } else if (!terminated.isEmpty()) {
                reason = !str(terminated, "reason").isEmpty() ? str(terminated, "reason")
                         : integer(terminated, "signal") != 0 ? QStringLiteral("Signal:%1").arg(integer(terminated, "signal"))
                                                               : QStringLiteral("ExitCode:%1").arg(integer(terminated, "exitCode"));
            } else if (state.contains(QLatin1String("running")) && cs.value(QLatin1String("ready")).toBool()) {
                hasRunning = true;
            }
        }
        if (reason == QLatin1String("Completed") && hasRunning)
            reason = QStringLiteral("Running");
    }
    if (!str(obj(pod, "metadata"), "deletionTimestamp").isEmpty())
        reason = str(status, "reason") == QLatin1String("NodeLost") ? QStringLiteral("Unknown") : QStringLiteral("Terminating");
    return reason;
}

KubeSummarizer::KubeSummarizer(KubeResourceType type) : m_type(std::move(type))
{
    // Columns given with the type (a CRD's printer columns, custom columns) win over the
    // built-in ones.
    const auto &builtins = builtinExtractors();
    for (int i = 0; i < builtins.size() && m_type.columns.isEmpty(); ++i) {
        if (m_type.resource == QLatin1String(builtins.at(i).resource) && m_type.group == QLatin1String(builtins.at(i).group)) {
            m_columns = builtins.at(i).columns;
            m_builtin = i;
            return;
        }
    }
    for (const auto &c : m_type.columns) {
        auto path = JsonPath::compile(c.jsonPath);
        if (!path)
            continue; // a column the CRD author got wrong is left out, not fatal
        m_columns.append(c.name);
        m_paths.append(path.value());
    }
}

KubeObjectRow KubeSummarizer::summarize(const QJsonObject &object) const
{
    KubeObjectRow row;
    const QJsonObject meta = obj(object, "metadata");
    row.namespaceName = str(meta, "namespace");
    row.name = str(meta, "name");
    row.uid = str(meta, "uid");
    row.resourceVersion = str(meta, "resourceVersion");
    row.createdMs = parseTime(str(meta, "creationTimestamp"));
    row.deletingMs = parseTime(str(meta, "deletionTimestamp"));
    const QJsonObject labels = obj(meta, "labels");
    row.labels.reserve(labels.size() * 2);
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        row.labels.append(it.key());
        row.labels.append(it.value().toString());
    }
    for (const auto &ref : arr(meta, "ownerReferences")) {
        const QJsonObject r = ref.toObject();
        if (r.value(QLatin1String("controller")).toBool() || row.ownerKind.isEmpty()) {
            row.ownerKind = str(r, "kind");
            row.ownerName = str(r, "name");
        }
    }
    if (m_builtin >= 0) {
        row.cells = builtinExtractors().at(m_builtin).extract(object);
        return row;
    }
    for (const auto &p : m_paths)
        row.cells.append(p.text(object));
    return row;
}

QString KubeObjectRow::label(const QString &key) const
{
    for (int i = 0; i + 1 < labels.size(); i += 2) {
        if (labels.at(i) == key)
            return labels.at(i + 1);
    }
    return QString();
}

bool KubeObjectRow::sameContent(const KubeObjectRow &other) const
{
    return name == other.name && namespaceName == other.namespaceName && uid == other.uid && cells == other.cells
           && labels == other.labels && deletingMs == other.deletingMs && ownerName == other.ownerName;
}

} // namespace shipdeck
