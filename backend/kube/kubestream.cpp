#include "backend/kube/kubestream.h"

#include "backend/kube/kubecredentials.h"
#include "backend/kube/kubestatus.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace shipdeck {

KubeStream::KubeStream(KubeRestClient *client, KubeRequest request, QObject *parent)
    : QObject(parent), m_client(client), m_request(std::move(request)), m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        m_idleTimedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

KubeStream::~KubeStream()
{
    abort();
}

void KubeStream::start()
{
    open();
}

void KubeStream::open()
{
    if (!m_client)
        return;
    QPointer<KubeStream> self(this);
    m_client->credentials()->get([self](const Result<KubeAuth> &auth) {
        if (!self || self->m_finished || !self->m_client)
            return;
        if (!auth) {
            self->finish(std::move(auth).error().withContext(self->m_request.describe()));
            return;
        }
        auto prepared = self->m_client->prepare(self->m_request, auth.value());
        if (!prepared) {
            self->finish(prepared.error());
            return;
        }
        if (!self->m_manager)
            self->m_manager = self->m_client->acquireStreamManager();
        self->m_reply = self->m_manager->get(prepared.value());
        connect(self->m_reply, &QNetworkReply::metaDataChanged, self, [self] {
            if (self->m_reply && self->m_status == 0) {
                self->m_status = self->m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                self->m_http2 = self->m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
                if (self->m_client)
                    self->m_client->noteHttp2(self->m_http2);
                if (self->m_status >= 200 && self->m_status < 300)
                    Q_EMIT self->opened(self->m_status);
            }
        });
        connect(self->m_reply, &QNetworkReply::readyRead, self, &KubeStream::onReadyRead);
        connect(self->m_reply, &QNetworkReply::finished, self, &KubeStream::onFinished);
        connect(self->m_reply, &QNetworkReply::sslErrors, self, [self](const QList<QSslError> &errors) {
            for (const auto &e : errors)
                self->m_sslErrors.append(e.errorString());
        });
        self->m_idle->start(self->m_request.timeoutMs);
    });
}

void KubeStream::onReadyRead()
{
    m_idle->start(m_request.timeoutMs);
    if (m_status == 0) {
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        if (m_client)
            m_client->noteHttp2(m_http2);
        if (m_status >= 200 && m_status < 300)
            Q_EMIT opened(m_status);
    }
    const QByteArray data = m_reply->readAll();
    if (m_status >= 300) {
        m_errorBody += data.left(64 * 1024 - m_errorBody.size());
        return;
    }
    if (!data.isEmpty())
        Q_EMIT dataReceived(data);
}

void KubeStream::onFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    m_idle->stop();
    if (m_status == 0)
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    if (m_status >= 200 && m_status < 300 && !rest.isEmpty())
        Q_EMIT dataReceived(rest);
    else if (m_status >= 300)
        m_errorBody += rest;
    if (m_status == 401 && !m_authRetried && m_client && m_client->credentials()->invalidate()) {
        m_authRetried = true;
        m_status = 0;
        m_errorBody.clear();
        open();
        return;
    }
    if (m_status >= 300) {
        finish(kubeStatusError(m_status, m_errorBody, m_request.describe()));
        return;
    }
    if (m_idleTimedOut) {
        finish(Error(ErrorCode::Timeout, QStringLiteral("%1: no data for %2 s; the connection is presumed dead")
                                             .arg(m_request.describe()).arg(m_request.timeoutMs / 1000)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        finish(kubeNetworkError(reply->error(), reply->errorString(), m_request.describe(), m_sslErrors));
        return;
    }
    finish(success());
}

void KubeStream::finish(const Result<void> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    release();
    Q_EMIT finished(result);
}

void KubeStream::release()
{
    if (m_manager && m_client)
        m_client->releaseStreamManager(m_manager);
    m_manager = nullptr;
}

void KubeStream::abort()
{
    if (m_finished && !m_reply)
        return;
    m_finished = true;
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_idle->stop();
    release();
}

} // namespace shipdeck
