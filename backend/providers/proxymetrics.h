#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace shipdeck {

// Request counters of one component's proxy, per version. Thread-safe: the proxy records from
// its thread, the admin listener and the provider read from theirs.
class ProxyMetrics
{
public:
    enum class UpstreamError { Connect, Timeout, Reset };
    // Upper bounds of the latency histogram, in seconds (Prometheus client defaults).
    static constexpr std::array<double, 11> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    struct VersionCounters
    {
        std::array<quint64, 5> codeClass{}; // 1xx..5xx
        std::array<quint64, kBuckets.size() + 1> buckets{}; // non-cumulative; last = +Inf
        double durationSum = 0;
        quint64 durationCount = 0;
        std::array<quint64, 3> upstreamErrors{}; // connect, timeout, reset

        quint64 requests() const;
        quint64 errors5xx() const { return codeClass[4]; }
    };

    explicit ProxyMetrics(QString component) : m_component(std::move(component)) {}

    const QString &component() const { return m_component; }
    void recordRequest(const QString &version, int status, double seconds);
    void recordUpstreamError(const QString &version, UpstreamError kind);
    QHash<QString, VersionCounters> snapshot() const;
    VersionCounters counters(const QString &version) const;

private:
    const QString m_component;
    mutable QMutex m_mutex;
    QHash<QString, VersionCounters> m_versions;
};

// Writes the Prometheus text exposition format 0.0.4.
class PrometheusWriter
{
public:
    void family(const QByteArray &name, const QByteArray &type, const QByteArray &help);
    void sample(const QByteArray &name, const QList<QPair<QByteArray, QString>> &labels, double value);
    QByteArray take() { return std::move(m_out); }

    static QByteArray escapeLabel(const QString &value);
    static QByteArray formatValue(double value);

private:
    QByteArray m_out;
};

} // namespace shipdeck
