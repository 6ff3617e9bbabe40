#pragma once

#include "backend/core/result.h"
#include "backend/providers/provider.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace shipdeck {

class ProxyConnection;
class ProxyMetrics;

// Where the proxy may send requests right now: the split and, per version, the loopback ports
// of the instances that passed their readiness probe.
struct ProxyRoutes
{
    TrafficSplit split;
    QHash<QString, QList<quint16>> readyPorts; // version -> ports
};

struct ProxyOptions
{
    int connectTimeoutMs = 2'000;
    int responseTimeoutMs = 30'000;   // until the response head arrives
    int clientIdleTimeoutMs = 75'000; // keep-alive connections without a request
    int maxIdleUpstreamPerPort = 64;
};

// A weighted HTTP/1.1 reverse proxy in front of one component, listening on 127.0.0.1.
// Every request picks its version once, when its head arrives, from the routes in force at that
// moment; so setRoutes() is atomic per request and never touches open connections. Keep-alive
// on both sides, chunked and streamed bodies with back-pressure, 502 on upstream failure, 504 on
// timeout, 503 when no instance is ready. Lives on one thread (its own or the provider's);
// setRoutes() and routes() may be called from any thread.
class ReverseProxy : public QObject
{
    Q_OBJECT
public:
    ReverseProxy(QString component, std::shared_ptr<ProxyMetrics> metrics, ProxyOptions options = {},
                 QObject *parent = nullptr);
    ~ReverseProxy() override;

    // Listens on 127.0.0.1:port (0 = an ephemeral port).
    Result<quint16> listen(quint16 port);
    void close();
    quint16 port() const { return m_port.load(); }
    const QString &component() const { return m_component; }
    const ProxyOptions &options() const { return m_options; }
    ProxyMetrics &metrics() { return *m_metrics; }

    void setRoutes(const ProxyRoutes &routes);
    std::shared_ptr<const ProxyRoutes> routes() const;
    int openConnections() const { return m_connections.load(); }

    // Used by connections: picks the version for a request and an instance port in it.
    // Returns false when no instance of any version is ready (version still says which was tried).
    bool pick(const QByteArray &canaryHeaderValue, bool hasCanaryHeader, QString *version, quint16 *port);
    QTcpSocket *takeIdleUpstream(quint16 port);
    void returnIdleUpstream(quint16 port, QTcpSocket *socket);

private:
    void onNewConnection();
    void dropIdle(quint16 port, QTcpSocket *socket);

    const QString m_component;
    std::shared_ptr<ProxyMetrics> m_metrics;
    const ProxyOptions m_options;
    QTcpServer *m_server = nullptr; // Owned (child).
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_connections{0};
    mutable QMutex m_routesMutex;
    std::shared_ptr<const ProxyRoutes> m_routes;
    QHash<QString, quint32> m_roundRobin;
    QHash<quint16, QList<QTcpSocket *>> m_idle; // Owned (children).
};

} // namespace shipdeck
