#pragma once

#include "backend/core/result.h"
#include "backend/kube/kuberestclient.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace shipdeck {

// A long-lived streaming GET (watch, log follow) on the client's stream managers. Emits the
// body as it arrives; finishes once with success (the server ended the stream) or an error
// (HTTP error as a Kubernetes Status, network failure, no data for timeoutMs, TLS …).
class KubeStream : public QObject
{
    Q_OBJECT
public:
    KubeStream(KubeRestClient *client, KubeRequest request, QObject *parent = nullptr);
    ~KubeStream() override;

    void start();
    // Stops the stream without emitting finished.
    void abort();
    bool isFinished() const { return m_finished; }
    int httpStatus() const { return m_status; }
    // The answer came over HTTP/2 (known once the headers arrived).
    bool http2() const { return m_http2; }
    const KubeRequest &request() const { return m_request; }

Q_SIGNALS:
    void opened(int httpStatus);
    void dataReceived(const QByteArray &data);
    void finished(const shipdeck::Result<void> &result);

private:
    void open();
    void onReadyRead();
    void onFinished();
    void finish(const Result<void> &result);
    void release();

    QPointer<KubeRestClient> m_client;
    KubeRequest m_request;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply; // cleared when its manager (a child of the client) goes first
    QTimer *m_idle;
    QStringList m_sslErrors;
    QByteArray m_errorBody;
    int m_status = 0;
    bool m_finished = false;
    bool m_http2 = false;
    bool m_idleTimedOut = false;
    bool m_authRetried = false;
};

} // namespace shipdeck
