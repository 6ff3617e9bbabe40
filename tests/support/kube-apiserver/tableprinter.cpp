#include "tableprinter.h"

#include "jsonutil.h"
#include "resourcetype.h"
#include "selectors.h"

namespace shipdeck::kubetest {

namespace {
struct Column
{
    const char *name;
    const char *type;
    int priority;
};

QJsonObject columnJson(const QString &name, const QString &type, int priority, const QString &format = {})
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), type},
            {QStringLiteral("format"), format},
            {QStringLiteral("description"), name},
            {QStringLiteral("priority"), priority}};
}

QString kindKey(const ResourceType &type) { return type.group + QLatin1Char('/') + type.resource; }

QList<Column> builtinColumns(const QString &key)
{
    static const QHash<QString, QList<Column>> table{
        {QStringLiteral("/pods"), {{"Ready", "string", 0}, {"Status", "string", 0}, {"Restarts", "string", 0}, {"Age", "string", 0},
                                   {"IP", "string", 1}, {"Node", "string", 1}, {"Nominated Node", "string", 1}, {"Readiness Gates", "string", 1}}},
        {QStringLiteral("apps/deployments"), {{"Ready", "string", 0}, {"Up-to-date", "integer", 0}, {"Available", "integer", 0},
                                              {"Age", "string", 0}, {"Containers", "string", 1}, {"Images", "string", 1}, {"Selector", "string", 1}}},
        {QStringLiteral("apps/replicasets"), {{"Desired", "integer", 0}, {"Current", "integer", 0}, {"Ready", "integer", 0},
                                              {"Age", "string", 0}, {"Containers", "string", 1}, {"Images", "string", 1}, {"Selector", "string", 1}}},
        {QStringLiteral("apps/statefulsets"), {{"Ready", "string", 0}, {"Age", "string", 0}, {"Containers", "string", 1}, {"Images", "string", 1}}},
        {QStringLiteral("apps/daemonsets"), {{"Desired", "integer", 0}, {"Current", "integer", 0}, {"Ready", "integer", 0},
                                             {"Up-to-date", "integer", 0}, {"Available", "integer", 0}, {"Node Selector", "string", 0},
                                             {"Age", "string", 0}, {"Containers", "string", 1}, {"Images", "string", 1}, {"Selector", "string", 1}}},
        {QStringLiteral("batch/jobs"), {{"Status", "string", 0}, {"Completions", "string", 0}, {"Duration", "string", 0}, {"Age", "string", 0},
                                        {"Containers", "string", 1}, {"Images", "string", 1}, {"Selector", "string", 1}}},
        {QStringLiteral("batch/cronjobs"), {{"Schedule", "string", 0}, {"Timezone", "string", 0}, {"Suspend", "boolean", 0},
                                            {"Active", "integer", 0}, {"Last Schedule", "string", 0}, {"Age", "string", 0},
                                            {"Containers", "string", 1}, {"Images", "string", 1}, {"Selector", "string", 1}}},
        {QStringLiteral("/services"), {{"Type", "string", 0}, {"Cluster-IP", "string", 0}, {"External-IP", "string", 0},
                                       {"Port(s)", "string", 0}, {"Age", "string", 0}, {"Selector", "string", 1}}},
        {QStringLiteral("/endpoints"), {{"Endpoints", "string", 0}, {"Age", "string", 0}}},
        {QStringLiteral("/configmaps"), {{"Data", "integer", 0}, {"Age", "string", 0}}},
        {QStringLiteral("/secrets"), {{"Type", "string", 0}, {"Data", "integer", 0}, {"Age", "string", 0}}},
        {QStringLiteral("/serviceaccounts"), {{"Secrets", "string", 0}, {"Age", "string", 0}}},
        {QStringLiteral("/namespaces"), {{"Status", "string", 0}, {"Age", "string", 0}}},
        {QStringLiteral("/nodes"), {{"Status", "string", 0}, {"Roles", "string", 0}, {"Age", "string", 0}, {"Version", "string", 0},
                                    {"Internal-IP", "string", 1}, {"External-IP", "string", 1}, {"OS-Image", "string", 1},
                                    {"Kernel-Version", "string", 1}, {"Container-Runtime", "string", 1}}},
        {QStringLiteral("networking.k8s.io/ingresses"), {{"Class", "string", 0}, {"Hosts", "string", 0}, {"Address", "string", 0},
                                                         {"Ports", "string", 0}, {"Age", "string", 0}}},
        {QStringLiteral("coordination.k8s.io/leases"), {{"Holder", "string", 0}, {"Age", "string", 0}}},
        {QStringLiteral("gateway.networking.k8s.io/httproutes"), {{"Hostnames", "string", 0}, {"Age", "string", 0}}},
        {QStringLiteral("gateway.networking.k8s.io/gateways"), {{"Class", "string", 0}, {"Address", "string", 0},
                                                                {"Programmed", "string", 0}, {"Age", "string", 0}}},
        {QStringLiteral("gateway.networking.k8s.io/gatewayclasses"), {{"Controller", "string", 0}, {"Accepted", "string", 0}, {"Age", "string", 0}}},
        {QStringLiteral("apiextensions.k8s.io/customresourcedefinitions"), {{"Created At", "date", 0}}},
    };
    return table.value(key, {{"Age", "string", 0}});
}

QString str(const QJsonObject &o, const char *path) { return valueAt(o, QString::fromLatin1(path)).toString(); }
int num(const QJsonObject &o, const char *path) { return valueAt(o, QString::fromLatin1(path)).toInt(); }

QString containerNames(const QJsonObject &podSpec)
{
    QStringList names;
    for (const auto &c : podSpec.value(QLatin1String("containers")).toArray())
        names.append(c.toObject().value(QLatin1String("name")).toString());
    return names.join(QLatin1Char(','));
}

QString images(const QJsonObject &podSpec)
{
    QStringList names;
    for (const auto &c : podSpec.value(QLatin1String("containers")).toArray())
        names.append(c.toObject().value(QLatin1String("image")).toString());
    return names.join(QLatin1Char(','));
}

QString selectorText(const QJsonObject &object)
{
    const auto selector = LabelSelector::fromJson(valueAt(object, QStringLiteral("spec.selector")).toObject());
    return selector ? selector->toString() : QString();
}

QString condition(const QJsonObject &object, const QString &type)
{
    for (const auto &c : valueAt(object, QStringLiteral("status.conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == type)
            return c.toObject().value(QLatin1String("status")).toString();
    }
    return QStringLiteral("Unknown");
}

QJsonArray podCells(const QJsonObject &pod)
{
    const QJsonArray statuses = valueAt(pod, QStringLiteral("status.containerStatuses")).toArray();
    const int total = valueAt(pod, QStringLiteral("spec.containers")).toArray().size();
    int ready = 0;
    int restarts = 0;
    QString reason = str(pod, "status.reason").isEmpty() ? str(pod, "status.phase") : str(pod, "status.reason");
    for (const auto &s : statuses) {
        const QJsonObject st = s.toObject();
        ready += st.value(QLatin1String("ready")).toBool() ? 1 : 0;
        restarts += st.value(QLatin1String("restartCount")).toInt();
        const QString waiting = valueAt(st, QStringLiteral("state.waiting.reason")).toString();
        const QString terminated = valueAt(st, QStringLiteral("state.terminated.reason")).toString();
        if (!waiting.isEmpty())
            reason = waiting;
        else if (!terminated.isEmpty() && reason != QLatin1String("Succeeded"))
            reason = terminated;
    }
    if (valueAt(pod, QStringLiteral("metadata.deletionTimestamp")).isString())
        reason = QStringLiteral("Terminating");
    const QString ip = str(pod, "status.podIP");
    const QString node = str(pod, "spec.nodeName");
    return {QStringLiteral("%1/%2").arg(ready).arg(total), reason, QString::number(restarts),
            TablePrinter::age(str(pod, "metadata.creationTimestamp")),
            ip.isEmpty() ? QStringLiteral("<none>") : ip, node.isEmpty() ? QStringLiteral("<none>") : node,
            QStringLiteral("<none>"), QStringLiteral("<none>")};
}

QString servicePorts(const QJsonObject &svc)
{
    QStringList ports;
    for (const auto &p : valueAt(svc, QStringLiteral("spec.ports")).toArray()) {
        const QJsonObject port = p.toObject();
        QString text = QString::number(port.value(QLatin1String("port")).toInt());
        if (port.contains(QLatin1String("nodePort")))
            text += QLatin1Char(':') + QString::number(port.value(QLatin1String("nodePort")).toInt());
        ports.append(text + QLatin1Char('/') + port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP")));
    }
    return ports.isEmpty() ? QStringLiteral("<none>") : ports.join(QLatin1Char(','));
}

QString orNone(const QString &s) { return s.isEmpty() ? QStringLiteral("<none>") : s; }

QJsonValue jsonPathCell(const QJsonObject &object, const QString &jsonPath)
{
    // additionalPrinterColumns use simple paths like .status.phase or .spec.replicas.
    QString path = jsonPath;
    if (path.startsWith(QLatin1Char('.')))
        path = path.mid(1);
    const QJsonValue v = valueAt(object, path);
    if (v.isUndefined() || v.isNull())
        return QJsonValue::Null;
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(v.isArray() ? toCompactJson(v.toArray()) : toCompactJson(v.toObject()));
    return v;
}
} // namespace

TablePrinter::Include TablePrinter::includeFrom(const QString &includeObject)
{
    if (includeObject == QLatin1String("None"))
        return Include::None;
    if (includeObject == QLatin1String("Object"))
        return Include::Object;
    return Include::Metadata;
}

QString TablePrinter::humanDuration(qint64 seconds)
{
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        return s == 0 ? QStringLiteral("%1m").arg(minutes) : QStringLiteral("%1m%2s").arg(minutes).arg(s);
    }
    if (minutes < 180)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = seconds / 3600;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        return m == 0 ? QStringLiteral("%1h").arg(hours) : QStringLiteral("%1h%2m").arg(hours).arg(m);
    }
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 192) {
        const qint64 h = hours % 24;
        return h == 0 ? QStringLiteral("%1d").arg(hours / 24) : QStringLiteral("%1d%2h").arg(hours / 24).arg(h);
    }
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(hours / 24);
    return QStringLiteral("%1y").arg(hours / 24 / 365);
}

QString TablePrinter::age(const QString &timestamp)
{
    const QDateTime t = parseTime(timestamp);
    if (!t.isValid())
        return QStringLiteral("<unknown>");
    return humanDuration(t.secsTo(QDateTime::currentDateTimeUtc()));
}

QJsonArray TablePrinter::columns(const ResourceType &type)
{
    QJsonArray result{columnJson(QStringLiteral("Name"), QStringLiteral("string"), 0, QStringLiteral("name"))};
    if (type.custom) {
        for (const auto &c : type.printerColumns) {
            const QJsonObject col = c.toObject();
            result.append(QJsonObject{{QStringLiteral("name"), col.value(QLatin1String("name"))},
                                      {QStringLiteral("type"), col.value(QLatin1String("type"))},
                                      {QStringLiteral("format"), col.value(QLatin1String("format")).toString()},
                                      {QStringLiteral("description"), col.value(QLatin1String("description")).toString()},
                                      {QStringLiteral("priority"), col.value(QLatin1String("priority")).toInt()}});
        }
        if (type.printerColumns.isEmpty())
            result.append(columnJson(QStringLiteral("Age"), QStringLiteral("date"), 0));
        return result;
    }
    if (type.group.isEmpty() && type.resource == QLatin1String("events")) {
        return {columnJson(QStringLiteral("Last Seen"), QStringLiteral("string"), 0), columnJson(QStringLiteral("Type"), QStringLiteral("string"), 0),
                columnJson(QStringLiteral("Reason"), QStringLiteral("string"), 0), columnJson(QStringLiteral("Object"), QStringLiteral("string"), 0),
                columnJson(QStringLiteral("Subobject"), QStringLiteral("string"), 1), columnJson(QStringLiteral("Source"), QStringLiteral("string"), 1),
                columnJson(QStringLiteral("Message"), QStringLiteral("string"), 0), columnJson(QStringLiteral("First Seen"), QStringLiteral("string"), 1),
                columnJson(QStringLiteral("Count"), QStringLiteral("string"), 1), columnJson(QStringLiteral("Name"), QStringLiteral("string"), 1, QStringLiteral("name"))};
    }
    for (const Column &c : builtinColumns(kindKey(type)))
        result.append(columnJson(QString::fromLatin1(c.name), QString::fromLatin1(c.type), c.priority));
    return result;
}

QJsonArray TablePrinter::cells(const ResourceType &type, const QJsonObject &o)
{
    const QString name = str(o, "metadata.name");
    const QString created = age(str(o, "metadata.creationTimestamp"));
    if (type.custom) {
        QJsonArray row{name};
        for (const auto &c : type.printerColumns) {
            QJsonValue v = jsonPathCell(o, c.toObject().value(QLatin1String("jsonPath")).toString());
            if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("date") && v.isString())
                v = age(v.toString());
            row.append(v);
        }
        if (type.printerColumns.isEmpty())
            row.append(created);
        return row;
    }
    const QString key = kindKey(type);
    const QJsonObject templSpec = valueAt(o, QStringLiteral("spec.template.spec")).toObject();
    QJsonArray row{name};
    if (key == QLatin1String("/pods")) {
        for (const auto &c : podCells(o))
            row.append(c);
    } else if (key == QLatin1String("apps/deployments")) {
        row << QStringLiteral("%1/%2").arg(num(o, "status.readyReplicas")).arg(num(o, "spec.replicas")) << num(o, "status.updatedReplicas")
            << num(o, "status.availableReplicas") << created << containerNames(templSpec) << images(templSpec) << selectorText(o);
    } else if (key == QLatin1String("apps/replicasets")) {
        row << num(o, "spec.replicas") << num(o, "status.replicas") << num(o, "status.readyReplicas") << created
            << containerNames(templSpec) << images(templSpec) << selectorText(o);
    } else if (key == QLatin1String("apps/statefulsets")) {
        row << QStringLiteral("%1/%2").arg(num(o, "status.readyReplicas")).arg(num(o, "spec.replicas")) << created
            << containerNames(templSpec) << images(templSpec);
    } else if (key == QLatin1String("apps/daemonsets")) {
        QStringList nodeSelector;
        const QJsonObject ns = templSpec.value(QLatin1String("nodeSelector")).toObject();
        for (auto it = ns.begin(); it != ns.end(); ++it)
            nodeSelector.append(it.key() + QLatin1Char('=') + it.value().toString());
        row << num(o, "status.desiredNumberScheduled") << num(o, "status.currentNumberScheduled") << num(o, "status.numberReady")
            << num(o, "status.updatedNumberScheduled") << num(o, "status.numberAvailable") << orNone(nodeSelector.join(QLatin1Char(',')))
            << created << containerNames(templSpec) << images(templSpec) << selectorText(o);
    } else if (key == QLatin1String("batch/jobs")) {
        const bool complete = condition(o, QStringLiteral("Complete")) == QLatin1String("True");
        const bool failed = condition(o, QStringLiteral("Failed")) == QLatin1String("True");
        QString duration;
        const QDateTime start = parseTime(str(o, "status.startTime"));
        if (start.isValid()) {
            const QDateTime end = complete ? parseTime(str(o, "status.completionTime")) : QDateTime::currentDateTimeUtc();
            duration = humanDuration(start.secsTo(end));
        }
        row << (complete ? QStringLiteral("Complete") : failed ? QStringLiteral("Failed") : QStringLiteral("Running"))
            << QStringLiteral("%1/%2").arg(num(o, "status.succeeded")).arg(num(o, "spec.completions")) << duration << created
            << containerNames(templSpec) << images(templSpec) << selectorText(o);
    } else if (key == QLatin1String("batch/cronjobs")) {
        const QJsonObject jobPod = valueAt(o, QStringLiteral("spec.jobTemplate.spec.template.spec")).toObject();
        const QString last = str(o, "status.lastScheduleTime");
        row << str(o, "spec.schedule") << orNone(str(o, "spec.timeZone")) << valueAt(o, QStringLiteral("spec.suspend")).toBool()
            << valueAt(o, QStringLiteral("status.active")).toArray().size() << (last.isEmpty() ? QStringLiteral("<none>") : age(last))
            << created << containerNames(jobPod) << images(jobPod) << QStringLiteral("<none>");
    } else if (key == QLatin1String("/services")) {
        QStringList external;
        for (const auto &i : valueAt(o, QStringLiteral("status.loadBalancer.ingress")).toArray())
            external.append(i.toObject().value(QLatin1String("ip")).toString());
        QStringList selector;
        const QJsonObject sel = valueAt(o, QStringLiteral("spec.selector")).toObject();
        for (auto it = sel.begin(); it != sel.end(); ++it)
            selector.append(it.key() + QLatin1Char('=') + it.value().toString());
        row << str(o, "spec.type") << orNone(str(o, "spec.clusterIP")) << orNone(external.join(QLatin1Char(','))) << servicePorts(o)
            << created << orNone(selector.join(QLatin1Char(',')));
    } else if (key == QLatin1String("/endpoints")) {
        QStringList eps;
        for (const auto &s : o.value(QLatin1String("subsets")).toArray()) {
            for (const auto &a : s.toObject().value(QLatin1String("addresses")).toArray()) {
                for (const auto &p : s.toObject().value(QLatin1String("ports")).toArray())
                    eps.append(a.toObject().value(QLatin1String("ip")).toString() + QLatin1Char(':')
                               + QString::number(p.toObject().value(QLatin1String("port")).toInt()));
            }
        }
        row << orNone(eps.join(QLatin1Char(','))) << created;
    } else if (key == QLatin1String("/configmaps")) {
        row << o.value(QLatin1String("data")).toObject().size() + o.value(QLatin1String("binaryData")).toObject().size() << created;
    } else if (key == QLatin1String("/secrets")) {
        row << str(o, "type") << o.value(QLatin1String("data")).toObject().size() << created;
    } else if (key == QLatin1String("/serviceaccounts")) {
        row << QString::number(o.value(QLatin1String("secrets")).toArray().size()) << created;
    } else if (key == QLatin1String("/namespaces")) {
        row << str(o, "status.phase") << created;
    } else if (key == QLatin1String("/nodes")) {
        QStringList roles;
        const QJsonObject labels = valueAt(o, QStringLiteral("metadata.labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.key().startsWith(QLatin1String("node-role.kubernetes.io/")))
                roles.append(it.key().mid(24));
        }
        QString internalIp;
        for (const auto &a : valueAt(o, QStringLiteral("status.addresses")).toArray()) {
            if (a.toObject().value(QLatin1String("type")).toString() == QLatin1String("InternalIP"))
                internalIp = a.toObject().value(QLatin1String("address")).toString();
        }
        row << (condition(o, QStringLiteral("Ready")) == QLatin1String("True") ? QStringLiteral("Ready") : QStringLiteral("NotReady"))
            << orNone(roles.join(QLatin1Char(','))) << created << str(o, "status.nodeInfo.kubeletVersion") << orNone(internalIp)
            << QStringLiteral("<none>") << str(o, "status.nodeInfo.osImage") << str(o, "status.nodeInfo.kernelVersion")
            << str(o, "status.nodeInfo.containerRuntimeVersion");
    } else if (key == QLatin1String("/events")) {
        const QString last = str(o, "lastTimestamp").isEmpty() ? str(o, "eventTime") : str(o, "lastTimestamp");
        const QJsonObject involved = o.value(QLatin1String("involvedObject")).toObject();
        return {age(last), str(o, "type"), str(o, "reason"),
                involved.value(QLatin1String("kind")).toString().toLower() + QLatin1Char('/') + involved.value(QLatin1String("name")).toString(),
                involved.value(QLatin1String("fieldPath")).toString(), str(o, "source.component"), str(o, "message"),
                age(str(o, "firstTimestamp")), QString::number(std::max(1, num(o, "count"))), name};
    } else if (key == QLatin1String("networking.k8s.io/ingresses")) {
        QStringList hosts;
        for (const auto &r : valueAt(o, QStringLiteral("spec.rules")).toArray())
            hosts.append(r.toObject().value(QLatin1String("host")).toString(QStringLiteral("*")));
        QStringList addresses;
        for (const auto &i : valueAt(o, QStringLiteral("status.loadBalancer.ingress")).toArray())
            addresses.append(i.toObject().value(QLatin1String("ip")).toString());
        row << orNone(str(o, "spec.ingressClassName")) << (hosts.isEmpty() ? QStringLiteral("*") : hosts.join(QLatin1Char(',')))
            << addresses.join(QLatin1Char(',')) << (valueAt(o, QStringLiteral("spec.tls")).toArray().isEmpty() ? QStringLiteral("80") : QStringLiteral("80, 443"))
            << created;
    } else if (key == QLatin1String("coordination.k8s.io/leases")) {
        row << str(o, "spec.holderIdentity") << created;
    } else if (key == QLatin1String("gateway.networking.k8s.io/httproutes")) {
        QStringList hosts;
        for (const auto &h : valueAt(o, QStringLiteral("spec.hostnames")).toArray())
            hosts.append(h.toString());
        row << QString::fromUtf8(toCompactJson(QJsonArray::fromStringList(hosts))) << created;
    } else if (key == QLatin1String("gateway.networking.k8s.io/gateways")) {
        row << str(o, "spec.gatewayClassName") << valueAt(o, QStringLiteral("status.addresses")).toArray().at(0).toObject().value(QLatin1String("value")).toString() << condition(o, QStringLiteral("Programmed")) << created;
    } else if (key == QLatin1String("gateway.networking.k8s.io/gatewayclasses")) {
        row << str(o, "spec.controllerName") << condition(o, QStringLiteral("Accepted")) << created;
    } else if (key == QLatin1String("apiextensions.k8s.io/customresourcedefinitions")) {
        row << str(o, "metadata.creationTimestamp");
    } else {
        row << created;
    }
    return row;
}

QJsonObject TablePrinter::row(const ResourceType &type, const QJsonObject &object, Include include)
{
    QJsonObject r{{QStringLiteral("cells"), cells(type, object)}};
    if (include == Include::Object) {
        r.insert(QStringLiteral("object"), object);
    } else if (include == Include::Metadata) {
        r.insert(QStringLiteral("object"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("PartialObjectMetadata")},
                                                       {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                                                       {QStringLiteral("metadata"), object.value(QLatin1String("metadata"))}});
    }
    return r;
}

QJsonObject TablePrinter::table(const ResourceType &type, const QList<ObjectPtr> &objects, Include include,
                                const QJsonObject &listMeta, bool withColumns)
{
    QJsonArray rows;
    for (const ObjectPtr &o : objects)
        rows.append(row(type, o->json, include));
    QJsonObject t{{QStringLiteral("kind"), QStringLiteral("Table")},
                  {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                  {QStringLiteral("metadata"), listMeta},
                  {QStringLiteral("rows"), rows}};
    t.insert(QStringLiteral("columnDefinitions"), withColumns ? columns(type) : QJsonArray{});
    return t;
}

} // namespace shipdeck::kubetest
