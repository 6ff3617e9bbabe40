#pragma once

#include "backend/core/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <list>
#include <memory>

namespace shipdeck::kubetest {

class HttpExchange;
struct ServerContext;

// Container logs derived from the pod: each running container writes a start line, an optional
// backlog (annotation test.shipdeck.io/log-backlog) and then one line per interval (annotation
// test.shipdeck.io/log-interval-ms, default --log-interval-ms). Lines appended through the admin
// endpoint are merged by time. Served by GET …/pods/{name}/log with container, follow, previous,
// timestamps, sinceSeconds, sinceTime, tailLines and limitBytes, like the kubelet behind the API
// server; a follow ends when the container stops or the pod goes away.
class PodLogs : public QObject
{
    Q_OBJECT
public:
    explicit PodLogs(ServerContext &context, QObject *parent = nullptr);
    ~PodLogs() override;

    void setDefaultIntervalMs(int ms) { m_defaultIntervalMs = std::max(1, ms); }
    int defaultIntervalMs() const { return m_defaultIntervalMs; }
    void serve(HttpExchange *exchange, const QString &ns, const QString &pod);
    // Appends lines to the current instance of a container (admin endpoint).
    Result<int> append(const QString &ns, const QString &pod, const QString &container, const QStringList &lines);
    int followCount() const;
    int dropFollows();
    // A container of the pod (uid) restarted at `at`: run restartCount stopped then and, unless
    // the new run waits (crash loop), run restartCount + 1 started then. Container statuses carry
    // seconds only; the kubelet's log lines of the old run all precede those of the new one, so
    // the logs keep the exact moment: the old run writes nothing after it, the new nothing before.
    void noteRestart(const QString &ns, const QString &pod, const QString &uid, const QString &container, int restartCount,
                     const QDateTime &at, bool started);

    struct Line
    {
        QDateTime time;
        QString text;
    };
    // One run of a container: when it started, when it stopped (invalid while running).
    struct Instance
    {
        QString ns;
        QString pod;
        QString uid;
        QString container;
        QString image;
        int restartCount = 0;
        QDateTime started;
        QDateTime finished;
        bool finishedExact = false; // finished is the exact moment, not a status' whole second
        int intervalMs = 1000;
        qint64 backlog = 0;
    };
    // Generated and appended lines of an instance with time in [from, to].
    QList<Line> lines(const Instance &instance, const QDateTime &from, const QDateTime &to) const;

private:
    struct Follow;
    Result<Instance> instanceFor(const QString &ns, const QString &pod, const QString &container, bool previous) const;
    void tick(Follow *follow);
    void finish(Follow *follow);
    void removeFinished();
    QString key(const Instance &instance) const;

    ServerContext &m_ctx;
    int m_defaultIntervalMs = 1000;
    QHash<QString, QList<Line>> m_appended;
    struct Bounds
    {
        QString uid;
        QDateTime started;
        QDateTime finished;
    };
    QHash<QString, Bounds> m_bounds; // key(instance) → exact start/stop of a run around a restart
    std::list<std::unique_ptr<Follow>> m_follows;
};

} // namespace shipdeck::kubetest
