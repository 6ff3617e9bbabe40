#include "backend/deploy/analysis/proxytraffic.h"

#include "backend/deploy/analysis/prometheustext.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace shipdeck::ProxyTraffic {

namespace {
const QString kRequests = QStringLiteral("shipdeck_proxy_requests_total");
const QString kDuration = QStringLiteral("shipdeck_proxy_request_duration_seconds");
const QString kUpstream = QStringLiteral("shipdeck_proxy_upstream_errors_total");
const QString kWeight = QStringLiteral("shipdeck_proxy_traffic_weight");
const QString kReady = QStringLiteral("shipdeck_instances_ready");
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

int codeIndex(const QString &codeClass)
{
    if (codeClass.size() != 3 || !codeClass.endsWith(QLatin1String("xx")))
        return -1;
    const int d = codeClass.at(0).digitValue();
    return d >= 2 && d <= 5 ? d - 2 : -1;
}

void addBucket(VersionTraffic &v, double le, double count)
{
    for (auto &b : v.buckets) {
        if (b.first == le) {
            b.second += count;
            return;
        }
    }
    v.buckets.append({le, count});
}
} // namespace

QStringList measureNames()
{
    return {QStringLiteral("error-rate"),    QStringLiteral("success-rate"), QStringLiteral("request-rate"),
            QStringLiteral("requests"),      QStringLiteral("errors"),       QStringLiteral("upstream-error-rate"),
            QStringLiteral("latency-mean"),  QStringLiteral("latency-p50"),  QStringLiteral("latency-p90"),
            QStringLiteral("latency-p95"),   QStringLiteral("latency-p99")};
}

Result<ProxySnapshot> fromScrape(const PromScrape &scrape, const QString &componentId, qint64 atMs)
{
    ProxySnapshot snapshot;
    snapshot.atMs = atMs;
    bool sawProxy = false;
    for (const PromSample &s : scrape.samples) {
        if (!s.name.startsWith(QLatin1String("shipdeck_")))
            continue;
        sawProxy = true;
        if (s.labels.value(QStringLiteral("component")) != componentId)
            continue;
        const QString version = s.labels.value(QStringLiteral("version"));
        if (version.isEmpty())
            continue;
        VersionTraffic &v = snapshot.versions[version];
        v.version = version;
        if (s.name == kRequests) {
            const int i = codeIndex(s.labels.value(QStringLiteral("code_class")));
            if (i >= 0)
                v.codes[i] += s.value;
            v.requests += s.value;
        } else if (s.name == kDuration + QLatin1String("_bucket")) {
            const QString le = s.labels.value(QStringLiteral("le"));
            bool ok = false;
            const double bound = le == QLatin1String("+Inf") ? std::numeric_limits<double>::infinity() : le.toDouble(&ok);
            if (ok || le == QLatin1String("+Inf"))
                addBucket(v, bound, s.value);
        } else if (s.name == kDuration + QLatin1String("_sum")) {
            v.latencySum += s.value;
        } else if (s.name == kDuration + QLatin1String("_count")) {
            v.latencyCount += s.value;
        } else if (s.name == kUpstream) {
            v.upstreamErrors += s.value;
        } else if (s.name == kWeight) {
            v.weight = s.value;
        } else if (s.name == kReady) {
            v.readyInstances = s.value;
        }
    }
    if (!sawProxy && !scrape.samples.isEmpty())
        return Error(ErrorCode::Corrupt, QStringLiteral("the endpoint serves metrics, but none of the Shipdeck proxy (shipdeck_proxy_*)"));
    for (auto &v : snapshot.versions)
        std::sort(v.buckets.begin(), v.buckets.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return snapshot;
}

VersionTraffic delta(const VersionTraffic &later, const VersionTraffic &earlier)
{
    bool reset = later.requests < earlier.requests || later.latencyCount < earlier.latencyCount
              || later.upstreamErrors < earlier.upstreamErrors;
    for (int i = 0; i < 4; ++i)
        reset = reset || later.codes[i] < earlier.codes[i];
    if (reset)
        return later;
    VersionTraffic d = later;
    d.requests -= earlier.requests;
    for (int i = 0; i < 4; ++i)
        d.codes[i] -= earlier.codes[i];
    d.upstreamErrors -= earlier.upstreamErrors;
    d.latencySum -= earlier.latencySum;
    d.latencyCount -= earlier.latencyCount;
    for (auto &b : d.buckets) {
        for (const auto &e : earlier.buckets) {
            if (e.first == b.first) {
                b.second = std::max(0.0, b.second - e.second);
                break;
            }
        }
    }
    return d;
}

VersionTraffic sum(const VersionTraffic &a, const VersionTraffic &b)
{
    VersionTraffic s = a;
    s.requests += b.requests;
    for (int i = 0; i < 4; ++i)
        s.codes[i] += b.codes[i];
    s.upstreamErrors += b.upstreamErrors;
    s.latencySum += b.latencySum;
    s.latencyCount += b.latencyCount;
    for (const auto &bb : b.buckets)
        addBucket(s, bb.first, bb.second);
    std::sort(s.buckets.begin(), s.buckets.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    return s;
}

double histogramQuantile(double q, const QList<std::pair<double, double>> &buckets)
{
    if (buckets.isEmpty() || std::isnan(q))
        return kNaN;
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    if (!std::isinf(buckets.last().first))
        return kNaN; // a histogram without +Inf is malformed
    const double total = buckets.last().second;
    if (total <= 0)
        return kNaN;
    const double rank = q * total;
    int b = 0;
    while (b < buckets.size() - 1 && buckets.at(b).second < rank)
        ++b;
    if (b == buckets.size() - 1)
        return buckets.size() >= 2 ? buckets.at(buckets.size() - 2).first : kNaN;
    double lower = 0;
    double countBelow = 0;
    if (b > 0) {
        lower = buckets.at(b - 1).first;
        countBelow = buckets.at(b - 1).second;
    } else if (buckets.at(0).first <= 0) {
        return buckets.at(0).first;
    }
    const double upper = buckets.at(b).first;
    const double inBucket = buckets.at(b).second - countBelow;
    if (inBucket <= 0)
        return upper;
    return lower + (upper - lower) * ((rank - countBelow) / inBucket);
}

Result<double> measure(const QString &name, const VersionTraffic &w, qint64 windowMs)
{
    const bool noData = w.requests <= 0;
    if (name == QLatin1String("requests"))
        return w.requests;
    if (name == QLatin1String("errors"))
        return w.errors();
    if (name == QLatin1String("request-rate"))
        return windowMs > 0 ? w.requests * 1000.0 / double(windowMs) : kNaN;
    if (name == QLatin1String("error-rate"))
        return noData ? kNaN : w.errors() / w.requests;
    if (name == QLatin1String("success-rate"))
        return noData ? kNaN : (w.requests - w.errors()) / w.requests;
    if (name == QLatin1String("upstream-error-rate"))
        return noData ? kNaN : w.upstreamErrors / w.requests;
    if (name == QLatin1String("latency-mean"))
        return w.latencyCount > 0 ? 1000.0 * w.latencySum / w.latencyCount : kNaN;
    static const QHash<QString, double> quantiles = {{QStringLiteral("latency-p50"), 0.5}, {QStringLiteral("latency-p90"), 0.9},
                                                     {QStringLiteral("latency-p95"), 0.95}, {QStringLiteral("latency-p99"), 0.99}};
    if (auto it = quantiles.find(name); it != quantiles.end())
        return 1000.0 * histogramQuantile(it.value(), w.buckets);
    return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown proxy measure '%1' (known: %2)").arg(name, measureNames().join(QStringLiteral(", "))));
}

} // namespace shipdeck::ProxyTraffic
