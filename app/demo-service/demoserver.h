#pragma once

#include "backend/core/result.h"

#include <QObject>
#include <QRandomGenerator>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace shipdeck::demo {

struct DemoOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString version = QStringLiteral("0.0.0");
    QString name = QStringLiteral("demo");
    double errorRate = 0;    // share of / requests answered 500
    int latencyMs = 0;       // added to / requests
    int latencyJitterMs = 0; // uniform ± jitter
    double resetRate = 0;    // share of / requests answered by resetting the connection
    bool unhealthy = false;  // /healthz answers 503
    quint64 seed = 0;        // 0 = random
};

// The demo HTTP/1.1 service: GET / (the "page", with the configured errors and latency),
// /healthz, /version, POST /echo (counts and hashes the body it receives), and
// /stream?chunks=N&size=B (a chunked response). Keep-alive and pipelining are supported.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(DemoOptions options, QObject *parent = nullptr);
    ~DemoServer() override;

    Result<quint16> listen();
    // Stops accepting; emits drained() when no request is in progress any more.
    void drain();
    int inFlight() const { return m_inFlight; }

    const DemoOptions &options() const { return m_options; }
    QRandomGenerator &random() { return m_random; }
    void requestStarted() { ++m_inFlight; }
    void requestFinished();

Q_SIGNALS:
    void drained();

private:
    void onNewConnection();

    DemoOptions m_options;
    QRandomGenerator m_random;
    QTcpServer *m_server; // Owned (child).
    int m_inFlight = 0;
    bool m_draining = false;
};

} // namespace shipdeck::demo
