#pragma once

#include "backend/core/job.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace shipdeck {

// Keeps the jobs of one process in view: active ones and the most recent finished ones.
// Lives on the backend thread; observers get snapshots through jobChanged.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    explicit JobTracker(int keepFinished = 20, QObject *parent = nullptr);

    // Takes ownership; the job is deleted some time after it finishes and falls out of view.
    void track(Job *job);
    Job *find(const QString &id) const;
    bool cancel(const QString &id);
    QList<JobSnapshot> snapshots() const;
    int activeCount() const;

Q_SIGNALS:
    void jobChanged(const shipdeck::JobSnapshot &snapshot);

private:
    void prune();

    int m_keepFinished;
    QList<QPointer<Job>> m_jobs;
};

} // namespace shipdeck
