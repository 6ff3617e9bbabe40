#include "podlogs.h"

#include "apierror.h"
#include "faultinjector.h"
#include "httpexchange.h"
#include "jsonutil.h"
#include "objectstore.h"
#include "resourceregistry.h"
#include "servercontext.h"

#include <QTimer>

#include <cmath>

namespace shipdeck::kubetest {

namespace {
const QString kIntervalAnnotation = QStringLiteral("test.shipdeck.io/log-interval-ms");
const QString kBacklogAnnotation = QStringLiteral("test.shipdeck.io/log-backlog");

QString nanoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000000Z");
}

QByteArray render(const PodLogs::Line &line, bool timestamps)
{
    QByteArray out;
    if (timestamps)
        out += nanoTime(line.time).toLatin1() + ' ';
    out += line.text.toUtf8() + '\n';
    return out;
}

QJsonObject findByName(const QJsonArray &list, const QString &name)
{
    for (const auto &v : list) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    }
    return {};
}
} // namespace

struct PodLogs::Follow
{
    QPointer<HttpExchange> exchange;
    Instance instance;
    bool timestamps = false;
    qint64 lastSeq = -1;
    qint64 bytesLeft = -1;
    int linesLeftBeforeDrop = -1;
    std::unique_ptr<QTimer> timer;
    bool done = false;
};

PodLogs::PodLogs(ServerContext &context, QObject *parent) : QObject(parent), m_ctx(context) {}
PodLogs::~PodLogs() = default;

QString PodLogs::key(const Instance &instance) const
{
    return QStringLiteral("%1/%2/%3/%4").arg(instance.ns, instance.pod, instance.container).arg(instance.restartCount);
}

Result<PodLogs::Instance> PodLogs::instanceFor(const QString &ns, const QString &podName, const QString &container, bool previous) const
{
    const ResourceTypePtr pods = m_ctx.registry->find(QString(), QStringLiteral("v1"), QStringLiteral("pods"));
    const ObjectPtr pod = m_ctx.store->get(pods->id, ns, podName);
    if (!pod)
        return notFound(QStringLiteral("pods"), podName);
    const QJsonArray containers = valueAt(pod->json, QStringLiteral("spec.containers")).toArray();
    QString name = container;
    if (name.isEmpty()) {
        if (containers.size() != 1) {
            QStringList names;
            for (const auto &c : containers)
                names.append(c.toObject().value(QLatin1String("name")).toString());
            return badRequest(QStringLiteral("a container name must be specified for pod %1, choose one of: [%2]").arg(podName, names.join(QLatin1Char(' '))));
        }
        name = containers.first().toObject().value(QLatin1String("name")).toString();
    }
    const QJsonObject spec = findByName(containers, name);
    if (spec.isEmpty())
        return badRequest(QStringLiteral("container %1 is not valid for pod %2").arg(name, podName));
    const QJsonObject status = findByName(valueAt(pod->json, QStringLiteral("status.containerStatuses")).toArray(), name);
    const QJsonObject annotations = valueAt(pod->json, QStringLiteral("metadata.annotations")).toObject();
    Instance instance;
    instance.ns = ns;
    instance.pod = podName;
    instance.uid = pod->uid;
    instance.container = name;
    instance.image = spec.value(QLatin1String("image")).toString();
    instance.intervalMs = std::max(1, annotations.value(kIntervalAnnotation).toString().toInt());
    if (!annotations.contains(kIntervalAnnotation))
        instance.intervalMs = m_defaultIntervalMs;
    instance.backlog = std::max<qint64>(0, annotations.value(kBacklogAnnotation).toString().toLongLong());
    instance.restartCount = status.value(QLatin1String("restartCount")).toInt();
    // Exact start/stop of a run around a restart (the statuses have seconds only).
    const auto exact = [this](Instance &in) {
        const auto it = m_bounds.constFind(key(in));
        if (it == m_bounds.cend() || it->uid != in.uid)
            return;
        if (it->started.isValid() && in.started.isValid())
            in.started = it->started;
        if (it->finished.isValid() && in.finished.isValid()) {
            in.finished = it->finished;
            in.finishedExact = true;
        }
    };
    if (previous) {
        const QJsonObject last = valueAt(status, QStringLiteral("lastState.terminated")).toObject();
        if (last.isEmpty())
            return badRequest(QStringLiteral("previous terminated container \"%1\" in pod \"%2\" not found").arg(name, podName));
        instance.restartCount -= 1;
        instance.started = parseTime(last.value(QLatin1String("startedAt")).toString());
        instance.finished = parseTime(last.value(QLatin1String("finishedAt")).toString());
        exact(instance);
        return instance;
    }
    const QJsonObject state = status.value(QLatin1String("state")).toObject();
    if (state.contains(QLatin1String("running"))) {
        instance.started = parseTime(valueAt(state, QStringLiteral("running.startedAt")).toString());
    } else if (state.contains(QLatin1String("terminated"))) {
        instance.started = parseTime(valueAt(state, QStringLiteral("terminated.startedAt")).toString());
        instance.finished = parseTime(valueAt(state, QStringLiteral("terminated.finishedAt")).toString());
    } else {
        const QString reason = valueAt(state, QStringLiteral("waiting.reason")).toString();
        return badRequest(QStringLiteral("container \"%1\" in pod \"%2\" is waiting to start: %3")
                              .arg(name, podName, reason.isEmpty() ? QStringLiteral("ContainerCreating") : reason));
    }
    if (!instance.started.isValid())
        return badRequest(QStringLiteral("container \"%1\" in pod \"%2\" has not started").arg(name, podName));
    exact(instance);
    return instance;
}

QList<PodLogs::Line> PodLogs::lines(const Instance &in, const QDateTime &from, const QDateTime &to) const
{
    QList<Line> result;
    // finishedAt has one-second precision: the whole second belongs to the finished run, unless
    // the exact moment is known (a restart).
    const QDateTime finished = !in.finished.isValid() ? QDateTime() : in.finishedExact ? in.finished : in.finished.addMSecs(999);
    const QDateTime end = finished.isValid() && finished < to ? finished : to;
    if (end < in.started)
        return result;
    if (!from.isValid() || from <= in.started) {
        result.append({in.started, QStringLiteral("starting container %1 (image %2) in pod %3").arg(in.container, in.image, in.pod)});
        for (qint64 i = 1; i <= in.backlog; ++i)
            result.append({in.started, QStringLiteral("backlog seq=%1 pod=%2 container=%3 msg=\"replayed request\"").arg(i).arg(in.pod, in.container)});
    }
    const qint64 span = in.started.msecsTo(end);
    const qint64 last = span / in.intervalMs; // periodic line j (1-based) at started + j*interval
    qint64 first = 1;
    if (from.isValid() && from > in.started)
        first = std::max<qint64>(1, qint64(std::ceil(double(in.started.msecsTo(from)) / in.intervalMs)));
    for (qint64 j = first; j <= last; ++j) {
        const qint64 seq = in.backlog + j;
        result.append({in.started.addMSecs(j * in.intervalMs),
                       QStringLiteral("seq=%1 pod=%2 container=%3 msg=\"request served\" status=200 duration_ms=%4")
                           .arg(seq).arg(in.pod, in.container).arg((seq * 37) % 250)});
    }
    const auto appended = m_appended.value(key(in));
    if (!appended.isEmpty()) {
        for (const Line &line : appended) {
            if ((!from.isValid() || line.time >= from) && line.time <= end)
                result.append(line);
        }
        std::stable_sort(result.begin(), result.end(), [](const Line &a, const Line &b) { return a.time < b.time; });
    }
    return result;
}

void PodLogs::serve(HttpExchange *exchange, const QString &ns, const QString &pod)
{
    const HttpRequest &request = exchange->request();
    auto sendError = [exchange](const Error &error) {
        exchange->respond(httpCodeOf(error), "application/json", toCompactJson(statusObject(error)));
    };
    auto instance = instanceFor(ns, pod, request.queryValue(QStringLiteral("container")), request.queryFlag(QStringLiteral("previous")));
    if (!instance)
        return sendError(instance.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from;
    if (request.hasQuery(QStringLiteral("sinceSeconds"))) {
        const qint64 since = request.queryValue(QStringLiteral("sinceSeconds")).toLongLong();
        if (since <= 0)
            return sendError(badRequest(QStringLiteral("sinceSeconds: Invalid value: must be greater than 0")));
        from = now.addSecs(-since);
    } else if (request.hasQuery(QStringLiteral("sinceTime"))) {
        from = parseTime(request.queryValue(QStringLiteral("sinceTime")));
        if (!from.isValid())
            return sendError(badRequest(QStringLiteral("sinceTime: Invalid value: \"%1\": not an RFC 3339 time").arg(request.queryValue(QStringLiteral("sinceTime")))));
    }
    const bool timestamps = request.queryFlag(QStringLiteral("timestamps"));
    const bool follow = request.queryFlag(QStringLiteral("follow")) && !instance->finished.isValid();
    qint64 limitBytes = request.hasQuery(QStringLiteral("limitBytes")) ? request.queryValue(QStringLiteral("limitBytes")).toLongLong() : -1;
    QList<Line> initial = lines(instance.value(), from, now);
    if (request.hasQuery(QStringLiteral("tailLines"))) {
        const qint64 tail = request.queryValue(QStringLiteral("tailLines")).toLongLong();
        if (tail >= 0 && tail < initial.size())
            initial = initial.mid(initial.size() - tail);
    }
    QByteArray body;
    for (const Line &line : std::as_const(initial))
        body += render(line, timestamps);
    if (limitBytes >= 0 && body.size() > limitBytes)
        body.truncate(limitBytes);
    if (!follow || (limitBytes >= 0 && body.size() >= limitBytes)) {
        exchange->respond(200, "text/plain", body);
        return;
    }
    auto f = std::make_unique<Follow>();
    Follow *raw = f.get();
    f->exchange = exchange;
    f->instance = instance.value();
    f->timestamps = timestamps;
    f->lastSeq = instance->backlog + instance->started.msecsTo(now) / instance->intervalMs;
    f->bytesLeft = limitBytes >= 0 ? limitBytes - body.size() : -1;
    for (const FaultRule &fault : m_ctx.faults->onStream(QStringLiteral("log"), QStringLiteral("pods"), ns)) {
        if (fault.kind == FaultRule::Kind::Drop || fault.kind == FaultRule::Kind::Truncate)
            f->linesLeftBeforeDrop = fault.afterEvents;
    }
    m_follows.push_back(std::move(f));
    connect(exchange, &HttpExchange::closed, this, [this, raw] { finish(raw); });
    exchange->beginStream(200, "text/plain");
    exchange->write(body);
    raw->timer = std::make_unique<QTimer>();
    connect(raw->timer.get(), &QTimer::timeout, this, [this, raw] { tick(raw); });
    raw->timer->start(std::max(20, instance->intervalMs));
    if (raw->linesLeftBeforeDrop == 0)
        finish(raw);
}

void PodLogs::tick(Follow *follow)
{
    if (follow->done || !follow->exchange)
        return finish(follow);
    auto current = instanceFor(follow->instance.ns, follow->instance.pod, follow->instance.container, false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Instance &in = follow->instance;
    // A run that stopped since the last tick wrote nothing after it stopped.
    QDateTime end = now;
    if (current && current->restartCount != in.restartCount) {
        const auto bounds = m_bounds.constFind(key(in));
        if (bounds != m_bounds.cend() && bounds->uid == in.uid && bounds->finished.isValid() && bounds->finished < end)
            end = bounds->finished;
    }
    const qint64 seqNow = std::max(follow->lastSeq, in.backlog + in.started.msecsTo(end) / in.intervalMs);
    QByteArray out;
    for (qint64 seq = follow->lastSeq + 1; seq <= seqNow; ++seq) {
        const Line line{in.started.addMSecs((seq - in.backlog) * in.intervalMs),
                        QStringLiteral("seq=%1 pod=%2 container=%3 msg=\"request served\" status=200 duration_ms=%4")
                            .arg(seq).arg(in.pod, in.container).arg((seq * 37) % 250)};
        out += render(line, follow->timestamps);
        if (follow->linesLeftBeforeDrop > 0 && --follow->linesLeftBeforeDrop == 0)
            break;
    }
    follow->lastSeq = seqNow;
    if (follow->bytesLeft >= 0 && out.size() >= follow->bytesLeft) {
        out.truncate(follow->bytesLeft);
        follow->bytesLeft = 0;
    } else if (follow->bytesLeft >= 0) {
        follow->bytesLeft -= out.size();
    }
    follow->exchange->write(out);
    const bool stopped = !current || current->restartCount != in.restartCount || current->finished.isValid();
    if (follow->linesLeftBeforeDrop == 0) {
        follow->done = true;
        follow->exchange->closeConnection();
        finish(follow);
    } else if (stopped || follow->bytesLeft == 0) {
        finish(follow);
    }
}

void PodLogs::finish(Follow *follow)
{
    if (!follow->done) {
        follow->done = true;
        if (follow->exchange)
            follow->exchange->endStream();
    }
    if (follow->timer)
        follow->timer->stop();
    QTimer::singleShot(0, this, [this] { removeFinished(); });
}

void PodLogs::removeFinished()
{
    m_follows.remove_if([this](const std::unique_ptr<Follow> &f) {
        if (f->done && f->exchange)
            disconnect(f->exchange, nullptr, this, nullptr);
        return f->done;
    });
}

Result<int> PodLogs::append(const QString &ns, const QString &pod, const QString &container, const QStringList &newLines)
{
    SD_TRY(Instance instance, instanceFor(ns, pod, container, false));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto &stored = m_appended[key(instance)];
    for (const QString &text : newLines)
        stored.append({now, text});
    for (auto &f : m_follows) {
        if (f->done || !f->exchange || key(f->instance) != key(instance))
            continue;
        QByteArray out;
        for (const QString &text : newLines)
            out += render({now, text}, f->timestamps);
        f->exchange->write(out);
    }
    return int(newLines.size());
}

void PodLogs::noteRestart(const QString &ns, const QString &pod, const QString &uid, const QString &container, int restartCount,
                          const QDateTime &at, bool started)
{
    Instance stopped;
    stopped.ns = ns;
    stopped.pod = pod;
    stopped.container = container;
    stopped.restartCount = restartCount;
    Bounds &old = m_bounds[key(stopped)];
    if (old.uid != uid)
        old = Bounds{uid, {}, {}};
    old.finished = at;
    if (started) {
        Instance next = stopped;
        next.restartCount = restartCount + 1;
        m_bounds[key(next)] = Bounds{uid, at, {}};
    }
}

int PodLogs::followCount() const
{
    return int(std::count_if(m_follows.begin(), m_follows.end(), [](const auto &f) { return !f->done; }));
}

int PodLogs::dropFollows()
{
    int n = 0;
    for (auto &f : m_follows) {
        if (!f->done && f->exchange) {
            f->done = true;
            f->exchange->closeConnection();
            ++n;
        }
    }
    QTimer::singleShot(0, this, [this] { removeFinished(); });
    return n;
}

} // namespace shipdeck::kubetest
