#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QProcess;

namespace shipdeck::test {

class KubeTestServer;

// A real HTTP/2 server in front of the test API server (which speaks HTTP/1.1 only): nghttpx
// on an ephemeral 127.0.0.1 port, TLS with the test cluster's serving certificate, offering h2
// (and http/1.1) through ALPN, forwarding every request over TLS to the test API server. Bearer
// tokens pass through; client certificates do not (the proxy terminates TLS). Long-lived
// chunked answers (watches, log follows) are streamed as they arrive; the proxy's idle timeouts
// are raised so that it does not cut a quiet watch. Stopped on destruction.
class Http2Frontend : public QObject
{
    Q_OBJECT
public:
    explicit Http2Frontend(QObject *parent = nullptr);
    ~Http2Frontend() override;

    // Path of nghttpx, or empty when it is not installed (Debian package nghttp2-proxy).
    static QString programPath();

    enum class Protocols { Http2AndHttp1, Http1Only };
    // Starts the proxy in front of `server`; on failure returns false and errorString() says why.
    // Http1Only offers only http/1.1 through ALPN: the same hop, for comparisons with HTTP/2.
    bool start(const KubeTestServer &server, Protocols protocols = Protocols::Http2AndHttp1, int timeoutMs = 15'000);
    void stop();
    quint16 port() const { return m_port; }
    QString url() const; // https://127.0.0.1:PORT
    QString errorString() const { return m_error; }
    // Writes a kubeconfig whose cluster is this proxy (cluster CA) and whose user is the test
    // server's admin token; returns its path, or empty (errorString()) on failure.
    QString writeKubeconfig(const KubeTestServer &server, const QString &path);

private:
    bool startOn(const KubeTestServer &server, quint16 port, Protocols protocols, int timeoutMs);
    bool waitUntilListening(int timeoutMs);

    QProcess *m_process = nullptr;
    QByteArray m_log;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace shipdeck::test
