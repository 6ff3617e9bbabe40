#include "backend/deploy/analysisstore.h"

#include "backend/core/clock.h"
#include "backend/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace shipdeck {

namespace {
QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonArray bucketsToJson(const QList<std::pair<double, double>> &buckets)
{
    QJsonArray out;
    for (const auto &[le, count] : buckets)
        out.append(QJsonArray{std::isinf(le) ? QJsonValue(QStringLiteral("+Inf")) : QJsonValue(le), count});
    return out;
}

QList<std::pair<double, double>> bucketsFromJson(const QJsonArray &array)
{
    QList<std::pair<double, double>> out;
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        const double le = pair.at(0).isString() ? qInf() : pair.at(0).toDouble();
        out.append({le, pair.at(1).toDouble()});
    }
    return out;
}
} // namespace

QJsonObject AnalysisRunRecord::toJson() const
{
    QJsonArray list;
    for (const MetricResult &m : metrics)
        list.append(m.toJson());
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("rolloutId"), rolloutId},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("stepIndex"), stepIndex},
                     {QStringLiteral("templates"), QJsonArray::fromStringList(templates)},
                     {QStringLiteral("phase"), analysisPhaseName(phase)},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("startedAt"), startedAtMs},
                     {QStringLiteral("metrics"), list}};
    if (finishedAtMs)
        json.insert(QStringLiteral("finishedAt"), finishedAtMs);
    return json;
}

QJsonObject AnalysisVerdict::toJson() const
{
    return {{QStringLiteral("seq"), seq},         {QStringLiteral("rolloutId"), rolloutId},
            {QStringLiteral("runId"), runId},     {QStringLiteral("metric"), metric},
            {QStringLiteral("kind"), kind},       {QStringLiteral("phase"), phase},
            {QStringLiteral("summary"), summary}, {QStringLiteral("numbers"), numbers},
            {QStringLiteral("at"), atMs}};
}

QJsonObject TrafficSample::toJson() const
{
    auto num = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    const double seconds = windowMs > 0 ? windowMs / 1000.0 : 1.0;
    return {{QStringLiteral("at"), atMs},
            {QStringLiteral("role"), role},
            {QStringLiteral("version"), version},
            {QStringLiteral("windowMs"), windowMs},
            {QStringLiteral("requests"), traffic.requests},
            {QStringLiteral("errors"), traffic.errors()},
            {QStringLiteral("requestRate"), traffic.requests / seconds},
            {QStringLiteral("errorRate"), num(traffic.requests > 0 ? traffic.errors() / traffic.requests : qQNaN())},
            {QStringLiteral("latencyMeanMs"), num(ProxyTraffic::measure(QStringLiteral("latency-mean"), traffic, windowMs).valueOr(qQNaN()))},
            {QStringLiteral("latencyP50Ms"), num(ProxyTraffic::measure(QStringLiteral("latency-p50"), traffic, windowMs).valueOr(qQNaN()))},
            {QStringLiteral("latencyP99Ms"), num(ProxyTraffic::measure(QStringLiteral("latency-p99"), traffic, windowMs).valueOr(qQNaN()))}};
}

AnalysisStore::AnalysisStore(Database &db, const Clock *clock) : m_db(db), m_clock(clock ? clock : Clock::system()) {}

Result<void> AnalysisStore::saveRun(const AnalysisRunRecord &r)
{
    QJsonArray metrics;
    for (const MetricResult &m : r.metrics)
        metrics.append(m.toJson());
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "INSERT INTO analysis_runs(id, rollout_id, kind, step_index, templates, phase, message, started_at, finished_at, metrics) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(id) DO UPDATE SET phase = excluded.phase, "
        "message = excluded.message, finished_at = excluded.finished_at, metrics = excluded.metrics")));
    s->bind(1, r.id).bind(2, r.rolloutId).bind(3, r.kind).bind(4, r.stepIndex).bind(5, r.templates.join(QLatin1Char(',')))
        .bind(6, analysisPhaseName(r.phase)).bind(7, r.message).bind(8, r.startedAtMs).bind(9, r.finishedAtMs)
        .bind(10, compact(metrics));
    return s->run();
}

namespace {
AnalysisRunRecord readRun(Statement &s)
{
    AnalysisRunRecord r;
    r.id = s.text(0);
    r.rolloutId = s.text(1);
    r.kind = s.text(2);
    r.stepIndex = int(s.int64(3));
    r.templates = s.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.phase = analysisPhaseFromName(s.text(5)).value_or(AnalysisPhase::Error);
    r.message = s.text(6);
    r.startedAtMs = s.int64(7);
    r.finishedAtMs = s.int64(8);
    for (const QJsonValue &v : QJsonDocument::fromJson(s.text(9).toUtf8()).array())
        r.metrics.append(MetricResult::fromJson(v.toObject()));
    return r;
}
} // namespace

Result<std::optional<AnalysisRunRecord>> AnalysisStore::run(const QString &id)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT id, rollout_id, kind, step_index, templates, phase, message, started_at, finished_at, metrics FROM analysis_runs WHERE id = ?1")));
    s->bind(1, id);
    SD_TRY(bool row, s->step());
    std::optional<AnalysisRunRecord> out;
    if (row)
        out = readRun(*s);
    s->reset();
    return out;
}

Result<QList<AnalysisRunRecord>> AnalysisStore::runs(const QString &rolloutId)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT id, rollout_id, kind, step_index, templates, phase, message, started_at, finished_at, metrics FROM analysis_runs "
        "WHERE rollout_id = ?1 ORDER BY started_at, id")));
    s->bind(1, rolloutId);
    QList<AnalysisRunRecord> out;
    for (;;) {
        SD_TRY(bool row, s->step());
        if (!row)
            break;
        out.append(readRun(*s));
    }
    s->reset();
    return out;
}

Result<AnalysisVerdict> AnalysisStore::addVerdict(AnalysisVerdict v)
{
    if (!v.atMs)
        v.atMs = m_clock->nowMs();
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "INSERT INTO analysis_verdicts(rollout_id, run_id, metric, kind, phase, summary, numbers, at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")));
    s->bind(1, v.rolloutId).bind(2, v.runId).bind(3, v.metric).bind(4, v.kind).bind(5, v.phase).bind(6, v.summary)
        .bind(7, compact(v.numbers)).bind(8, v.atMs);
    SD_CHECK(s->run());
    v.seq = m_db.lastInsertRowId();
    return v;
}

Result<QList<AnalysisVerdict>> AnalysisStore::verdicts(const QString &rolloutId, qint64 afterSeq, int limit)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT seq, rollout_id, run_id, metric, kind, phase, summary, numbers, at FROM analysis_verdicts "
        "WHERE rollout_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3")));
    s->bind(1, rolloutId).bind(2, afterSeq).bind(3, limit);
    QList<AnalysisVerdict> out;
    for (;;) {
        SD_TRY(bool row, s->step());
        if (!row)
            break;
        out.append({s->int64(0), s->text(1), s->text(2), s->text(3), s->text(4), s->text(5), s->text(6),
                    QJsonDocument::fromJson(s->text(7).toUtf8()).object(), s->int64(8)});
    }
    s->reset();
    return out;
}

Result<void> AnalysisStore::addSample(const QString &rolloutId, const TrafficSample &t)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO rollout_samples(rollout_id, at, role, version, window_ms, requests, errors, latency_sum, "
        "latency_count, buckets) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")));
    s->bind(1, rolloutId).bind(2, t.atMs).bind(3, t.role).bind(4, t.version).bind(5, t.windowMs).bind(6, t.traffic.requests)
        .bind(7, t.traffic.errors()).bind(8, t.traffic.latencySum).bind(9, t.traffic.latencyCount)
        .bind(10, compact(bucketsToJson(t.traffic.buckets)));
    return s->run();
}

Result<QList<TrafficSample>> AnalysisStore::samples(const QString &rolloutId, qint64 fromMs, qint64 toMs, int limit)
{
    SD_TRY(Statement *s, m_db.prepare(QStringLiteral(
        "SELECT at, role, version, window_ms, requests, errors, latency_sum, latency_count, buckets FROM rollout_samples "
        "WHERE rollout_id = ?1 AND at > ?2 AND (?3 = 0 OR at <= ?3) ORDER BY at, role LIMIT ?4")));
    s->bind(1, rolloutId).bind(2, fromMs).bind(3, toMs).bind(4, limit);
    QList<TrafficSample> out;
    for (;;) {
        SD_TRY(bool row, s->step());
        if (!row)
            break;
        TrafficSample t;
        t.atMs = s->int64(0);
        t.role = s->text(1);
        t.version = s->text(2);
        t.windowMs = s->int64(3);
        t.traffic.version = t.version;
        t.traffic.requests = s->real(4);
        t.traffic.codes[3] = s->real(5);
        t.traffic.codes[0] = t.traffic.requests - t.traffic.codes[3];
        t.traffic.latencySum = s->real(6);
        t.traffic.latencyCount = s->real(7);
        t.traffic.buckets = bucketsFromJson(QJsonDocument::fromJson(s->text(8).toUtf8()).array());
        out.append(t);
    }
    s->reset();
    return out;
}

Result<int> AnalysisStore::pruneSamples(qint64 cutoffMs)
{
    SD_CHECK(m_db.exec(QStringLiteral(
        "DELETE FROM rollout_samples WHERE rollout_id IN (SELECT id FROM rollouts WHERE finished_at > 0 AND finished_at < %1)")
        .arg(cutoffMs)));
    return m_db.changes();
}

} // namespace shipdeck
