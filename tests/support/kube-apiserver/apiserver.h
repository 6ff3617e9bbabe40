#pragma once

#include "backend/core/result.h"
#include "serveroptions.h"
#include "servercontext.h"
#include "tlsauthority.h"

#include <QObject>

#include <memory>

namespace shipdeck::kubetest {

class AdminServer;
class ApiHandler;
class Controllers;
class CrdController;

// Composes the test API server: storage, API handler, controllers, TLS, admin endpoint.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    explicit ApiServer(ServerOptions options, QObject *parent = nullptr);
    ~ApiServer() override;

    Result<void> start();
    QString url() const;
    QString adminUrl() const;
    // The line printed on stdout when the server is ready.
    QByteArray readyLine() const;
    ServerContext &context() { return m_ctx; }
    Controllers *controllers() const { return m_controllers.get(); }
    TlsAuthority *authority() const { return m_authority.get(); }

private:
    Result<void> bootstrap();
    Result<void> setupTls();

    ServerOptions m_options;
    ServerContext m_ctx;
    std::unique_ptr<TlsAuthority> m_authority;
    IssuedCertificate m_serving; // also written to the data dir for a TLS front end (tests)
    std::unique_ptr<ApiHandler> m_handler;
    std::unique_ptr<Controllers> m_controllers;
    std::unique_ptr<CrdController> m_crds;
    std::unique_ptr<AdminServer> m_admin;
    QString m_adminToken;
    QString m_viewerToken;
    QString m_dataDir;
};

} // namespace shipdeck::kubetest
