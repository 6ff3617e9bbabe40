#pragma once

#include "backend/core/job.h"
#include "backend/core/result.h"
#include "backend/facade/backendservice.h"
#include "backend/facade/backendtypes.h"
#include "backend/orchestration/workflow.h"
#include "backend/store/workflowrunrepository.h"
#include "backend/store/workspace.h"

#include <QLockFile>
#include <QObject>

#include <memory>
#include <vector>

namespace shipdeck {

class Engine;
class JobTracker;
class SpanRepository;
class Tracer;
class Clock;

struct BackendOptions
{
    int workers = 2;
    qint64 leaseMs = 30'000;
    int pollIntervalMs = 500;
    bool fileLog = true;       // write workspace/logs/shipdeck.log
    bool lockWorkspace = false; // hold <workspace>/shipdeck.lock (the GUI does; restore refuses while held)
    const Clock *clock = nullptr;
};

// The services of one backend, living on the backend thread. Only the Backend facade (and
// the CLI through it) reaches this object; every method runs on the backend thread.
class BackendCore : public QObject
{
    Q_OBJECT
public:
    explicit BackendCore(BackendOptions options, QObject *parent = nullptr);
    ~BackendCore() override;

    Result<WorkspaceInfo> openWorkspace(const QString &dir, const Workspace::OpenOptions &options);
    void closeWorkspace();
    bool hasWorkspace() const { return m_workspace != nullptr; }

    Result<Workspace *> workspace();
    Result<Engine *> engine();
    Tracer &tracer() { return *m_tracer; }
    JobTracker &jobTracker() { return *m_jobs; }
    BackendState state() const { return m_state; }
    const BackendOptions &options() const { return m_options; }

    // The service of type S opened with the workspace, or nullptr.
    template<typename S>
    S *service() const
    {
        for (const auto &s : m_services) {
            if (auto *typed = qobject_cast<S *>(s.get()))
                return typed;
        }
        return nullptr;
    }
    QList<BackendService *> services() const;

    Result<CheckReport> check();
    // Starts a backup as a tracked job on the worker pool; returns the job id.
    Result<QString> startBackup(const QString &destPath);

Q_SIGNALS:
    void stateChanged(shipdeck::BackendState state, const QString &detail);
    void workspaceOpened(const shipdeck::WorkspaceInfo &info);
    void jobsChanged();
    void workflowStarted(const shipdeck::WorkflowRunRecord &run);
    void workflowFinished(const shipdeck::WorkflowRunRecord &run);
    void jobChanged(const shipdeck::JobSnapshot &snapshot);
    // Change notifications of backend services for the GUI and CLI: service name, event name
    // ("rollout.changed", "config.fileChanged" …) and a JSON payload.
    void serviceEvent(const QString &service, const QString &event, const QJsonObject &data);

private:
    void setState(BackendState state, const QString &detail = {});
    void registerWorkflows(Engine &engine);

    BackendOptions m_options;
    BackendState m_state = BackendState::Starting;
    std::unique_ptr<Tracer> m_tracer;
    JobTracker *m_jobs; // Owned (QObject child).
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SpanRepository> m_spans;
    std::unique_ptr<Engine> m_engine;
    QHash<QString, JobSnapshot> m_workflowJobs; // engine runs shown as jobs, by job id
    std::vector<std::unique_ptr<BackendService>> m_services;
};

} // namespace shipdeck
