#pragma once

#include "backend/deploy/deploymentspec.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace shipdeck {

class HttpClient;

struct WebhookOutcome
{
    QString name;
    WebhookType type = WebhookType::Rollout;
    bool answered2xx = false; // 2xx: the gate is open (for `rollback`: roll back)
    int status = 0;           // 0 = no answer
    QString message;          // "answered HTTP 403", "did not answer within 10000 ms"
    qint64 durationMs = 0;
    QJsonObject toJson() const;
};

// Calls webhook gates with Flagger's request: POST JSON {name, namespace, phase, checksum,
// metadata}; a 2xx answer opens the gate, anything else (including a timeout or no
// connection) keeps it closed.
class WebhookGate : public QObject
{
    Q_OBJECT
public:
    explicit WebhookGate(HttpClient &http, QObject *parent = nullptr);

    void call(const WebhookSpec &hook, const QJsonObject &payload, std::function<void(WebhookOutcome)> done);

private:
    HttpClient &m_http;
};

} // namespace shipdeck
