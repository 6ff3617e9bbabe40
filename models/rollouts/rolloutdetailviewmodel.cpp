#include "models/rollouts/rolloutdetailviewmodel.h"

#include "backend/deploy/rolloutsclient.h"
#include "models/rollouts/measurementmodel.h"
#include "models/rollouts/revisionmodel.h"
#include "models/rollouts/rollouteventmodel.h"
#include "models/rollouts/rolloutsviewmodel.h"
#include "models/rollouts/rolloutstepmodel.h"
#include "models/rollouts/verdictexplainer.h"

#include <QDateTime>
#include <QTimer>

#include <cmath>
#include <optional>

namespace shipdeck {

namespace {
constexpr int kMaxSamples = 200'000;

QJsonArray runsOf(const QJsonObject &details)
{
    QJsonArray runs = details.value(QStringLiteral("analysisRuns")).toArray();
    const QJsonObject live = details.value(QStringLiteral("live")).toObject();
    for (const char *key : {"stepAnalysis", "backgroundAnalysis"}) {
        const QJsonObject run = live.value(QLatin1String(key)).toObject();
        if (run.isEmpty())
            continue;
        bool replaced = false;
        for (int i = 0; i < runs.size(); ++i) {
            if (runs.at(i).toObject().value(QStringLiteral("id")) == run.value(QStringLiteral("id"))) {
                runs.replace(i, run);
                replaced = true;
            }
        }
        if (!replaced)
            runs.append(run);
    }
    return runs;
}
} // namespace

RolloutDetailViewModel::RolloutDetailViewModel(RolloutsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_steps(new RolloutStepModel(this))
    , m_measurements(new MeasurementModel(this))
    , m_events(new RolloutEventModel(this))
    , m_revisions(new RevisionModel(this))
    , m_debounce(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &RolloutDetailViewModel::reload);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (!m_details.isEmpty())
            m_steps->setRollout(m_details, m_details.value(QStringLiteral("events")).toArray(), QDateTime::currentMSecsSinceEpoch());
    });
    connect(client, &RolloutsClient::rolloutChanged, this, [this](const QJsonObject &r) {
        if (m_id.isEmpty() || r.value(QStringLiteral("id")).toString() != m_id)
            return;
        if (r.value(QStringLiteral("updatedAt")).toDouble() < m_details.value(QStringLiteral("updatedAt")).toDouble())
            return;
        for (auto it = r.begin(); it != r.end(); ++it)
            m_details.insert(it.key(), it.value());
        if (!r.contains(QStringLiteral("abortReason")))
            m_details.remove(QStringLiteral("abortReason"));
        m_steps->setRollout(m_details, m_details.value(QStringLiteral("events")).toArray(), QDateTime::currentMSecsSinceEpoch());
        Q_EMIT loaded();
        scheduleReload();
    });
    connect(client, &RolloutsClient::rolloutEvent, this, [this](const QJsonObject &e) {
        if (m_id.isEmpty() || e.value(QStringLiteral("rolloutId")).toString() != m_id)
            return;
        QJsonArray events = m_details.value(QStringLiteral("events")).toArray();
        events.append(e);
        m_details.insert(QStringLiteral("events"), events);
        m_events->addEvent(e);
    });
    connect(client, &RolloutsClient::analysisUpdated, this, [this](const QJsonObject &run) {
        if (!m_id.isEmpty() && run.value(QStringLiteral("rolloutId")).toString() == m_id)
            m_measurements->upsertRun(run);
    });
    connect(client, &RolloutsClient::samplesAdded, this, [this](const QString &id, const QJsonArray &samples) {
        if (id != m_id || m_id.isEmpty() || samples.isEmpty())
            return;
        for (const QJsonValue &s : samples)
            m_samples.append(s);
        if (m_samples.size() > kMaxSamples) {
            m_samples = QJsonArray::fromVariantList(m_samples.toVariantList().mid(m_samples.size() - kMaxSamples));
            Q_EMIT samplesReset();
        } else {
            Q_EMIT samplesAppended(samples);
        }
        if (const double actual = RolloutsViewModel::actualCanaryWeight(samples); actual >= 0)
            m_actual = actual;
    });
}

RolloutDetailViewModel::~RolloutDetailViewModel() = default;

void RolloutDetailViewModel::open(const QString &ref)
{
    m_ref = ref;
    m_id.clear();
    m_details = {};
    m_samples = {};
    m_actual = -1;
    ++m_generation;
    m_steps->clear();
    m_measurements->clear();
    m_events->clear();
    m_revisions->setRevisions({});
    Q_EMIT samplesReset();
    const quint64 generation = m_generation;
    m_client->get(ref).then(this, [this, generation](const Result<QJsonObject> &details) {
        if (generation != m_generation)
            return;
        if (!details) {
            Q_EMIT loadFailed(details.error().toString());
            return;
        }
        apply(details.value(), true);
    });
}

void RolloutDetailViewModel::close()
{
    ++m_generation;
    m_ref.clear();
    m_id.clear();
    m_details = {};
    m_samples = {};
    m_clock->stop();
    m_debounce->stop();
}

void RolloutDetailViewModel::scheduleReload()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void RolloutDetailViewModel::reload()
{
    if (m_id.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_client->get(m_id).then(this, [this, generation](const Result<QJsonObject> &details) {
        if (generation != m_generation || !details)
            return;
        apply(details.value(), false);
    });
}

void RolloutDetailViewModel::apply(const QJsonObject &details, bool withSamples)
{
    m_id = details.value(QStringLiteral("id")).toString();
    QJsonObject merged = details;
    if (!withSamples)
        merged.remove(QStringLiteral("samples"));
    m_details = merged;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_steps->setRollout(m_details, m_details.value(QStringLiteral("events")).toArray(), now);
    m_events->setEvents(m_details.value(QStringLiteral("events")).toArray());
    m_measurements->setAnalysis(runsOf(m_details), m_details.value(QStringLiteral("analysisMetrics")).toArray());
    if (withSamples) {
        m_samples = details.value(QStringLiteral("samples")).toArray();
        m_actual = RolloutsViewModel::actualCanaryWeight(m_samples);
        Q_EMIT samplesReset();
    }
    if (m_details.value(QStringLiteral("finishedAt")).toDouble() > 0)
        m_clock->stop();
    else if (!m_clock->isActive())
        m_clock->start();
    const quint64 generation = m_generation;
    m_client->history(m_details.value(QStringLiteral("component")).toString(), m_details.value(QStringLiteral("environment")).toString(), 100)
        .then(this, [this, generation](const Result<QList<RolloutRecord>> &history) {
            if (generation == m_generation && history)
                m_revisions->setRevisions(history.value());
        });
    Q_EMIT loaded();
}

QList<QPointF> RolloutDetailViewModel::points(const QJsonArray &samples, Chart chart, bool canary)
{
    const QString role = canary ? QStringLiteral("canary") : QStringLiteral("stable");
    QList<QPointF> out;
    out.reserve(samples.size() / 2 + 1);
    for (const QJsonValue &v : samples) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("role")).toString() != role)
            continue;
        QJsonValue value;
        double scale = 1;
        switch (chart) {
        case Chart::ErrorRate: value = s.value(QStringLiteral("errorRate")); scale = 100; break;
        case Chart::LatencyP50: value = s.value(QStringLiteral("latencyP50Ms")); break;
        case Chart::LatencyP99: value = s.value(QStringLiteral("latencyP99Ms")); break;
        case Chart::RequestRate: value = s.value(QStringLiteral("requestRate")); break;
        }
        if (value.isNull() || value.isUndefined() || !std::isfinite(value.toDouble()))
            continue; // no requests in the window: a gap, not a zero
        out.append(QPointF(s.value(QStringLiteral("at")).toDouble(), value.toDouble() * scale));
    }
    return out;
}

QList<RolloutDetailViewModel::Threshold> RolloutDetailViewModel::thresholds() const
{
    QList<Threshold> out;
    for (const QJsonValue &v : m_details.value(QStringLiteral("analysisMetrics")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("kind")).toString() != QLatin1String("proxy"))
            continue;
        const QString measure = m.value(QStringLiteral("measure")).toString();
        std::optional<Chart> chart;
        double scale = 1;
        if (measure == QLatin1String("error-rate")) {
            chart = Chart::ErrorRate;
            scale = 100;
        } else if (measure == QLatin1String("latency-p50")) {
            chart = Chart::LatencyP50;
        } else if (measure == QLatin1String("latency-p99")) {
            chart = Chart::LatencyP99;
        } else if (measure == QLatin1String("request-rate")) {
            chart = Chart::RequestRate;
        }
        if (!chart)
            continue;
        for (const char *key : {"successCondition", "failureCondition"}) {
            const QString condition = m.value(QLatin1String(key)).toString();
            double bound = 0;
            if (!VerdictExplainer::conditionBound(condition, &bound))
                continue;
            // Chart legends read rich text: the label says "threshold" instead of "<".
            out.append({*chart, bound * scale,
                        tr("%1 threshold %2").arg(m.value(QStringLiteral("template")).toString(),
                                                  VerdictExplainer::valueText(measure, bound))});
        }
    }
    return out;
}

RolloutDetailViewModel::Window RolloutDetailViewModel::analysisWindow(qint64 nowMs) const
{
    Window w;
    for (const QJsonValue &v : m_measurements->runs()) {
        const QJsonObject run = v.toObject();
        const double started = run.value(QStringLiteral("startedAt")).toDouble();
        if (started <= w.fromMs || run.value(QStringLiteral("kind")).toString() == QLatin1String("background"))
            continue;
        const double finished = run.value(QStringLiteral("finishedAt")).toDouble();
        w.fromMs = started;
        w.toMs = finished > 0 ? finished : double(nowMs);
        w.label = tr("analysis %1").arg(run.value(QStringLiteral("templates")).toVariant().toStringList().join(QStringLiteral(", ")));
    }
    return w;
}

void RolloutDetailViewModel::act(RolloutAction action, const QString &actor, const QString &reason)
{
    if (m_id.isEmpty())
        return;
    m_client->act(m_id, action, actor, reason).then(this, [this](const Result<RolloutRecord> &result) {
        if (!result) {
            Q_EMIT actionFinished(false, result.error().toString());
            return;
        }
        Q_EMIT actionFinished(true, result.value().message);
        scheduleReload();
    });
}

void RolloutDetailViewModel::rollbackTo(int revision, const QString &actor, const QString &reason)
{
    if (m_id.isEmpty())
        return;
    m_client->undo(m_id, revision, actor, reason).then(this, [this](const Result<QList<RolloutRecord>> &result) {
        if (!result) {
            Q_EMIT actionFinished(false, result.error().toString());
            return;
        }
        const QString id = result.value().isEmpty() ? QString() : result.value().first().id;
        Q_EMIT actionFinished(true, id);
        if (!id.isEmpty())
            open(id);
    });
}

} // namespace shipdeck
