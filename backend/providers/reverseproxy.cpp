#include "backend/providers/reverseproxy.h"

#include "backend/providers/proxyconnection.h"
#include "backend/providers/proxymetrics.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace shipdeck {

ReverseProxy::ReverseProxy(QString component, std::shared_ptr<ProxyMetrics> metrics, ProxyOptions options,
                           QObject *parent)
    : QObject(parent)
    , m_component(std::move(component))
    , m_metrics(std::move(metrics))
    , m_options(options)
    , m_routes(std::make_shared<ProxyRoutes>())
{
}

ReverseProxy::~ReverseProxy()
{
    close();
}

Result<quint16> ReverseProxy::listen(quint16 port)
{
    if (m_server && m_server->isListening())
        return m_port.load();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(1024);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error(ErrorCode::Unavailable, QStringLiteral("the proxy of %1 cannot listen on 127.0.0.1:%2: %3")
                                                 .arg(m_component).arg(port).arg(why));
    }
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &ReverseProxy::onNewConnection);
    return m_port.load();
}

void ReverseProxy::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    for (auto &list : m_idle) {
        for (QTcpSocket *s : list)
            s->deleteLater();
    }
    m_idle.clear();
    const auto connections = findChildren<ProxyConnection *>(Qt::FindDirectChildrenOnly);
    for (ProxyConnection *c : connections)
        c->abort();
}

void ReverseProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new ProxyConnection(this, socket);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

void ReverseProxy::setRoutes(const ProxyRoutes &routes)
{
    auto next = std::make_shared<const ProxyRoutes>(routes);
    QMutexLocker lock(&m_routesMutex);
    m_routes = std::move(next);
}

std::shared_ptr<const ProxyRoutes> ReverseProxy::routes() const
{
    QMutexLocker lock(&m_routesMutex);
    return m_routes;
}

bool ReverseProxy::pick(const QByteArray &canaryHeaderValue, bool hasCanaryHeader, QString *version, quint16 *port)
{
    const std::shared_ptr<const ProxyRoutes> routes = this->routes();
    const TrafficSplit &split = routes->split;
    bool canary = false;
    if (!split.canaryVersion.isEmpty()) {
        bool decided = false;
        if (!split.headerName.isEmpty() && hasCanaryHeader) {
            // NGINX canary-by-header: a configured value must match exactly; without one,
            // "never" forces the stable version and any other value the canary.
            if (!split.headerValue.isEmpty()) {
                if (canaryHeaderValue == split.headerValue.toUtf8()) {
                    canary = true;
                    decided = true;
                }
            } else {
                canary = canaryHeaderValue != "never";
                decided = true;
            }
        }
        if (!decided)
            canary = split.canaryWeight >= 100
                  || (split.canaryWeight > 0 && int(QRandomGenerator::global()->bounded(100)) < split.canaryWeight);
    }
    const QString chosen = canary ? split.canaryVersion : split.stableVersion;
    const QString other = canary ? split.stableVersion : split.canaryVersion;
    *version = chosen;
    QList<quint16> ports = routes->readyPorts.value(chosen);
    if (ports.isEmpty() && !other.isEmpty()) {
        // The chosen version has no ready instance: serve from the other one rather than fail.
        ports = routes->readyPorts.value(other);
        if (!ports.isEmpty())
            *version = other;
    }
    if (ports.isEmpty())
        return false;
    quint32 &next = m_roundRobin[*version];
    *port = ports.at(int(next++ % quint32(ports.size())));
    return true;
}

QTcpSocket *ReverseProxy::takeIdleUpstream(quint16 port)
{
    auto it = m_idle.find(port);
    while (it != m_idle.end() && !it->isEmpty()) {
        QTcpSocket *socket = it->takeLast();
        disconnect(socket, nullptr, this, nullptr);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->deleteLater();
    }
    return nullptr;
}

void ReverseProxy::returnIdleUpstream(quint16 port, QTcpSocket *socket)
{
    const auto routes = this->routes();
    bool known = false;
    for (const auto &ports : routes->readyPorts) {
        if (ports.contains(port)) {
            known = true;
            break;
        }
    }
    QList<QTcpSocket *> &list = m_idle[port];
    if (!known || list.size() >= m_options.maxIdleUpstreamPerPort
        || socket->state() != QAbstractSocket::ConnectedState) {
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    list.append(socket);
    // An idle connection that the server closes, or that receives bytes nobody asked for, is
    // dropped from the pool.
    connect(socket, &QTcpSocket::disconnected, this, [this, port, socket] { dropIdle(port, socket); });
    connect(socket, &QTcpSocket::readyRead, this, [this, port, socket] { dropIdle(port, socket); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, port, socket] { dropIdle(port, socket); });
}

void ReverseProxy::dropIdle(quint16 port, QTcpSocket *socket)
{
    auto it = m_idle.find(port);
    if (it == m_idle.end() || !it->removeOne(socket))
        return;
    socket->disconnect();
    socket->abort();
    socket->deleteLater();
}

} // namespace shipdeck
