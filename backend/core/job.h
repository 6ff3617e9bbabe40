#pragma once

#include "backend/core/error.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>

#include <atomic>

namespace shipdeck {

enum class JobState { Pending, Running, Succeeded, Failed, Cancelled };
QString jobStateName(JobState state);

// A copy of a job's observable state; safe to pass across threads by value.
struct JobSnapshot
{
    QString id;
    QString kind;       // e.g. "backup", "maintenance", "git-sync"
    QString title;      // for people: "Backing up workspace acme"
    JobState state = JobState::Pending;
    int progress = -1;  // 0..100, -1 = indeterminate
    QString progressText;
    QString error;      // Error::toString() when failed
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    bool cancellable = true;

    bool isActive() const { return state == JobState::Pending || state == JobState::Running; }
};

// A long operation with start, progress, result, error and cancel that the UI can observe
// without knowing what it does. Lives on the thread that created it; progress and finish may
// be reported from any thread. Finishes exactly once.
class Job : public QObject
{
    Q_OBJECT
public:
    Job(QString kind, QString title, QObject *parent = nullptr);
    ~Job() override;

    const QString &id() const { return m_snapshot.id; }
    JobSnapshot snapshot() const;
    JobState state() const { return m_snapshot.state; }
    bool isFinished() const;
    const Error &error() const { return m_error; }
    const QJsonObject &result() const { return m_result; }

    // Starts the job on the next event-loop turn; calling twice does nothing.
    void start();
    // Asks the job to stop; it finishes Cancelled as soon as it notices.
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested.load(); }

Q_SIGNALS:
    void started();
    void progressed(int percent, const QString &text);
    void finished();
    void changed(const shipdeck::JobSnapshot &snapshot);

protected:
    // Does the work. Must eventually call finishSuccess, finishError or finishCancelled.
    virtual void run() = 0;
    virtual void onCancelRequested() {}

    void reportProgress(int percent, const QString &text);
    void finishSuccess(const QJsonObject &result = {});
    void finishError(const Error &error);
    void finishCancelled();
    void setCancellable(bool cancellable);

private:
    void applyProgress(int percent, const QString &text);
    void applyFinish(JobState state, const Error &error, const QJsonObject &result);

    JobSnapshot m_snapshot;
    Error m_error;
    QJsonObject m_result;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<bool> m_finishing{false};
    bool m_startRequested = false;
};

// What a task running on a worker thread may do to its job.
class JobControl
{
public:
    virtual ~JobControl() = default;
    virtual void progress(int percent, const QString &text) = 0;
    virtual bool isCancelled() const = 0;
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::JobSnapshot)
