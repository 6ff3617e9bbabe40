#include "backend/core/taskjob.h"

#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace shipdeck {

// Shared between the job and its worker; the job detaches itself when destroyed so a
// late progress report from the worker goes nowhere instead of to a dead object.
class TaskJob::Control final : public JobControl
{
public:
    explicit Control(TaskJob *job) : m_job(job) {}

    void progress(int percent, const QString &text) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_job)
            m_job->reportProgress(percent, text); // thread-safe: queues to the job's thread
    }
    bool isCancelled() const override { return m_cancelled.load(); }
    void setCancelled() { m_cancelled.store(true); }
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_job = nullptr;
        m_cancelled.store(true);
    }

private:
    QMutex m_mutex;
    TaskJob *m_job; // Not owned.
    std::atomic<bool> m_cancelled{false};
};

TaskJob::TaskJob(QString kind, QString title, Task task, QObject *parent, QThreadPool *pool)
    : Job(std::move(kind), std::move(title), parent)
    , m_task(std::move(task))
    , m_pool(pool ? pool : QThreadPool::globalInstance())
    , m_control(std::make_shared<Control>(this))
{
}

TaskJob::~TaskJob()
{
    m_control->detach();
}

void TaskJob::onCancelRequested()
{
    m_control->setCancelled();
}

void TaskJob::run()
{
    auto control = m_control;
    QtConcurrent::run(m_pool, [task = m_task, control]() { return task(*control); })
        .then(this, [this](Result<QJsonObject> result) {
            if (result.ok())
                finishSuccess(result.value());
            else if (isCancelRequested())
                finishCancelled();
            else
                finishError(result.error());
        });
}

} // namespace shipdeck
