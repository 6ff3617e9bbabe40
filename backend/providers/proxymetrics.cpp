#include "backend/providers/proxymetrics.h"

#include <QLocale>
#include <QMutexLocker>

#include <cmath>

namespace shipdeck {

quint64 ProxyMetrics::VersionCounters::requests() const
{
    quint64 n = 0;
    for (quint64 c : codeClass)
        n += c;
    return n;
}

void ProxyMetrics::recordRequest(const QString &version, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    VersionCounters &v = m_versions[version];
    const int cls = std::clamp(status / 100, 1, 5) - 1;
    ++v.codeClass[size_t(cls)];
    size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    ++v.buckets[bucket];
    v.durationSum += seconds;
    ++v.durationCount;
}

void ProxyMetrics::recordUpstreamError(const QString &version, UpstreamError kind)
{
    QMutexLocker lock(&m_mutex);
    ++m_versions[version].upstreamErrors[size_t(kind)];
}

QHash<QString, ProxyMetrics::VersionCounters> ProxyMetrics::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_versions;
}

ProxyMetrics::VersionCounters ProxyMetrics::counters(const QString &version) const
{
    QMutexLocker lock(&m_mutex);
    return m_versions.value(version);
}

void PrometheusWriter::family(const QByteArray &name, const QByteArray &type, const QByteArray &help)
{
    m_out += "# HELP " + name + ' ' + help + '\n';
    m_out += "# TYPE " + name + ' ' + type + '\n';
}

void PrometheusWriter::sample(const QByteArray &name, const QList<QPair<QByteArray, QString>> &labels, double value)
{
    m_out += name;
    if (!labels.isEmpty()) {
        m_out += '{';
        bool first = true;
        for (const auto &label : labels) {
            if (!first)
                m_out += ',';
            first = false;
            m_out += label.first + "=\"" + escapeLabel(label.second) + '"';
        }
        m_out += '}';
    }
    m_out += ' ' + formatValue(value) + '\n';
}

QByteArray PrometheusWriter::escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray PrometheusWriter::formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

} // namespace shipdeck
