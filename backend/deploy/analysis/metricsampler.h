#pragma once

#include "backend/deploy/analysis/proxytraffic.h"
#include "backend/deploy/analysis/sequentialtest.h"
#include "backend/deploy/analysisstore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace shipdeck {

class Clock;
class HttpClient;

// Scrapes the provider's proxy metrics once per interval while a rollout has a canary, and
// keeps (and persists) the per-interval traffic of the canary and the stable version. The
// analysis reads windows and series from here, so every measure of a rollout is computed from
// the same samples the charts show, and a restarted process continues from the stored ones.
class MetricSampler : public QObject
{
    Q_OBJECT
public:
    MetricSampler(AnalysisStore &store, HttpClient &http, const Clock *clock, QString rolloutId, QString componentId,
                  QObject *parent = nullptr);
    ~MetricSampler() override;

    void setVersions(const QString &stableVersion, const QString &canaryVersion);
    // Starts scraping metricsUrl every intervalMs (loads the stored samples first).
    void start(const QString &metricsUrl, int intervalMs);
    void stop();
    bool isRunning() const;
    const QString &lastError() const { return m_lastError; }

    // Adds one scrape (the HTTP path and tests use this): differences against the previous
    // scrape become a sample per role.
    void ingest(const ProxySnapshot &snapshot);

    const QList<TrafficSample> &samples() const { return m_samples; }
    // Traffic of a role ("canary", "stable" or "all") in (fromMs, toMs].
    VersionTraffic window(const QString &role, qint64 fromMs, qint64 toMs) const;
    // Per-sample values of a proxy measure for a role in (fromMs, toMs]; samples without
    // requests give NaN.
    QList<double> series(const QString &role, const QString &measure, qint64 fromMs, qint64 toMs) const;
    // Per-sample error counts of canary and stable, paired by time, in (fromMs, toMs].
    QList<std::pair<qint64, ErrorCounts>> errorLooks(qint64 fromMs, qint64 toMs) const;
    qint64 lastSampleAt() const { return m_samples.isEmpty() ? 0 : m_samples.last().atMs; }
    int sampleCount(const QString &role, qint64 fromMs, qint64 toMs) const;

Q_SIGNALS:
    void sampled(const QList<shipdeck::TrafficSample> &samples);
    void scrapeFailed(const QString &error);

private:
    void scrape();
    void load();

    AnalysisStore &m_store;
    HttpClient &m_http;
    const Clock *m_clock;
    QString m_rolloutId;
    QString m_componentId;
    QString m_stable;
    QString m_canary;
    QString m_url;
    QTimer *m_timer;
    bool m_loaded = false;
    bool m_inFlight = false;
    std::optional<ProxySnapshot> m_previous;
    QList<TrafficSample> m_samples;
    QString m_lastError;
};

} // namespace shipdeck
