#include "httplistener.h"

#include "tlsauthority.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace shipdeck::kubetest {

HttpListener::HttpListener(RequestHandler handler, QObject *parent)
    : QTcpServer(parent), m_handler(std::move(handler))
{
}

void HttpListener::setTls(const QSslCertificate &certificate, const QSslKey &key, const TlsAuthority *authority)
{
    m_certificate = certificate;
    m_key = key;
    m_authority = authority;
}

int HttpListener::connectionCount() const { return int(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size()); }

void HttpListener::dropAllConnections()
{
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->abort();
}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
    if (!m_authority) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
        startConnection(socket, PeerIdentity{});
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    config.setCaCertificates({QSslCertificate(m_authority->caCertificatePem(), QSsl::Pem)});
    config.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    socket->setSslConfiguration(config);
    // The CA check happens in verifyClient(); a refused certificate means "not authenticated",
    // not a failed handshake, exactly like the real API server.
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &) { socket->ignoreSslErrors(); });
    auto *handshakeTimeout = new QTimer(socket);
    handshakeTimeout->setSingleShot(true);
    connect(handshakeTimeout, &QTimer::timeout, socket, &QObject::deleteLater);
    handshakeTimeout->start(10'000);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, handshakeTimeout] {
        handshakeTimeout->stop();
        handshakeTimeout->deleteLater();
        PeerIdentity peer;
        const QSslCertificate cert = socket->peerCertificate();
        if (!cert.isNull())
            m_authority->verifyClient(cert.toDer(), &peer);
        startConnection(socket, peer);
    });
    connect(socket, &QSslSocket::disconnected, socket, [socket] {
        if (!socket->parent() || !qobject_cast<HttpConnection *>(socket->parent()))
            socket->deleteLater();
    });
    socket->startServerEncryption();
}

void HttpListener::startConnection(QTcpSocket *socket, PeerIdentity peer)
{
    new HttpConnection(socket, std::move(peer), m_handler, this);
}

} // namespace shipdeck::kubetest
