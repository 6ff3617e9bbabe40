#pragma once

#include "backend/core/result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

template<typename T>
class QPromise;

namespace shipdeck {

class KubeRestClient;

// One question "may I VERB this?", as `kubectl auth can-i` asks it.
struct KubeAccessCheck
{
    QString verb;           // get, list, watch, create, update, patch, delete …
    QString group;          // "" for the core group, "apps", "argoproj.io" …
    QString resource;       // plural: "pods", "deployments"
    QString subresource;    // "log", "status", "scale" or empty
    QString namespaceName;  // empty = cluster-wide (every namespace)
    QString name;           // empty = any object

    QString key() const;
    QString describe() const; // "delete pods in namespace default"
};

// Answers access questions with SelfSubjectAccessReview (authorization.k8s.io/v1) and keeps
// the answers for a while (default five minutes) so views can show only the actions the user
// may take without asking the server on every selection. Concurrent questions that are the
// same share one request. Lives on the backend thread next to its REST client.
class KubeAccessReview : public QObject
{
    Q_OBJECT
public:
    explicit KubeAccessReview(KubeRestClient *client, QObject *parent = nullptr);
    ~KubeAccessReview() override;

    QFuture<Result<bool>> allowed(const KubeAccessCheck &check);
    // Forgets every answer (context switch, credentials changed).
    void clear();
    void setTtlMs(qint64 ms) { m_ttlMs = ms; }
    // Reviews sent to the server (tests, to prove the cache works).
    int requestsSent() const { return m_requests; }

private:
    using Promise = std::shared_ptr<QPromise<Result<bool>>>;
    struct Entry
    {
        bool allowed = false;
        qint64 atMs = 0;
    };
    void finish(const QString &key, const Result<bool> &result);

    QPointer<KubeRestClient> m_client;
    QHash<QString, Entry> m_cache;
    QHash<QString, QList<Promise>> m_waiting;
    qint64 m_ttlMs = 5 * 60 * 1000;
    int m_requests = 0;
};

} // namespace shipdeck
