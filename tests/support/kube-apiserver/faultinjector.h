#pragma once

#include "backend/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shipdeck::kubetest {

// One fault rule. Set from the command line (--fault "kind=status,code=429,retry-after=2,
// resource=pods,verb=list,count=3") or as JSON through the admin endpoint; see docs/testing-kube.md.
struct FaultRule
{
    enum class Kind {
        Status,   // answer with `code` (429 adds Retry-After: retryAfter)
        Delay,    // answer after delayMs
        Gone,     // watch: 410 Expired (as HTTP status, or as an ERROR event when asEvent); list: 410 for continue tokens
        Drop,     // watch / log stream: close the connection after `afterEvents` events
        Truncate, // watch: send half of the next event after `afterEvents` events, then close
        Reset,    // close the connection without an answer
    };
    QString id;
    Kind kind = Kind::Status;
    int code = 500;
    int retryAfter = 1;
    int delayMs = 0;
    int afterEvents = 0;
    bool asEvent = false;
    QString resource = QStringLiteral("*"); // plural ("pods"), plural.group ("deployments.apps") or "*"
    QString verb = QStringLiteral("*");     // get, list, watch, create, update, patch, delete, deletecollection, log, or "*"
    QString ns = QStringLiteral("*");
    QString pathPrefix;                     // for non-resource paths (e.g. "/apis", "/openapi")
    int remaining = -1;                     // how many more times it fires; -1 = until removed
    double probability = 1.0;
    int fired = 0;

    static Result<FaultRule> parse(const QString &spec);
    static Result<FaultRule> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
};

// Holds the active fault rules and decides, per request, which one fires.
class FaultInjector
{
public:
    Result<QString> add(FaultRule rule);
    bool remove(const QString &id);
    void clear() { m_rules.clear(); }
    QList<FaultRule> rules() const { return m_rules; }

    // The first request-level rule (Status, Delay, Reset, Gone) that matches and fires.
    std::optional<FaultRule> onRequest(const QString &verb, const QString &groupResource, const QString &ns, const QString &path);
    // Stream-level rules (Drop, Truncate) for a new watch or log stream; each firing consumes a count.
    QList<FaultRule> onStream(const QString &verb, const QString &groupResource, const QString &ns);

private:
    bool matches(const FaultRule &rule, const QString &verb, const QString &groupResource, const QString &ns, const QString &path) const;
    bool fire(FaultRule &rule);

    QList<FaultRule> m_rules;
    int m_nextId = 1;
};

} // namespace shipdeck::kubetest
