#pragma once

#include "backend/core/result.h"

#include <QHostAddress>
#include <QObject>

namespace shipdeck::kubetest {

class ApiServer;
class HttpExchange;
class HttpListener;
struct ServerContext;

// The test-control endpoint (plain HTTP on the bind address, no authentication): fault rules,
// dropping and expiring watches, compaction, bulk pods, the event generator, pod restarts and
// log lines, tokens, user rules, client certificates, timing. Documented in docs/testing-kube.md.
class AdminServer : public QObject
{
    Q_OBJECT
public:
    AdminServer(ServerContext &context, ApiServer &server, QObject *parent = nullptr);
    ~AdminServer() override;

    Result<void> listen(const QHostAddress &address, quint16 port);
    QString url() const;

private:
    void handle(HttpExchange *exchange);
    Result<QJsonObject> route(HttpExchange *exchange, int *status);
    QJsonObject state() const;

    ServerContext &m_ctx;
    ApiServer &m_server;
    HttpListener *m_listener;
};

} // namespace shipdeck::kubetest
