#include "backend/core/job.h"

#include "backend/core/clock.h"
#include "backend/core/ids.h"

#include <QThread>

namespace shipdeck {

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Pending: return QStringLiteral("pending");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Succeeded: return QStringLiteral("succeeded");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

Job::Job(QString kind, QString title, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<JobSnapshot>();
    m_snapshot.id = Ulid::generate();
    m_snapshot.kind = std::move(kind);
    m_snapshot.title = std::move(title);
}

Job::~Job() = default;

JobSnapshot Job::snapshot() const
{
    return m_snapshot;
}

bool Job::isFinished() const
{
    return !m_snapshot.isActive();
}

void Job::start()
{
    if (m_startRequested)
        return;
    m_startRequested = true;
    QMetaObject::invokeMethod(this, [this] {
        if (isFinished())
            return;
        m_snapshot.state = JobState::Running;
        m_snapshot.startedMs = Clock::system()->nowMs();
        Q_EMIT started();
        Q_EMIT changed(m_snapshot);
        if (m_cancelRequested.load()) {
            finishCancelled();
            return;
        }
        run();
    }, Qt::QueuedConnection);
}

void Job::cancel()
{
    if (!m_snapshot.cancellable || m_cancelRequested.exchange(true))
        return;
    QMetaObject::invokeMethod(this, [this] {
        if (isFinished())
            return;
        if (m_snapshot.state == JobState::Pending) {
            finishCancelled();
            return;
        }
        onCancelRequested();
    }, Qt::QueuedConnection);
}

void Job::setCancellable(bool cancellable)
{
    m_snapshot.cancellable = cancellable;
}

void Job::reportProgress(int percent, const QString &text)
{
    if (QThread::currentThread() == thread()) {
        applyProgress(percent, text);
        return;
    }
    QMetaObject::invokeMethod(this, [this, percent, text] { applyProgress(percent, text); },
                              Qt::QueuedConnection);
}

void Job::applyProgress(int percent, const QString &text)
{
    if (isFinished())
        return;
    m_snapshot.progress = qBound(-1, percent, 100);
    m_snapshot.progressText = text;
    Q_EMIT progressed(m_snapshot.progress, text);
    Q_EMIT changed(m_snapshot);
}

void Job::finishSuccess(const QJsonObject &result)
{
    if (m_finishing.exchange(true))
        return;
    QMetaObject::invokeMethod(this, [this, result] { applyFinish(JobState::Succeeded, {}, result); },
                              QThread::currentThread() == thread() ? Qt::DirectConnection
                                                                   : Qt::QueuedConnection);
}

void Job::finishError(const Error &error)
{
    if (m_finishing.exchange(true))
        return;
    const JobState state = error.code() == ErrorCode::Cancelled ? JobState::Cancelled : JobState::Failed;
    QMetaObject::invokeMethod(this, [this, state, error] { applyFinish(state, error, {}); },
                              QThread::currentThread() == thread() ? Qt::DirectConnection
                                                                   : Qt::QueuedConnection);
}

void Job::finishCancelled()
{
    finishError(Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
}

void Job::applyFinish(JobState state, const Error &error, const QJsonObject &result)
{
    m_snapshot.state = state;
    m_snapshot.finishedMs = Clock::system()->nowMs();
    if (state == JobState::Succeeded)
        m_snapshot.progress = 100;
    m_snapshot.error = state == JobState::Succeeded ? QString() : error.toString();
    m_error = error;
    m_result = result;
    Q_EMIT changed(m_snapshot);
    Q_EMIT finished();
}

} // namespace shipdeck
