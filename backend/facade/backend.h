#pragma once

#include "backend/core/job.h"
#include "backend/core/result.h"
#include "backend/core/spandata.h"
#include "backend/facade/backendcore.h"
#include "backend/facade/backendtypes.h"
#include "backend/orchestration/workflow.h"
#include "backend/store/auditlog.h"
#include "backend/store/jobqueue.h"
#include "backend/store/workflowrunrepository.h"
#include "backend/store/workspace.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <memory>
#include <optional>
#include <type_traits>

class QThread;

namespace shipdeck {

// The backend as the GUI and the CLI see it: its services run on their own thread; every call
// here returns at once with a future, and state changes arrive as queued signals.
class Backend : public QObject
{
    Q_OBJECT
public:
    explicit Backend(BackendOptions options = {}, QObject *parent = nullptr);
    ~Backend() override;

    // Runs fn(BackendCore &) on the backend thread; the future carries its return value.
    template<typename F>
    auto post(F fn) -> QFuture<std::invoke_result_t<F, BackendCore &>>
    {
        using R = std::invoke_result_t<F, BackendCore &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(m_core, [core = m_core, promise, fn = std::move(fn)]() mutable {
            if constexpr (std::is_void_v<R>) {
                fn(*core);
            } else {
                promise->addResult(fn(*core));
            }
            promise->finish();
        }, Qt::QueuedConnection);
        return future;
    }

    QFuture<Result<WorkspaceInfo>> openWorkspace(const QString &dir, const Workspace::OpenOptions &options = {});
    QFuture<Result<WorkspaceInfo>> workspaceInfo();
    QFuture<Result<CheckReport>> checkWorkspace();
    QFuture<Result<QList<JobRecord>>> listJobs(std::optional<QueuedJobState> state = std::nullopt, int limit = 200);
    QFuture<Result<std::optional<JobRecord>>> findJob(const QString &id);
    QFuture<Result<void>> retryJob(const QString &id);
    QFuture<Result<QueueCounts>> queueCounts();
    QFuture<Result<QList<WorkflowRunRecord>>> recentRuns(int limit = 50);
    QFuture<Result<QList<WorkflowRunRecord>>> runsForJob(const QString &jobId);
    QFuture<Result<QList<AuditRecord>>> auditLog(int limit = 200);
    QFuture<Result<QList<SpanData>>> trace(const QByteArray &traceId);
    QFuture<Result<QString>> startBackup(const QString &destPath);
    QFuture<bool> cancelJob(const QString &id);
    QFuture<QList<JobSnapshot>> activeJobs();
    // Adds the demo content to the open workspace.
    QFuture<Result<QJsonObject>> seedDemo();
    // Enqueues the workflow; the future finishes when it has succeeded or failed for good.
    QFuture<WorkflowResult> runWorkflow(const WorkflowRequest &request);

    BackendState state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(shipdeck::BackendState state, const QString &detail);
    void workspaceOpened(const shipdeck::WorkspaceInfo &info);
    void jobsChanged();
    void workflowStarted(const shipdeck::WorkflowRunRecord &run);
    void workflowFinished(const shipdeck::WorkflowRunRecord &run);
    void jobChanged(const shipdeck::JobSnapshot &snapshot);
    void serviceEvent(const QString &service, const QString &event, const QJsonObject &data);

private:
    QThread *m_thread;
    BackendCore *m_core; // Owned; lives on m_thread, deleted there.
    BackendState m_state = BackendState::Starting;
};

} // namespace shipdeck
