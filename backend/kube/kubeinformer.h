#pragma once

#include "backend/core/result.h"
#include "backend/kube/kuberesourcetype.h"
#include "backend/kube/kubesummarizer.h"
#include "backend/kube/watchdecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;

namespace shipdeck {

class KubeObjectStore;
class KubeRestClient;
class KubeStream;

// List-then-watch cache of one resource kind in one scope, as client-go's reflector does it:
// a paged list (limit/continue), then a watch from the list's resourceVersion with bookmarks
// and a random 5–10 minute timeout; a watch that ends is resumed from the last version seen;
// 410 Gone (as HTTP status or as an ERROR event) relists; network errors, 429, 5xx, malformed
// or truncated frames reconnect with exponential backoff (800 ms doubling to 30 s, jittered,
// reset after 2 minutes without failure). The store always converges to the server's state.
class KubeInformer : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Listing, Watching, Backoff, Stopped };
    Q_ENUM(State)

    struct Options
    {
        QString namespaceName;   // empty = all namespaces (or a cluster-scoped kind)
        QString labelSelector;
        QString fieldSelector;
        int pageSize = 500;
        int batchIntervalMs = 100;
        int minWatchSeconds = 300;   // watch timeoutSeconds in [min, 2·min)
        int backoffInitialMs = 800;
        int backoffMaxMs = 30'000;
    };

    KubeInformer(KubeRestClient *client, KubeResourceType type, Options options, QObject *parent = nullptr);
    ~KubeInformer() override;

    void start();
    void stop();

    KubeObjectStore *store() const { return m_store; }
    const KubeResourceType &type() const { return m_summarizer.type(); }
    const Options &options() const { return m_options; }
    State state() const { return m_state; }
    QString resourceVersion() const { return m_resourceVersion; }
    QString lastError() const { return m_lastError; }

    // Counters for tests, benchmarks and the status bar.
    int listsCompleted() const { return m_listsCompleted; }
    int watchesOpened() const { return m_watchesOpened; }
    int goneRelists() const { return m_goneRelists; }
    int failures() const { return m_failureCount; }
    qint64 eventsApplied() const { return m_eventsApplied; }

Q_SIGNALS:
    void stateChanged(shipdeck::KubeInformer::State state);
    // The store holds a complete list (after every successful list).
    void synced();
    // A failure the informer is recovering from, in words.
    void problem(const QString &message);

private:
    void setState(State state);
    void list(const QString &continueToken);
    void onListPage(const Result<QJsonObject> &page);
    void watch();
    void onWatchData(const QByteArray &data);
    void onWatchFinished(const Result<void> &result);
    void fail(const Error &error, bool relist);
    void closeStream();
    int nextBackoffMs();

    QPointer<KubeRestClient> m_client;
    KubeSummarizer m_summarizer;
    Options m_options;
    KubeObjectStore *m_store;
    State m_state = State::Idle;
    KubeStream *m_stream = nullptr;
    WatchDecoder m_decoder;
    QTimer *m_retry;
    QString m_resourceVersion;
    QList<KubeObjectRow> m_listing;
    QString m_lastError;
    int m_listGeneration = 0;
    int m_consecutiveFailures = 0;
    QElapsedTimer m_sinceFailure;
    int m_listsCompleted = 0;
    int m_watchesOpened = 0;
    int m_goneRelists = 0;
    int m_failureCount = 0;
    qint64 m_eventsApplied = 0;
};

} // namespace shipdeck
