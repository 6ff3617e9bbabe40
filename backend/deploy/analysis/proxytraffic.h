#pragma once

#include "backend/core/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace shipdeck {

struct PromScrape;

// Cumulative per-version counters the provider's proxy exposes (see the metrics contract in
// backend/providers/provider.h), or the difference of two of them over a window.
struct VersionTraffic
{
    QString version;
    double requests = 0;   // all status classes
    double codes[4] = {0, 0, 0, 0}; // 2xx 3xx 4xx 5xx
    double upstreamErrors = 0;
    QList<std::pair<double, double>> buckets; // (upper bound le, cumulative count), ascending, +Inf last
    double latencySum = 0;    // seconds
    double latencyCount = 0;
    double weight = -1;       // gauge: percent of traffic routed (-1 = not reported)
    double readyInstances = -1;

    double errors() const { return codes[3]; }
    bool isEmpty() const { return requests <= 0; }
};

struct ProxySnapshot
{
    qint64 atMs = 0;
    QHash<QString, VersionTraffic> versions; // by version
};

// Turns the proxy's Prometheus metrics into per-version traffic and computes the measures the
// analysis uses (error rate, latency quantiles, request rate ...).
namespace ProxyTraffic {

// error-rate, success-rate, request-rate, requests, errors, upstream-error-rate, latency-mean,
// latency-p50, latency-p90, latency-p95, latency-p99 (latencies in milliseconds, rates 0..1,
// request-rate per second).
QStringList measureNames();

// The component's series in a scrape. Fails when the scrape has no proxy metrics at all.
Result<ProxySnapshot> fromScrape(const PromScrape &scrape, const QString &componentId, qint64 atMs);

// later - earlier. A counter that went down means the proxy restarted: the window then counts
// from zero (Prometheus' increase() semantics).
VersionTraffic delta(const VersionTraffic &later, const VersionTraffic &earlier);
VersionTraffic sum(const VersionTraffic &a, const VersionTraffic &b);

// The measure over a window of traffic lasting windowMs. NaN when the window holds no requests
// (no data). Fails for an unknown measure.
Result<double> measure(const QString &name, const VersionTraffic &window, qint64 windowMs);

// Prometheus histogram_quantile(): linear interpolation inside the bucket; a quantile that
// falls into the +Inf bucket returns the highest finite bound. NaN when the histogram is empty.
double histogramQuantile(double q, const QList<std::pair<double, double>> &buckets);

} // namespace ProxyTraffic
} // namespace shipdeck
