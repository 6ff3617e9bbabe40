#include "models/overviewviewmodel.h"

#include "backend/facade/backend.h"
#include "models/jobqueuemodel.h"
#include "models/workflowrunmodel.h"

#include <QTimer>

namespace shipdeck {

OverviewViewModel::OverviewViewModel(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_runs(new WorkflowRunModel(this))
    , m_jobs(new JobQueueModel(this))
    , m_debounce(new QTimer(this))
{
    m_runs->setLimit(50);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &OverviewViewModel::refresh);
    m_state = backend->state();
    connect(backend, &Backend::stateChanged, this, [this](BackendState state, const QString &detail) {
        m_state = state;
        m_detail = detail;
        if (state != BackendState::Ready) {
            m_hasInfo = false;
            Q_EMIT workspaceChanged();
        }
        Q_EMIT backendStateChanged();
    });
    connect(backend, &Backend::workspaceOpened, this, [this](const WorkspaceInfo &info) {
        m_info = info;
        m_hasInfo = true;
        Q_EMIT workspaceChanged();
        refresh();
    });
    connect(backend, &Backend::jobsChanged, this, &OverviewViewModel::scheduleRefresh);
    connect(backend, &Backend::workflowStarted, this, [this](const WorkflowRunRecord &run) { m_runs->upsertRun(run); });
    connect(backend, &Backend::workflowFinished, this, [this](const WorkflowRunRecord &run) {
        m_runs->upsertRun(run);
        scheduleRefresh();
    });
}

void OverviewViewModel::scheduleRefresh()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void OverviewViewModel::refresh()
{
    if (m_state != BackendState::Ready)
        return;
    m_backend->workspaceInfo().then(this, [this](const Result<WorkspaceInfo> &info) {
        if (!info)
            return;
        m_info = info.value();
        m_hasInfo = true;
        Q_EMIT workspaceChanged();
    });
    m_backend->queueCounts().then(this, [this](const Result<QueueCounts> &counts) {
        if (!counts)
            return;
        m_counts = counts.value();
        Q_EMIT countsChanged();
    });
    m_backend->recentRuns(50).then(this, [this](const Result<QList<WorkflowRunRecord>> &runs) {
        if (runs)
            m_runs->setRuns(runs.value());
    });
    m_backend->listJobs(std::nullopt, 20).then(this, [this](const Result<QList<JobRecord>> &jobs) {
        if (jobs)
            m_jobs->setJobs(jobs.value());
    });
}

} // namespace shipdeck
