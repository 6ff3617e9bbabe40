#pragma once

#include "backend/core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace shipdeck::test {

// Runs the real Prometheus server (Debian's /usr/bin/prometheus) for a test: a temporary config
// and storage folder, an ephemeral port on 127.0.0.1, the given scrape targets. start() waits
// until the server is ready; the destructor stops it (SIGTERM, then SIGKILL).
class PrometheusRunner
{
public:
    struct Target
    {
        QString job;
        QString hostPort;                        // "127.0.0.1:4711"
        QString metricsPath = QStringLiteral("/metrics");
    };

    explicit PrometheusRunner(QList<Target> targets, int scrapeIntervalMs = 1000);
    ~PrometheusRunner();
    PrometheusRunner(const PrometheusRunner &) = delete;
    PrometheusRunner &operator=(const PrometheusRunner &) = delete;

    // Path of the prometheus binary, or empty when it is not installed.
    static QString binary();

    Result<void> start(int timeoutMs = 30'000);
    void stop();

    quint16 port() const { return m_port; }
    QUrl url() const;
    // What the server wrote (for failure messages).
    QString output() const;

    // GET /api/v1/query; the "data" object of a successful answer.
    Result<QJsonObject> query(const QString &promql, int timeoutMs = 10'000);
    // The value of the first sample of an instant query (vector or scalar); NotFound when empty.
    Result<double> queryValue(const QString &promql, int timeoutMs = 10'000);
    // Waits until every target has been scraped successfully (health "up").
    Result<void> waitForTargetsUp(int timeoutMs = 30'000);

private:
    Result<QJsonObject> getJson(const QString &pathAndQuery, int timeoutMs);

    QList<Target> m_targets;
    int m_scrapeIntervalMs;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace shipdeck::test
