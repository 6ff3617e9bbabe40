#pragma once

#include "backend/kube/kubelogstream.h"

#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace shipdeck {

class KubeInformer;
class KubeLogBuffer;
class KubeRestClient;
struct KubeStoreDelta;

// The merged log of a set of pods: one pod, or every pod matching a workload's selector
// (followed live: pods that appear are streamed, pods that go away stop). Every container
// is one source of a shared buffer, so the view shows one time-ordered log with a
// pod/container column. Change notifications are batched (at most one per 100 ms).
class KubeLogSession : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString namespaceName;
        QString pod;              // one pod, or
        QString labelSelector;    // every pod matching it
        QString container;        // empty = all containers
    };

    KubeLogSession(KubeRestClient *client, Target target, KubeLogOptions options, QObject *parent = nullptr);
    ~KubeLogSession() override;

    void start();
    void stop();
    std::shared_ptr<KubeLogBuffer> buffer() const { return m_buffer; }
    int activeStreams() const;
    int totalReconnects() const;

Q_SIGNALS:
    // size = lines now in the buffer; firstChanged = smallest index that changed since the
    // last notification (late lines of another container are inserted, not appended).
    void changed(qsizetype size, qsizetype firstChanged);
    void problem(const QString &message);
    // Without follow: every selected container's log has been read completely.
    void finished();
    // One container's stream stopped for good: "pod/container" and why (the log is complete,
    // the pod is gone or finished, the kubelet refused, e.g. no previous container).
    void streamEnded(const QString &source, const QString &reason);

private:
    void checkFinished();
    void startPod(const QString &pod, const QStringList &containers);
    void onPods(const KubeStoreDelta &delta);
    void note(int count, qsizetype first);

    QPointer<KubeRestClient> m_client;
    Target m_target;
    KubeLogOptions m_options;
    std::shared_ptr<KubeLogBuffer> m_buffer;
    KubeInformer *m_pods = nullptr;
    QHash<QString, KubeLogStream *> m_streams; // "pod/container"
    QTimer *m_notify;
    qsizetype m_firstChanged = -1;
    bool m_podsSynced = false;
    bool m_finishedSent = false;
};

} // namespace shipdeck
