#pragma once

#include "backend/core/result.h"
#include "backend/deploy/rollouttypes.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace shipdeck {

class Backend;

// The GUI's and the CLI's way to rollouts: every call returns at once and runs on the backend
// thread (Backend::post); change notifications arrive as queued signals. Designed for a live
// rollouts view: list, details with steps, traffic, analysis, verdicts, events, samples and
// revisions, actions with actor and reason, and the deployment history and DORA metrics.
class RolloutsClient : public QObject
{
    Q_OBJECT
public:
    explicit RolloutsClient(Backend *backend, QObject *parent = nullptr);

    struct ListFilter
    {
        QString component;
        QString environment;
        bool activeOnly = false;
        int limit = 200;
    };

    // Reads the file on the backend thread, validates it (line-numbered errors) and runs it as
    // a component-update workflow; finishes when the rollouts have started.
    QFuture<Result<QList<RolloutRecord>>> deployFile(const QString &path, const QString &actor, const QString &reason);
    QFuture<Result<QList<RolloutRecord>>> deploy(const QByteArray &yaml, const QString &sourceName, const QString &actor,
                                                 const QString &reason);
    // Parses and checks a file without deploying it.
    QFuture<Result<QJsonObject>> validate(const QByteArray &yaml, const QString &sourceName);

    QFuture<Result<QList<RolloutRecord>>> list(const ListFilter &filter);
    // One rollout by id, "component", "component/environment" or "component@revision" with
    // everything the rollout view shows (see RolloutService::details).
    QFuture<Result<QJsonObject>> get(const QString &ref);
    QFuture<Result<RolloutRecord>> act(const QString &ref, RolloutAction action, const QString &actor, const QString &reason);
    // Returns a component to a recorded revision (0 = the one before the current).
    QFuture<Result<QList<RolloutRecord>>> undo(const QString &ref, int toRevision, const QString &actor, const QString &reason);
    QFuture<Result<QList<RolloutRecord>>> history(const QString &component, const QString &environment, int limit = 200);
    // DORA metrics over the last `days` days (the GUI charts 30 and 90).
    QFuture<Result<QJsonObject>> dora(const QString &environment, int days, const QString &component = {});
    // Whether this process drives (takes over and runs) unfinished rollouts. The GUI and
    // long-running commands turn it on; read-only commands leave it off.
    QFuture<bool> setDriving(bool driving);
    // Whether the rollout is settled: ended (traffic back on one version) or waiting for a
    // person (approval, pause without duration, inconclusive analysis, manual pause, degraded).
    static bool isSettled(const QJsonObject &rollout);

Q_SIGNALS:
    void rolloutChanged(const QJsonObject &rollout);
    void rolloutEvent(const QJsonObject &event);
    void analysisUpdated(const QJsonObject &run);
    void samplesAdded(const QString &rolloutId, const QJsonArray &samples);

private:
    QPointer<Backend> m_backend;
};

} // namespace shipdeck
