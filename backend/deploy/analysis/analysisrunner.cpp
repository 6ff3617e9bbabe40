#include "backend/deploy/analysis/analysisrunner.h"

#include "backend/core/clock.h"
#include "backend/deploy/analysis/kayentajudge.h"
#include "backend/deploy/analysis/metricassessment.h"
#include "backend/deploy/analysis/metricsampler.h"
#include "backend/deploy/analysis/prometheusclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

#include <cmath>

namespace shipdeck {

struct AnalysisRunner::MetricState
{
    bool inFlight = false;
    bool completionRecorded = false;
    qint64 notBefore = 0;
    std::unique_ptr<SequentialErrorTest> sequential;
    qint64 fedUntil = 0;
};

namespace {
QString percent(double v)
{
    return std::isfinite(v) ? QStringLiteral("%1 %").arg(100 * v, 0, 'f', 2) : QStringLiteral("n/a");
}

QString formatValue(const QString &measure, double v)
{
    if (measure.endsWith(QLatin1String("-rate")) && measure != QLatin1String("request-rate"))
        return percent(v);
    if (measure.startsWith(QLatin1String("latency")))
        return QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
    return QString::number(v, 'g', 6);
}
} // namespace

AnalysisRunner::AnalysisRunner(AnalysisContext context, AnalysisRunRecord record, QList<MetricSpec> metrics, QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_record(std::move(record)), m_metrics(std::move(metrics))
{
    if (!m_context.clock)
        m_context.clock = Clock::system();
    QList<MetricResult> restored = m_record.metrics;
    m_record.metrics.clear();
    for (MetricSpec &spec : m_metrics) {
        // The judge and the sequential test decide each measurement themselves (Kayenta and
        // SPRT semantics); a failure ends the metric at once.
        if (spec.kind == MetricSourceKind::Judge || spec.kind == MetricSourceKind::Sequential) {
            spec.failureLimit = 0;
            spec.inconclusiveLimit = 0;
            spec.consecutiveSuccessLimit = 0;
        }
        MetricResult result;
        for (const MetricResult &r : restored) {
            if (r.name == spec.name)
                result = r;
        }
        result.name = spec.name;
        result.dryRun = spec.dryRun;
        m_record.metrics.append(result);
        auto state = std::make_unique<MetricState>();
        state->completionRecorded = isCompleted(result.phase);
        if (spec.kind == MetricSourceKind::Sequential) {
            state->sequential = std::make_unique<SequentialErrorTest>(spec.sequential.alpha, spec.sequential.effects);
            state->fedUntil = m_record.startedAtMs;
            // Continue where the stopped process was: replay the samples it had looked at.
            qint64 fedUntil = m_record.startedAtMs;
            if (!result.measurements.isEmpty())
                fedUntil = qint64(result.measurements.last().numbers.value(QStringLiteral("fedUntil")).toDouble(fedUntil));
            if (m_context.sampler) {
                for (const auto &[at, look] : m_context.sampler->errorLooks(m_record.startedAtMs, fedUntil))
                    state->sequential->add(look);
            }
            state->fedUntil = fedUntil;
        }
        m_state.push_back(std::move(state));
    }
}

AnalysisRunner::~AnalysisRunner() = default;

bool AnalysisRunner::isFinished() const
{
    return m_record.finishedAtMs > 0;
}

QString AnalysisRunner::checkSources(const QList<MetricSpec> &metrics, const AnalysisContext &context)
{
    for (const MetricSpec &m : metrics) {
        const bool needsSampler = m.kind == MetricSourceKind::Proxy || m.kind == MetricSourceKind::Sequential
                               || (m.kind == MetricSourceKind::Judge && m.judge.source == QLatin1String("proxy"));
        if (needsSampler && !context.sampler)
            return QStringLiteral("metric %1 reads the proxy's metrics, but the provider serves none").arg(m.name);
    }
    return {};
}

qint64 AnalysisRunner::windowStart(int index) const
{
    const MetricResult &r = m_record.metrics.at(index);
    return r.measurements.isEmpty() ? m_record.startedAtMs : r.measurements.last().finishedAtMs;
}

QMap<QString, QString> AnalysisRunner::placeholders(const QString &version) const
{
    QMap<QString, QString> values{{QStringLiteral("component"), m_context.component},
                                  {QStringLiteral("environment"), m_context.environment},
                                  {QStringLiteral("canaryVersion"), m_context.canaryVersion},
                                  {QStringLiteral("stableVersion"), m_context.stableVersion},
                                  {QStringLiteral("version"), version}};
    for (auto it = m_context.args.begin(); it != m_context.args.end(); ++it)
        values.insert(QStringLiteral("args.") + it.key(), it.value());
    return values;
}

void AnalysisRunner::tick()
{
    if (isFinished())
        return;
    const qint64 now = m_context.clock->nowMs();
    for (int i = 0; i < m_metrics.size(); ++i) {
        MetricState &state = *m_state[i];
        if (state.inFlight || isCompleted(m_record.metrics[i].phase) || m_terminate)
            continue;
        const qint64 due = dueAt(i);
        if (due < 0 || now < due)
            continue;
        measure(i);
        if (isFinished())
            return;
    }
    assess();
}

qint64 AnalysisRunner::nextWakeMs() const
{
    if (isFinished())
        return -1;
    qint64 next = -1;
    for (int i = 0; i < m_metrics.size(); ++i) {
        if (m_state[i]->inFlight || isCompleted(m_record.metrics[i].phase))
            continue;
        const qint64 due = dueAt(i);
        if (due < 0)
            continue;
        next = next < 0 ? due : qMin(next, due);
    }
    return next;
}

qint64 AnalysisRunner::dueAt(int index) const
{
    const MetricSpec &spec = m_metrics.at(index);
    const MetricResult &r = m_record.metrics.at(index);
    // Sources that measure a window of traffic retry errors within one interval (Argo: 10 s)
    // and take their first measurement when the first window has filled.
    const bool window = spec.kind != MetricSourceKind::Prometheus;
    const qint64 errorRetry = window && spec.intervalMs > 0 ? qMin(spec.intervalMs, m_context.errorRetryMs) : m_context.errorRetryMs;
    qint64 due = MetricAssessment::nextMeasurementAt(spec, r, m_record.startedAtMs, errorRetry);
    if (due < 0)
        return -1;
    if (window && r.measurements.isEmpty())
        due = qMax(due, m_record.startedAtMs + spec.intervalMs);
    return qMax(due, m_state[index]->notBefore);
}

void AnalysisRunner::measure(int index)
{
    const MetricSpec &spec = m_metrics.at(index);
    Measurement m;
    m.startedAtMs = m_context.clock->nowMs();
    m.phase = AnalysisPhase::Running;
    switch (spec.kind) {
    case MetricSourceKind::Proxy:
        measureProxy(index, m);
        finishMeasurement(index, m, QStringLiteral("proxy"));
        return;
    case MetricSourceKind::Sequential:
        measureSequential(index, m);
        finishMeasurement(index, m, QStringLiteral("sequential"));
        return;
    case MetricSourceKind::Prometheus:
        measurePrometheus(index, m);
        return;
    case MetricSourceKind::Judge:
        measureJudge(index, m);
        return;
    }
}

void AnalysisRunner::measureProxy(int index, Measurement &m)
{
    const MetricSpec &spec = m_metrics.at(index);
    if (!m_context.sampler) {
        m.phase = AnalysisPhase::Error;
        m.message = QStringLiteral("the provider serves no proxy metrics");
        return;
    }
    const qint64 from = spec.proxy.window == QLatin1String("run") ? m_record.startedAtMs : windowStart(index);
    const qint64 to = m.startedAtMs;
    const VersionTraffic traffic = m_context.sampler->window(spec.proxy.target, from, to);
    auto value = ProxyTraffic::measure(spec.proxy.measure, traffic, to - from);
    m.numbers = {{QStringLiteral("source"), QStringLiteral("proxy")},
                 {QStringLiteral("measure"), spec.proxy.measure},
                 {QStringLiteral("target"), spec.proxy.target},
                 {QStringLiteral("windowMs"), to - from},
                 {QStringLiteral("requests"), traffic.requests},
                 {QStringLiteral("errors"), traffic.errors()}};
    if (!value) {
        m.phase = AnalysisPhase::Error;
        m.message = value.error().message();
        return;
    }
    if (std::isnan(value.value())) {
        m.phase = AnalysisPhase::Error;
        m.message = QStringLiteral("no data: no requests reached %1 in the last %2 s%3")
                        .arg(spec.proxy.target == QLatin1String("all") ? QStringLiteral("any version") : QStringLiteral("the ") + spec.proxy.target)
                        .arg((to - from) / 1000.0, 0, 'f', 1)
                        .arg(m_context.sampler->lastError().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_context.sampler->lastError()));
        return;
    }
    m.value = MeasurementValue::scalar(value.value());
    m.numbers.insert(QStringLiteral("value"), value.value());
    QString why;
    m.phase = MetricAssessment::classify(spec, m.value, &why);
    m.message = QStringLiteral("%1 of the %2 = %3: %4").arg(spec.proxy.measure, spec.proxy.target,
                                                             formatValue(spec.proxy.measure, value.value()), why);
}

void AnalysisRunner::measureSequential(int index, Measurement &m)
{
    MetricState &state = *m_state[index];
    const MetricSpec &spec = m_metrics.at(index);
    if (!m_context.sampler) {
        m.phase = AnalysisPhase::Error;
        m.message = QStringLiteral("the provider serves no proxy metrics");
        return;
    }
    const qint64 now = m.startedAtMs;
    for (const auto &[at, look] : m_context.sampler->errorLooks(state.fedUntil, now))
        state.sequential->add(look);
    state.fedUntil = qMax(state.fedUntil, m_context.sampler->lastSampleAt());
    const SequentialErrorTest &test = *state.sequential;
    m.numbers = test.toJson();
    m.numbers.insert(QStringLiteral("fedUntil"), state.fedUntil);
    m.value = MeasurementValue::scalar(test.alwaysValidPValue());
    m.message = test.summary();
    const bool enough = test.totals().canaryRequests >= spec.sequential.minCanaryRequests;
    m.phase = test.rejected() && enough ? AnalysisPhase::Failed : AnalysisPhase::Successful;
    const MetricResult &r = m_record.metrics.at(index);
    const bool last = spec.effectiveCount() > 0 && r.count + 1 >= spec.effectiveCount();
    if (m.phase == AnalysisPhase::Failed || last)
        recordVerdict(spec.name, QStringLiteral("sequential"), analysisPhaseName(m.phase), m.message, m.numbers);
}

void AnalysisRunner::measurePrometheus(int index, Measurement m)
{
    const MetricSpec &spec = m_metrics.at(index);
    auto query = PrometheusClient::substitute(spec.prometheus.query, placeholders(m_context.canaryVersion));
    if (!query) {
        m.phase = AnalysisPhase::Error;
        m.message = query.error().message();
        finishMeasurement(index, m, QStringLiteral("prometheus"));
        return;
    }
    const QString address = spec.prometheus.address.isEmpty() ? m_context.prometheusAddress : spec.prometheus.address;
    m_state[index]->inFlight = true;
    PrometheusClient client(*m_context.http, QUrl(address));
    QPointer<AnalysisRunner> self(this);
    auto done = [this, self, index, m, address, q = query.value()](Result<PromQueryResult> result) mutable {
        if (!self || isFinished())
            return;
        m_state[index]->inFlight = false;
        const MetricSpec &spec = m_metrics.at(index);
        m.numbers = {{QStringLiteral("source"), QStringLiteral("prometheus")}, {QStringLiteral("address"), address},
                     {QStringLiteral("query"), q}};
        if (!result) {
            m.phase = AnalysisPhase::Error;
            m.message = result.error().toString();
        } else {
            m.value = spec.prometheus.range ? MeasurementValue::vector(result->values()) : result->toMeasurement();
            m.numbers.insert(QStringLiteral("result"), result->toJson());
            QString why;
            m.phase = MetricAssessment::classify(spec, m.value, &why);
            m.message = QStringLiteral("%1 = %2: %3").arg(spec.name, m.value.toString(), why);
        }
        finishMeasurement(index, m, QStringLiteral("prometheus"));
        assess();
    };
    const int timeout = int(spec.prometheus.timeoutMs);
    if (spec.prometheus.range)
        client.queryRange(query.value(), m.startedAtMs - spec.prometheus.rangeMs, m.startedAtMs, spec.prometheus.stepMs, timeout, done);
    else
        client.query(query.value(), m.startedAtMs, timeout, done);
}

void AnalysisRunner::measureJudge(int index, Measurement m)
{
    const MetricSpec &spec = m_metrics.at(index);
    const JudgeSpec &judge = spec.judge;
    if (judge.source == QLatin1String("prometheus")) {
        judgePrometheus(index, m);
        return;
    }
    if (!m_context.sampler) {
        m.phase = AnalysisPhase::Error;
        m.message = QStringLiteral("the provider serves no proxy metrics");
        finishMeasurement(index, m, QStringLiteral("judge"));
        return;
    }
    const qint64 now = m.startedAtMs;
    const qint64 from = judge.lookback == QLatin1String("sliding") ? now - judge.slidingWindowMs : m_record.startedAtMs;
    const int have = m_context.sampler->sampleCount(QStringLiteral("canary"), from, now);
    const qint64 due = MetricAssessment::nextMeasurementAt(spec, m_record.metrics[index], m_record.startedAtMs, m_context.errorRetryMs);
    const qint64 firstDue = qMax(due, m_record.startedAtMs + spec.intervalMs);
    if (have < judge.minSamples && now - firstDue < qMax<qint64>(spec.intervalMs, 30'000)) {
        // Too few samples to compare yet: wait (not a measurement), as Kayenta needs data.
        m_state[index]->notBefore = now + judge.sampleIntervalMs;
        return;
    }
    QList<JudgeMetricResult> results;
    for (const JudgeMetric &jm : judge.metrics) {
        results.append(KayentaJudge::classify(jm, m_context.sampler->series(QStringLiteral("canary"), jm.measure, from, now),
                                              m_context.sampler->series(QStringLiteral("stable"), jm.measure, from, now),
                                              judge.confidenceLevel, judge.tolerance));
    }
    const JudgeResult verdict = KayentaJudge::score(judge, results);
    const MetricResult &r = m_record.metrics.at(index);
    const bool last = spec.effectiveCount() > 0 && r.count + 1 >= spec.effectiveCount();
    m.value = MeasurementValue::scalar(verdict.score);
    m.numbers = verdict.toJson();
    m.numbers.insert(QStringLiteral("lookbackFrom"), from);
    m.numbers.insert(QStringLiteral("samples"), have);
    // Kayenta: a score at or below marginal fails at once; only the last judgment must pass.
    if (verdict.score <= judge.marginalScore)
        m.phase = AnalysisPhase::Failed;
    else if (verdict.score >= judge.passScore)
        m.phase = AnalysisPhase::Successful;
    else
        m.phase = last ? AnalysisPhase::Inconclusive : AnalysisPhase::Successful;
    m.message = verdict.summary();
    if (m.phase == AnalysisPhase::Successful && verdict.classification == QLatin1String("Marginal"))
        m.message += QStringLiteral(" (marginal; the last judgment decides)");
    recordVerdict(spec.name, QStringLiteral("judge"), analysisPhaseName(m.phase), m.message, m.numbers);
    finishMeasurement(index, m, QStringLiteral("judge"));
}

void AnalysisRunner::judgePrometheus(int index, Measurement m)
{
    const MetricSpec &spec = m_metrics.at(index);
    const JudgeSpec &judge = spec.judge;
    const QString address = judge.prometheusAddress.isEmpty() ? m_context.prometheusAddress : judge.prometheusAddress;
    const qint64 now = m.startedAtMs;
    const qint64 from = judge.lookback == QLatin1String("sliding") ? now - judge.slidingWindowMs : m_record.startedAtMs;
    struct Pending
    {
        int outstanding = 0;
        QList<QList<double>> canary;
        QList<QList<double>> baseline;
        QStringList errors;
    };
    auto pending = std::make_shared<Pending>();
    pending->canary = QList<QList<double>>(judge.metrics.size());
    pending->baseline = QList<QList<double>>(judge.metrics.size());
    pending->outstanding = int(judge.metrics.size()) * 2;
    m_state[index]->inFlight = true;
    QPointer<AnalysisRunner> self(this);
    auto complete = [this, self, index, m, pending, from]() mutable {
        if (!self || isFinished() || --pending->outstanding > 0)
            return;
        m_state[index]->inFlight = false;
        const MetricSpec &spec = m_metrics.at(index);
        if (!pending->errors.isEmpty()) {
            m.phase = AnalysisPhase::Error;
            m.message = pending->errors.join(QStringLiteral("; "));
        } else {
            QList<JudgeMetricResult> results;
            for (int j = 0; j < spec.judge.metrics.size(); ++j)
                results.append(KayentaJudge::classify(spec.judge.metrics[j], pending->canary[j], pending->baseline[j],
                                                      spec.judge.confidenceLevel, spec.judge.tolerance));
            const JudgeResult verdict = KayentaJudge::score(spec.judge, results);
            const bool last = spec.effectiveCount() > 0 && m_record.metrics[index].count + 1 >= spec.effectiveCount();
            m.value = MeasurementValue::scalar(verdict.score);
            m.numbers = verdict.toJson();
            m.numbers.insert(QStringLiteral("lookbackFrom"), from);
            m.phase = verdict.score <= spec.judge.marginalScore ? AnalysisPhase::Failed
                    : verdict.score >= spec.judge.passScore ? AnalysisPhase::Successful
                    : last ? AnalysisPhase::Inconclusive : AnalysisPhase::Successful;
            m.message = verdict.summary();
            recordVerdict(spec.name, QStringLiteral("judge"), analysisPhaseName(m.phase), m.message, m.numbers);
        }
        finishMeasurement(index, m, QStringLiteral("judge"));
        assess();
    };
    PrometheusClient client(*m_context.http, QUrl(address));
    for (int j = 0; j < judge.metrics.size(); ++j) {
        for (const bool canary : {true, false}) {
            const QString version = canary ? m_context.canaryVersion : m_context.stableVersion;
            auto query = PrometheusClient::substitute(judge.metrics[j].query, placeholders(version));
            if (!query) {
                pending->errors.append(query.error().message());
                complete();
                continue;
            }
            client.queryRange(query.value(), from, now, judge.sampleIntervalMs, 10'000,
                              [pending, j, canary, complete](Result<PromQueryResult> result) mutable {
                                  if (!result)
                                      pending->errors.append(result.error().toString());
                                  else if (canary)
                                      pending->canary[j] = result->values();
                                  else
                                      pending->baseline[j] = result->values();
                                  complete();
                              });
        }
    }
}

void AnalysisRunner::finishMeasurement(int index, Measurement m, const QString &kind)
{
    if (isFinished())
        return;
    Q_UNUSED(kind);
    m.finishedAtMs = m_context.clock->nowMs();
    MetricResult &r = m_record.metrics[index];
    MetricAssessment::record(r, m);
    while (r.measurements.size() > qMax(1, m_context.measurementRetention))
        r.measurements.removeFirst();
    assess();
    persist();
    Q_EMIT updated();
}

void AnalysisRunner::recordVerdict(const QString &metric, const QString &kind, const QString &phase, const QString &summary,
                                   const QJsonObject &numbers)
{
    if (!m_context.store)
        return;
    AnalysisVerdict v;
    v.rolloutId = m_record.rolloutId;
    v.runId = m_record.id;
    v.metric = metric;
    v.kind = kind;
    v.phase = phase;
    v.summary = summary;
    v.numbers = numbers;
    v.atMs = m_context.clock->nowMs();
    (void)m_context.store->addVerdict(v);
}

void AnalysisRunner::assess()
{
    if (isFinished())
        return;
    const auto run = MetricAssessment::assessRun(m_metrics, m_record.metrics, m_terminate);
    // A verdict for every metric that has just completed, with its counters and last numbers.
    for (int i = 0; i < m_metrics.size(); ++i) {
        MetricState &state = *m_state[i];
        const MetricResult &r = m_record.metrics.at(i);
        if (state.completionRecorded || !isCompleted(r.phase))
            continue;
        state.completionRecorded = true;
        const MetricSpec &spec = m_metrics.at(i);
        if (spec.kind == MetricSourceKind::Judge || (spec.kind == MetricSourceKind::Sequential && r.phase == AnalysisPhase::Failed))
            continue; // already recorded with each judgment
        QJsonObject numbers = r.measurements.isEmpty() ? QJsonObject() : r.measurements.last().numbers;
        numbers.insert(QStringLiteral("count"), r.count);
        numbers.insert(QStringLiteral("successful"), r.successful);
        numbers.insert(QStringLiteral("failed"), r.failed);
        numbers.insert(QStringLiteral("inconclusive"), r.inconclusive);
        numbers.insert(QStringLiteral("error"), r.error);
        numbers.insert(QStringLiteral("failureLimit"), spec.failureLimit);
        numbers.insert(QStringLiteral("inconclusiveLimit"), spec.inconclusiveLimit);
        numbers.insert(QStringLiteral("consecutiveErrorLimit"), spec.consecutiveErrorLimit);
        if (!spec.successCondition.isEmpty())
            numbers.insert(QStringLiteral("successCondition"), spec.successCondition);
        if (!spec.failureCondition.isEmpty())
            numbers.insert(QStringLiteral("failureCondition"), spec.failureCondition);
        const QString last = r.measurements.isEmpty() ? QString() : r.measurements.last().message;
        const QString summary = QStringLiteral("%1: %2 (%3 of %4 measurements successful, %5 failed, %6 errors)%7")
                                    .arg(spec.name, analysisPhaseName(r.phase)).arg(r.successful).arg(r.count).arg(r.failed)
                                    .arg(r.error).arg(last.isEmpty() ? QString() : QStringLiteral(" · ") + last);
        recordVerdict(spec.name, metricSourceName(spec.kind), analysisPhaseName(r.phase), summary, numbers);
    }
    m_record.message = run.message;
    if (isCompleted(run.phase)) {
        m_record.phase = run.phase;
        m_record.finishedAtMs = m_context.clock->nowMs();
        if (m_record.message.isEmpty())
            m_record.message = QStringLiteral("all metrics %1").arg(analysisPhaseName(run.phase).toLower());
        const QString summary = m_terminate && run.phase == AnalysisPhase::Successful
                                    ? QStringLiteral("%1 analysis stopped before it decided (%2)").arg(m_record.kind, m_terminateReason)
                                    : QStringLiteral("%1 analysis %2: %3").arg(m_record.kind, analysisPhaseName(run.phase), m_record.message);
        recordVerdict(QString(), QStringLiteral("run"), analysisPhaseName(run.phase), summary,
                      QJsonObject{{QStringLiteral("templates"), QJsonArray::fromStringList(m_record.templates)}});
        persist();
        if (!m_finishedEmitted) {
            m_finishedEmitted = true;
            Q_EMIT updated();
        }
    } else {
        m_record.phase = run.phase == AnalysisPhase::Pending ? AnalysisPhase::Running : run.phase;
    }
}

void AnalysisRunner::terminate(const QString &why)
{
    if (isFinished())
        return;
    m_terminate = true;
    m_terminateReason = why;
    assess();
    if (!isFinished()) {
        m_record.phase = AnalysisPhase::Successful;
        m_record.finishedAtMs = m_context.clock->nowMs();
    }
    if (!why.isEmpty())
        m_record.message = m_record.message.isEmpty() ? why : m_record.message + QStringLiteral(" (") + why + QLatin1Char(')');
    persist();
}

void AnalysisRunner::persist()
{
    if (m_context.store)
        (void)m_context.store->saveRun(m_record);
}

} // namespace shipdeck
