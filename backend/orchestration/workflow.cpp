#include "backend/orchestration/workflow.h"

#include "backend/store/database.h"

namespace shipdeck {

QJsonObject RequestContext::toJson() const
{
    return {{QStringLiteral("requestedBy"), requestedBy},
            {QStringLiteral("source"), source},
            {QStringLiteral("correlationId"), correlationId}};
}

RequestContext RequestContext::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("requestedBy")).toString(), json.value(QStringLiteral("source")).toString(),
            json.value(QStringLiteral("correlationId")).toString()};
}

QJsonObject WorkflowMetrics::toJson() const
{
    return {{QStringLiteral("queuedMs"), queuedMs},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("steps"), steps}};
}

QJsonObject WorkflowResult::toJson() const
{
    QJsonObject json{{QStringLiteral("success"), success},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("metrics"), metrics.toJson()},
                     {QStringLiteral("traceId"), traceId},
                     {QStringLiteral("jobId"), jobId},
                     {QStringLiteral("runId"), runId}};
    if (!success)
        json.insert(QStringLiteral("error"), error.toJson());
    return json;
}

WorkflowContext::WorkflowContext(const WorkflowRequest &request, QString jobId, int attempt, QString workspacePath,
                                 Tracer &tracer, SpanContext runSpan, const Clock *clock,
                                 std::function<void(int, const QString &)> progress,
                                 std::shared_ptr<std::atomic<bool>> cancelled)
    : m_request(request)
    , m_jobId(std::move(jobId))
    , m_attempt(attempt)
    , m_workspacePath(std::move(workspacePath))
    , m_tracer(tracer)
    , m_runSpan(std::move(runSpan))
    , m_clock(clock)
    , m_progress(std::move(progress))
    , m_cancelled(std::move(cancelled))
{
}

WorkflowContext::~WorkflowContext() = default;

Span WorkflowContext::step(const QString &name)
{
    ++m_steps;
    return m_tracer.startSpan(name, m_runSpan);
}

void WorkflowContext::progress(int percent, const QString &text)
{
    if (m_progress)
        m_progress(percent, text);
}

Error WorkflowContext::cancelledError() const
{
    return Error(ErrorCode::Cancelled, QStringLiteral("workflow %1 was cancelled").arg(m_request.type));
}

Result<Database *> WorkflowContext::database()
{
    if (!m_db) {
        Database::Options options;
        options.create = false;
        SD_TRY(auto db, Database::open(m_workspacePath + QStringLiteral("/shipdeck.db"), options));
        m_db = std::move(db);
    }
    return m_db.get();
}

} // namespace shipdeck
