#include "backend/deploy/analysis/metricsampler.h"

#include "backend/core/clock.h"
#include "backend/deploy/analysis/prometheustext.h"
#include "backend/deploy/httpclient.h"

#include <QPointer>
#include <QTimer>

#include <cmath>

namespace shipdeck {

namespace {
constexpr int kMaxSamples = 20'000;
}

MetricSampler::MetricSampler(AnalysisStore &store, HttpClient &http, const Clock *clock, QString rolloutId,
                             QString componentId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
    , m_clock(clock ? clock : Clock::system())
    , m_rolloutId(std::move(rolloutId))
    , m_componentId(std::move(componentId))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &MetricSampler::scrape);
}

MetricSampler::~MetricSampler() = default;

void MetricSampler::setVersions(const QString &stableVersion, const QString &canaryVersion)
{
    m_stable = stableVersion;
    m_canary = canaryVersion;
    load();
}

void MetricSampler::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (auto stored = m_store.samples(m_rolloutId); stored)
        m_samples = stored.value();
}

void MetricSampler::start(const QString &metricsUrl, int intervalMs)
{
    load();
    m_url = metricsUrl;
    if (m_url.isEmpty())
        return;
    m_timer->start(qMax(100, intervalMs));
    scrape();
}

void MetricSampler::stop()
{
    m_timer->stop();
    m_previous.reset();
}

bool MetricSampler::isRunning() const
{
    return m_timer->isActive();
}

void MetricSampler::scrape()
{
    if (m_inFlight || m_url.isEmpty())
        return;
    m_inFlight = true;
    QPointer<MetricSampler> self(this);
    m_http.get(QUrl(m_url), qMax(500, m_timer->interval() * 2), [this, self](Result<HttpResponse> response) {
        if (!self)
            return;
        m_inFlight = false;
        if (!response || response->status != 200) {
            m_lastError = response ? QStringLiteral("%1 answered HTTP %2").arg(m_url).arg(response->status) : response.error().toString();
            m_previous.reset(); // the next scrape starts a new window
            Q_EMIT scrapeFailed(m_lastError);
            return;
        }
        auto scrape = PrometheusText::parse(response->body, m_url);
        if (!scrape) {
            m_lastError = scrape.error().toString();
            Q_EMIT scrapeFailed(m_lastError);
            return;
        }
        auto snapshot = ProxyTraffic::fromScrape(scrape.value(), m_componentId, m_clock->nowMs());
        if (!snapshot) {
            m_lastError = snapshot.error().toString();
            Q_EMIT scrapeFailed(m_lastError);
            return;
        }
        m_lastError.clear();
        ingest(snapshot.value());
    });
}

void MetricSampler::ingest(const ProxySnapshot &snapshot)
{
    if (!m_previous) {
        m_previous = snapshot;
        return;
    }
    const qint64 windowMs = snapshot.atMs - m_previous->atMs;
    if (windowMs <= 0)
        return;
    QList<TrafficSample> added;
    for (const auto &[role, version] : {std::pair{QStringLiteral("canary"), m_canary}, std::pair{QStringLiteral("stable"), m_stable}}) {
        if (version.isEmpty())
            continue;
        TrafficSample sample;
        sample.atMs = snapshot.atMs;
        sample.role = role;
        sample.version = version;
        sample.windowMs = windowMs;
        sample.traffic = ProxyTraffic::delta(snapshot.versions.value(version), m_previous->versions.value(version));
        sample.traffic.version = version;
        added.append(sample);
        (void)m_store.addSample(m_rolloutId, sample);
    }
    m_previous = snapshot;
    m_samples += added;
    if (m_samples.size() > kMaxSamples)
        m_samples.remove(0, m_samples.size() - kMaxSamples);
    if (!added.isEmpty())
        Q_EMIT sampled(added);
}

VersionTraffic MetricSampler::window(const QString &role, qint64 fromMs, qint64 toMs) const
{
    VersionTraffic total;
    for (const TrafficSample &s : m_samples) {
        if (s.atMs <= fromMs || s.atMs > toMs)
            continue;
        if (role == QLatin1String("all") || s.role == role)
            total = ProxyTraffic::sum(total, s.traffic);
    }
    return total;
}

QList<double> MetricSampler::series(const QString &role, const QString &measure, qint64 fromMs, qint64 toMs) const
{
    QList<double> out;
    for (const TrafficSample &s : m_samples) {
        if (s.atMs <= fromMs || s.atMs > toMs || s.role != role)
            continue;
        out.append(ProxyTraffic::measure(measure, s.traffic, s.windowMs).valueOr(qQNaN()));
    }
    return out;
}

QList<std::pair<qint64, ErrorCounts>> MetricSampler::errorLooks(qint64 fromMs, qint64 toMs) const
{
    QList<std::pair<qint64, ErrorCounts>> out;
    for (const TrafficSample &s : m_samples) {
        if (s.atMs <= fromMs || s.atMs > toMs)
            continue;
        if (out.isEmpty() || out.last().first != s.atMs)
            out.append({s.atMs, ErrorCounts{}});
        ErrorCounts &c = out.last().second;
        if (s.role == QLatin1String("canary")) {
            c.canaryRequests = s.traffic.requests;
            c.canaryErrors = s.traffic.errors();
        } else {
            c.baselineRequests = s.traffic.requests;
            c.baselineErrors = s.traffic.errors();
        }
    }
    return out;
}

int MetricSampler::sampleCount(const QString &role, qint64 fromMs, qint64 toMs) const
{
    int n = 0;
    for (const TrafficSample &s : m_samples)
        n += (s.atMs > fromMs && s.atMs <= toMs && s.role == role && s.traffic.requests > 0) ? 1 : 0;
    return n;
}

} // namespace shipdeck
