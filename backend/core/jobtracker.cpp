#include "backend/core/jobtracker.h"

namespace shipdeck {

JobTracker::JobTracker(int keepFinished, QObject *parent)
    : QObject(parent), m_keepFinished(keepFinished)
{
    qRegisterMetaType<JobSnapshot>();
}

void JobTracker::track(Job *job)
{
    job->setParent(this);
    m_jobs.append(job);
    connect(job, &Job::changed, this, &JobTracker::jobChanged);
    connect(job, &Job::finished, this, &JobTracker::prune);
    Q_EMIT jobChanged(job->snapshot());
}

Job *JobTracker::find(const QString &id) const
{
    for (const auto &job : m_jobs) {
        if (job && job->id() == id)
            return job;
    }
    return nullptr;
}

bool JobTracker::cancel(const QString &id)
{
    Job *job = find(id);
    if (!job || job->isFinished())
        return false;
    job->cancel();
    return true;
}

QList<JobSnapshot> JobTracker::snapshots() const
{
    QList<JobSnapshot> out;
    for (const auto &job : m_jobs) {
        if (job)
            out.append(job->snapshot());
    }
    return out;
}

int JobTracker::activeCount() const
{
    int count = 0;
    for (const auto &job : m_jobs) {
        if (job && !job->isFinished())
            ++count;
    }
    return count;
}

void JobTracker::prune()
{
    m_jobs.removeIf([](const QPointer<Job> &job) { return job.isNull(); });
    int finished = 0;
    for (int i = m_jobs.size() - 1; i >= 0; --i) {
        if (!m_jobs[i]->isFinished())
            continue;
        if (++finished > m_keepFinished) {
            m_jobs[i]->deleteLater();
            m_jobs.removeAt(i);
        }
    }
}

} // namespace shipdeck
