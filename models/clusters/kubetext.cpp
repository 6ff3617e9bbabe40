#include "models/clusters/kubetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace shipdeck::KubeText {

QString duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        return s == 0 ? QStringLiteral("%1m").arg(minutes) : QStringLiteral("%1m%2s").arg(minutes).arg(s);
    }
    if (minutes < 180)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        return m == 0 ? QStringLiteral("%1h").arg(hours) : QStringLiteral("%1h%2m").arg(hours).arg(m);
    }
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    const qint64 days = hours / 24;
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        return h == 0 ? QStringLiteral("%1d").arg(days) : QStringLiteral("%1d%2h").arg(days).arg(h);
    }
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(days);
    const qint64 years = days / 365;
    if (hours < 24 * 365 * 8) {
        const qint64 d = days % 365;
        return d == 0 ? QStringLiteral("%1y").arg(years) : QStringLiteral("%1y%2d").arg(years).arg(d);
    }
    return QStringLiteral("%1y").arg(years);
}

QString age(qint64 createdMs, qint64 nowMs)
{
    return createdMs <= 0 ? QStringLiteral("<unknown>") : duration(nowMs - createdMs);
}

qint64 parseTime(const QString &rfc3339)
{
    if (rfc3339.size() < 20 || rfc3339.at(4) != QLatin1Char('-') || rfc3339.at(10) != QLatin1Char('T'))
        return 0;
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a.at(i), cb = b.at(j);
        if (ca.isDigit() && cb.isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei) == QLatin1Char('0'))
                ++ei;
            while (ej < b.size() && b.at(ej) == QLatin1Char('0'))
                ++ej;
            qsizetype si = ei, sj = ej;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const qsizetype la = ei - si, lb = ej - sj;
            if (la != lb)
                return la < lb ? -1 : 1;
            const int c = a.sliced(si, la).compare(b.sliced(sj, lb));
            if (c != 0)
                return c < 0 ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const QChar la = ca.toCaseFolded(), lb = cb.toCaseFolded();
        if (la != lb)
            return la < lb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

namespace {

// "3/4" with 3 < 4: not everything is ready.
bool partlyReady(const QString &value)
{
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return false;
    bool ok1 = false, ok2 = false;
    const int have = value.left(slash).toInt(&ok1);
    const int want = value.mid(slash + 1).toInt(&ok2);
    return ok1 && ok2 && have < want;
}

Severity podStatus(const QString &value)
{
    static const QSet<QString> fine{QStringLiteral("Running")};
    static const QSet<QString> done{QStringLiteral("Completed"), QStringLiteral("Succeeded"), QStringLiteral("Terminating")};
    static const QSet<QString> waiting{QStringLiteral("Pending"), QStringLiteral("ContainerCreating"), QStringLiteral("PodInitializing"),
                                       QStringLiteral("NotReady")};
    if (fine.contains(value))
        return Severity::Ok;
    if (done.contains(value))
        return Severity::Muted;
    if (waiting.contains(value) || value.startsWith(QLatin1String("Init:")))
        return value.contains(QLatin1String("Err")) || value.contains(QLatin1String("BackOff")) ? Severity::Danger : Severity::Warning;
    return Severity::Danger; // CrashLoopBackOff, Error, ImagePullBackOff, OOMKilled, Evicted, Failed, Unknown …
}

} // namespace

Severity severity(const QString &resource, const QString &column, const QString &value)
{
    if (value.isEmpty())
        return Severity::None;
    if (column == QLatin1String("Ready") && partlyReady(value))
        return Severity::Warning;
    if (resource == QLatin1String("pods") && column == QLatin1String("Status"))
        return podStatus(value);
    if (resource == QLatin1String("pods") && column == QLatin1String("Phase"))
        return value == QLatin1String("Running") ? Severity::Ok
             : value == QLatin1String("Succeeded") ? Severity::Muted
             : value == QLatin1String("Pending") ? Severity::Warning : Severity::Danger;
    if (resource == QLatin1String("events") && column == QLatin1String("Type"))
        return value == QLatin1String("Warning") ? Severity::Warning : Severity::None;
    if (resource == QLatin1String("nodes") && column == QLatin1String("Status"))
        return value.startsWith(QLatin1String("Ready")) ? (value.contains(QLatin1String("SchedulingDisabled")) ? Severity::Warning : Severity::Ok)
                                                         : Severity::Danger;
    if (resource == QLatin1String("namespaces") && column == QLatin1String("Status"))
        return value == QLatin1String("Terminating") ? Severity::Muted : Severity::None;
    if (resource == QLatin1String("jobs") && column == QLatin1String("Status"))
        return value == QLatin1String("Failed") ? Severity::Danger : value == QLatin1String("Complete") ? Severity::Muted : Severity::Info;
    if (column == QLatin1String("Phase") || column == QLatin1String("Status")) {
        // Argo Rollouts and AnalysisRuns, and custom resources that follow the convention.
        static const QHash<QString, Severity> phases{
            {QStringLiteral("Healthy"), Severity::Ok},         {QStringLiteral("Successful"), Severity::Ok},
            {QStringLiteral("Progressing"), Severity::Info},   {QStringLiteral("Running"), Severity::Info},
            {QStringLiteral("Paused"), Severity::Warning},     {QStringLiteral("Inconclusive"), Severity::Warning},
            {QStringLiteral("Pending"), Severity::Warning},    {QStringLiteral("Degraded"), Severity::Danger},
            {QStringLiteral("Failed"), Severity::Danger},      {QStringLiteral("Error"), Severity::Danger},
            {QStringLiteral("Active"), Severity::None},        {QStringLiteral("Terminating"), Severity::Muted}};
        return phases.value(value, Severity::None);
    }
    return Severity::None;
}

bool isNumericColumn(const QString &column)
{
    static const QSet<QString> numeric{
        QStringLiteral("Restarts"), QStringLiteral("Count"), QStringLiteral("Desired"), QStringLiteral("Current"),
        QStringLiteral("Up-to-date"), QStringLiteral("Available"), QStringLiteral("Replicas"), QStringLiteral("Data"),
        QStringLiteral("Active"), QStringLiteral("Set weight"), QStringLiteral("Duration")};
    return numeric.contains(column);
}

bool isTimeColumn(const QString &column)
{
    return column == QLatin1String("Last seen") || column == QLatin1String("Last schedule") || column == QLatin1String("Renewed");
}

QString columnTitle(const QString &column)
{
    // The backend's column names (KubeSummarizer), so the translation tools see them.
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("KubeColumns", "Name"), QT_TRANSLATE_NOOP("KubeColumns", "Namespace"), QT_TRANSLATE_NOOP("KubeColumns", "Age"),
        QT_TRANSLATE_NOOP("KubeColumns", "Status"), QT_TRANSLATE_NOOP("KubeColumns", "Ready"), QT_TRANSLATE_NOOP("KubeColumns", "Restarts"),
        QT_TRANSLATE_NOOP("KubeColumns", "Node"), QT_TRANSLATE_NOOP("KubeColumns", "IP"), QT_TRANSLATE_NOOP("KubeColumns", "Host IP"),
        QT_TRANSLATE_NOOP("KubeColumns", "Containers"), QT_TRANSLATE_NOOP("KubeColumns", "Phase"), QT_TRANSLATE_NOOP("KubeColumns", "Up-to-date"),
        QT_TRANSLATE_NOOP("KubeColumns", "Available"), QT_TRANSLATE_NOOP("KubeColumns", "Replicas"), QT_TRANSLATE_NOOP("KubeColumns", "Images"),
        QT_TRANSLATE_NOOP("KubeColumns", "Selector"), QT_TRANSLATE_NOOP("KubeColumns", "Strategy"), QT_TRANSLATE_NOOP("KubeColumns", "Desired"),
        QT_TRANSLATE_NOOP("KubeColumns", "Current"), QT_TRANSLATE_NOOP("KubeColumns", "Revision"), QT_TRANSLATE_NOOP("KubeColumns", "Completions"),
        QT_TRANSLATE_NOOP("KubeColumns", "Schedule"), QT_TRANSLATE_NOOP("KubeColumns", "Suspend"), QT_TRANSLATE_NOOP("KubeColumns", "Active"),
        QT_TRANSLATE_NOOP("KubeColumns", "Last schedule"), QT_TRANSLATE_NOOP("KubeColumns", "Type"), QT_TRANSLATE_NOOP("KubeColumns", "Cluster-IP"),
        QT_TRANSLATE_NOOP("KubeColumns", "External-IP"), QT_TRANSLATE_NOOP("KubeColumns", "Ports"), QT_TRANSLATE_NOOP("KubeColumns", "Class"),
        QT_TRANSLATE_NOOP("KubeColumns", "Hosts"), QT_TRANSLATE_NOOP("KubeColumns", "Address"), QT_TRANSLATE_NOOP("KubeColumns", "Canary"),
        QT_TRANSLATE_NOOP("KubeColumns", "Hostnames"), QT_TRANSLATE_NOOP("KubeColumns", "Parents"), QT_TRANSLATE_NOOP("KubeColumns", "Backends"),
        QT_TRANSLATE_NOOP("KubeColumns", "Reason"), QT_TRANSLATE_NOOP("KubeColumns", "Object"), QT_TRANSLATE_NOOP("KubeColumns", "Message"),
        QT_TRANSLATE_NOOP("KubeColumns", "Count"), QT_TRANSLATE_NOOP("KubeColumns", "Last seen"), QT_TRANSLATE_NOOP("KubeColumns", "Roles"),
        QT_TRANSLATE_NOOP("KubeColumns", "Version"), QT_TRANSLATE_NOOP("KubeColumns", "Internal-IP"), QT_TRANSLATE_NOOP("KubeColumns", "Holder"),
        QT_TRANSLATE_NOOP("KubeColumns", "Renewed"), QT_TRANSLATE_NOOP("KubeColumns", "Duration"), QT_TRANSLATE_NOOP("KubeColumns", "Step"),
        QT_TRANSLATE_NOOP("KubeColumns", "Set weight"), QT_TRANSLATE_NOOP("KubeColumns", "Data"), QT_TRANSLATE_NOOP("KubeColumns", "Kind"),
        QT_TRANSLATE_NOOP("KubeColumns", "Group"), QT_TRANSLATE_NOOP("KubeColumns", "Scope"), QT_TRANSLATE_NOOP("KubeColumns", "Versions")};
    for (const char *name : names) {
        if (column == QLatin1String(name))
            return QCoreApplication::translate("KubeColumns", name);
    }
    return column; // a custom resource's printer column
}

QString kindTitle(const QString &resource)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("namespaces"), QT_TRANSLATE_NOOP("KubeKinds", "Namespaces")},
        {QStringLiteral("nodes"), QT_TRANSLATE_NOOP("KubeKinds", "Nodes")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("KubeKinds", "Events")},
        {QStringLiteral("deployments"), QT_TRANSLATE_NOOP("KubeKinds", "Deployments")},
        {QStringLiteral("statefulsets"), QT_TRANSLATE_NOOP("KubeKinds", "StatefulSets")},
        {QStringLiteral("daemonsets"), QT_TRANSLATE_NOOP("KubeKinds", "DaemonSets")},
        {QStringLiteral("replicasets"), QT_TRANSLATE_NOOP("KubeKinds", "ReplicaSets")},
        {QStringLiteral("jobs"), QT_TRANSLATE_NOOP("KubeKinds", "Jobs")},
        {QStringLiteral("cronjobs"), QT_TRANSLATE_NOOP("KubeKinds", "CronJobs")},
        {QStringLiteral("pods"), QT_TRANSLATE_NOOP("KubeKinds", "Pods")},
        {QStringLiteral("services"), QT_TRANSLATE_NOOP("KubeKinds", "Services")},
        {QStringLiteral("ingresses"), QT_TRANSLATE_NOOP("KubeKinds", "Ingresses")},
        {QStringLiteral("httproutes"), QT_TRANSLATE_NOOP("KubeKinds", "HTTPRoutes")},
        {QStringLiteral("configmaps"), QT_TRANSLATE_NOOP("KubeKinds", "ConfigMaps")},
        {QStringLiteral("secrets"), QT_TRANSLATE_NOOP("KubeKinds", "Secrets")},
        {QStringLiteral("rollouts"), QT_TRANSLATE_NOOP("KubeKinds", "Rollouts")},
        {QStringLiteral("analysisruns"), QT_TRANSLATE_NOOP("KubeKinds", "AnalysisRuns")},
        {QStringLiteral("leases"), QT_TRANSLATE_NOOP("KubeKinds", "Leases")},
        {QStringLiteral("customresourcedefinitions"), QT_TRANSLATE_NOOP("KubeKinds", "Custom Resource Definitions")}};
    const char *title = titles.value(resource.section(QLatin1Char('.'), 0, 0));
    return title ? QCoreApplication::translate("KubeKinds", title) : QString();
}

} // namespace shipdeck::KubeText
