#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <array>

class QTimer;

namespace shipdeck {

// Sends GET requests to an HTTP/1.1 endpoint at a steady rate over a few keep-alive connections
// (open loop: requests are due on a schedule, not when the previous one returns, up to
// maxConnections in flight). Counts answers by status class, connection failures and latency.
// Used by the demo to give the proxy traffic, and by tests that need continuous load.
class LoadGenerator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;                 // http://127.0.0.1:PORT/path
        double ratePerSecond = 10;
        qint64 durationMs = 0;    // 0 = until stop()
        qint64 maxRequests = 0;   // 0 = unlimited
        int maxConnections = 16;
        int timeoutMs = 10'000;   // per request
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    struct Stats
    {
        qint64 sent = 0;
        qint64 completed = 0;          // answered with a status
        std::array<qint64, 6> byClass{}; // index = status / 100
        qint64 failed = 0;             // connection refused, reset, timeout, malformed
        qint64 skipped = 0;            // due while all connections were busy
        QHash<QString, qint64> byVersion; // from X-Shipdeck-Version when the proxy sets it
        QList<double> latenciesMs;     // of completed requests (capped at 100 000 samples)
        qint64 elapsedMs = 0;
        QString lastFailure;

        double percentileMs(double p) const;
        QJsonObject toJson() const;
    };

    explicit LoadGenerator(Options options, QObject *parent = nullptr);
    ~LoadGenerator() override;

    Result<void> start();
    void stop();
    bool isRunning() const { return m_running; }
    const Stats &stats() const { return m_stats; }
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void finished();

private:
    class Connection;
    void tick();
    void requestDone(Connection *connection, int status, const QString &version, double ms, const QString &failure);
    void maybeFinish();

    Options m_options;
    Stats m_stats;
    QTimer *m_ticker;   // Owned (child).
    QList<Connection *> m_connections; // Owned (children).
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_finishedSent = false;
    QByteArray m_request;
};

} // namespace shipdeck
