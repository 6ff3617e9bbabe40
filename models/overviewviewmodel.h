#pragma once

#include "backend/facade/backendtypes.h"
#include "backend/store/jobqueue.h"
#include "backend/store/workspace.h"

#include <QObject>

class QTimer;

namespace shipdeck {

class Backend;
class JobQueueModel;
class WorkflowRunModel;

// What the Overview page shows, kept current from the backend's signals. Never blocks: every
// refresh is a future whose result arrives on this object's thread.
class OverviewViewModel : public QObject
{
    Q_OBJECT
public:
    explicit OverviewViewModel(Backend *backend, QObject *parent = nullptr);

    const WorkspaceInfo &workspace() const { return m_info; }
    bool hasWorkspace() const { return m_hasInfo; }
    const QueueCounts &counts() const { return m_counts; }
    BackendState backendState() const { return m_state; }
    const QString &backendDetail() const { return m_detail; }
    WorkflowRunModel *runs() const { return m_runs; }
    JobQueueModel *jobs() const { return m_jobs; }

    void refresh();

Q_SIGNALS:
    void workspaceChanged();
    void countsChanged();
    void backendStateChanged();

private:
    void scheduleRefresh();

    Backend *m_backend; // Not owned.
    WorkflowRunModel *m_runs;
    JobQueueModel *m_jobs;
    QTimer *m_debounce;
    WorkspaceInfo m_info;
    bool m_hasInfo = false;
    QueueCounts m_counts;
    BackendState m_state = BackendState::Starting;
    QString m_detail;
};

} // namespace shipdeck
