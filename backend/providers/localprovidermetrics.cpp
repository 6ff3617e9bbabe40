// LocalProvider::metricsText: the Prometheus exposition of the proxies (names from provider.h).
#include "backend/providers/localprovider.h"

#include "backend/providers/proxymetrics.h"

#include <QMutexLocker>
#include <QSet>

namespace shipdeck {

QByteArray LocalProvider::metricsText(const QString &componentId) const
{
    struct Row
    {
        QString component;
        QStringList versions;
        QHash<QString, ProxyMetrics::VersionCounters> counters;
        std::shared_ptr<const ProxyRoutes> routes;
    };
    QList<Row> rows;
    {
        QMutexLocker lock(&m_exportMutex);
        for (auto it = m_exported.cbegin(); it != m_exported.cend(); ++it) {
            if (!componentId.isEmpty() && it.key() != componentId)
                continue;
            rows.append({it.key(), {}, it.value()->metrics->snapshot(), it.value()->routes});
        }
    }
    for (Row &row : rows) {
        QSet<QString> versions(row.counters.keyBegin(), row.counters.keyEnd());
        for (auto it = row.routes->readyPorts.cbegin(); it != row.routes->readyPorts.cend(); ++it)
            versions.insert(it.key());
        if (!row.routes->split.stableVersion.isEmpty())
            versions.insert(row.routes->split.stableVersion);
        if (!row.routes->split.canaryVersion.isEmpty())
            versions.insert(row.routes->split.canaryVersion);
        versions.remove(QString());
        row.versions = versions.values();
        row.versions.sort();
    }
    auto labels = [](const Row &row, const QString &version) {
        return QList<QPair<QByteArray, QString>>{{"component", row.component}, {"version", version}};
    };

    PrometheusWriter w;
    w.family("shipdeck_proxy_requests_total", "counter",
             "Requests answered through the component's proxy, by version and status class.");
    for (const Row &row : rows) {
        for (const QString &version : row.versions) {
            const auto c = row.counters.value(version);
            static const char *classes[] = {"2xx", "3xx", "4xx", "5xx"};
            for (int i = 0; i < 4; ++i) {
                auto l = labels(row, version);
                l.append({"code_class", QString::fromLatin1(classes[i])});
                w.sample("shipdeck_proxy_requests_total", l, double(c.codeClass[size_t(i + 1)]));
            }
        }
    }
    w.family("shipdeck_proxy_request_duration_seconds", "histogram",
             "Time from the request head to the end of the response, as the proxy saw it.");
    for (const Row &row : rows) {
        for (const QString &version : row.versions) {
            const auto c = row.counters.value(version);
            quint64 cumulative = 0;
            for (size_t i = 0; i < ProxyMetrics::kBuckets.size(); ++i) {
                cumulative += c.buckets[i];
                auto l = labels(row, version);
                l.append({"le", QString::fromLatin1(PrometheusWriter::formatValue(ProxyMetrics::kBuckets[i]))});
                w.sample("shipdeck_proxy_request_duration_seconds_bucket", l, double(cumulative));
            }
            auto inf = labels(row, version);
            inf.append({"le", QStringLiteral("+Inf")});
            w.sample("shipdeck_proxy_request_duration_seconds_bucket", inf, double(c.durationCount));
            w.sample("shipdeck_proxy_request_duration_seconds_sum", labels(row, version), c.durationSum);
            w.sample("shipdeck_proxy_request_duration_seconds_count", labels(row, version), double(c.durationCount));
        }
    }
    w.family("shipdeck_proxy_upstream_errors_total", "counter",
             "Failures talking to an instance: connect (refused), timeout, reset (closed or malformed).");
    for (const Row &row : rows) {
        for (const QString &version : row.versions) {
            const auto c = row.counters.value(version);
            static const char *kinds[] = {"connect", "timeout", "reset"};
            for (int i = 0; i < 3; ++i) {
                auto l = labels(row, version);
                l.append({"kind", QString::fromLatin1(kinds[i])});
                w.sample("shipdeck_proxy_upstream_errors_total", l, double(c.upstreamErrors[size_t(i)]));
            }
        }
    }
    w.family("shipdeck_proxy_traffic_weight", "gauge", "Percent of the component's traffic routed to the version.");
    for (const Row &row : rows) {
        const TrafficSplit &split = row.routes->split;
        for (const QString &version : row.versions) {
            double weight = 0;
            if (version == split.stableVersion)
                weight = split.canaryVersion.isEmpty() ? 100 : 100 - split.canaryWeight;
            else if (version == split.canaryVersion)
                weight = split.canaryWeight;
            w.sample("shipdeck_proxy_traffic_weight", labels(row, version), weight);
        }
    }
    w.family("shipdeck_instances_ready", "gauge", "Instances of the version that pass their readiness probe.");
    for (const Row &row : rows) {
        for (const QString &version : row.versions)
            w.sample("shipdeck_instances_ready", labels(row, version), double(row.routes->readyPorts.value(version).size()));
    }
    return w.take();
}

} // namespace shipdeck
