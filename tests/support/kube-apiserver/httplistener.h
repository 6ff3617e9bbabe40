#pragma once

#include "httpconnection.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace shipdeck::kubetest {

class TlsAuthority;

// Accepts connections on 127.0.0.1 (plain HTTP or TLS) and gives each one an HttpConnection.
// With TLS it asks for a client certificate and verifies it against the cluster CA itself,
// so that connections without one (bearer tokens) are still accepted.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    HttpListener(RequestHandler handler, QObject *parent = nullptr);

    // Enables TLS with this serving certificate; clients are checked against authority.
    void setTls(const QSslCertificate &certificate, const QSslKey &key, const TlsAuthority *authority);
    bool isTls() const { return m_authority != nullptr; }
    int connectionCount() const;
    // Closes every open connection (and the watches and log streams on them).
    void dropAllConnections();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void startConnection(QTcpSocket *socket, PeerIdentity peer);

    RequestHandler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
    const TlsAuthority *m_authority = nullptr;
};

} // namespace shipdeck::kubetest
