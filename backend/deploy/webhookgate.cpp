#include "backend/deploy/webhookgate.h"

#include "backend/deploy/httpclient.h"

#include <QPointer>

namespace shipdeck {

QJsonObject WebhookOutcome::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), webhookTypeName(type)},
            {QStringLiteral("passed"), answered2xx},
            {QStringLiteral("status"), status},
            {QStringLiteral("message"), message},
            {QStringLiteral("durationMs"), durationMs}};
}

WebhookGate::WebhookGate(HttpClient &http, QObject *parent) : QObject(parent), m_http(http) {}

void WebhookGate::call(const WebhookSpec &hook, const QJsonObject &payload, std::function<void(WebhookOutcome)> done)
{
    QPointer<WebhookGate> self(this);
    m_http.postJson(hook.url, payload, int(hook.timeoutMs), [self, hook, done = std::move(done)](Result<HttpResponse> response) {
        if (!self)
            return;
        WebhookOutcome out;
        out.name = hook.name;
        out.type = hook.type;
        if (!response) {
            out.message = response.error().message();
        } else {
            out.status = response->status;
            out.durationMs = response->durationMs;
            out.answered2xx = response->status >= 200 && response->status < 300;
            const QString body = QString::fromUtf8(response->body.left(200)).simplified();
            out.message = QStringLiteral("%1 answered HTTP %2%3").arg(hook.url.toString(QUrl::RemoveUserInfo)).arg(response->status)
                              .arg(body.isEmpty() ? QString() : QStringLiteral(": ") + body);
        }
        done(out);
    });
}

} // namespace shipdeck
