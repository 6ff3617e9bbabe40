#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/facade/backend.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl jobs list [--state ready|leased|done|dead] [--limit N]\n"
    "       shipdeckctl jobs show ID\n"
    "       shipdeckctl jobs retry ID\n"
    "\n"
    "list   jobs of the durable queue, newest first\n"
    "show   one job with its attempts (workflow runs) and trace ids\n"
    "retry  puts a dead (or done) job back into the queue with fresh attempts");

int list(CtlContext &context, QStringList args)
{
    std::optional<QueuedJobState> state;
    int limit = 50;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--state") && !args.isEmpty()) {
            state = queuedJobStateFromName(args.takeFirst());
            if (!state)
                return context.usage(QStringLiteral("unknown state"), kUsage);
        } else if (a == QLatin1String("--limit") && !args.isEmpty()) {
            limit = args.takeFirst().toInt();
        } else {
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
        }
    }
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto jobs = context.await(backend.value()->listJobs(state, limit));
    if (!jobs)
        return context.fail(jobs.error());
    if (context.json) {
        QJsonArray array;
        for (const auto &job : jobs.value())
            array.append(job.toJson());
        context.printJson(array);
        return ExitOk;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("TYPE"), QStringLiteral("PRIORITY"), QStringLiteral("STATE"),
                     QStringLiteral("ATTEMPTS"), QStringLiteral("CREATED"), QStringLiteral("LAST ERROR")});
    for (const auto &job : jobs.value()) {
        table.addRow({job.id, job.type, priorityName(job.priority), queuedJobStateName(job.state),
                      QStringLiteral("%1/%2").arg(job.attempts).arg(job.maxAttempts), formatTime(job.createdAtMs),
                      job.lastError.left(60)});
    }
    if (table.isEmpty())
        context.out() << "no jobs" << Qt::endl;
    else
        table.print(context.out());
    return ExitOk;
}

int show(CtlContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usage(QStringLiteral("show needs a job id"), kUsage);
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto job = context.await(backend.value()->findJob(args.first()));
    if (!job)
        return context.fail(job.error());
    if (!job.value())
        return context.fail(Error(ErrorCode::NotFound, QStringLiteral("no job with id %1").arg(args.first())));
    auto runs = context.await(backend.value()->runsForJob(args.first()));
    if (!runs)
        return context.fail(runs.error());
    const JobRecord &j = *job.value();
    if (context.json) {
        QJsonObject json = j.toJson();
        QJsonArray array;
        for (const auto &run : runs.value())
            array.append(run.toJson());
        json.insert(QStringLiteral("runs"), array);
        context.printJson(json);
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << "job       " << j.id << '\n'
        << "type      " << j.type << " (queue " << j.queue << ", priority " << priorityName(j.priority) << ")\n"
        << "state     " << queuedJobStateName(j.state) << ", attempt " << j.attempts << " of " << j.maxAttempts << '\n'
        << "created   " << formatTime(j.createdAtMs) << '\n';
    if (j.finishedAtMs)
        out << "finished  " << formatTime(j.finishedAtMs) << '\n';
    if (!j.lastError.isEmpty())
        out << "error     " << j.lastError << '\n';
    out << "payload   " << QString::fromUtf8(QJsonDocument(j.payload).toJson(QJsonDocument::Compact)) << '\n';
    if (!runs.value().isEmpty()) {
        out << "\nattempts:\n";
        TextTable table({QStringLiteral("RUN"), QStringLiteral("ATTEMPT"), QStringLiteral("STATE"), QStringLiteral("STARTED"),
                         QStringLiteral("DURATION"), QStringLiteral("TRACE")});
        for (const auto &run : runs.value()) {
            table.addRow({run.id, QString::number(run.attempt), runStateName(run.state), formatTime(run.startedAtMs),
                          run.finishedAtMs ? formatDuration(run.durationMs) : QStringLiteral("-"), run.traceId});
        }
        table.print(out);
    }
    out.flush();
    return ExitOk;
}

int retry(CtlContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usage(QStringLiteral("retry needs a job id"), kUsage);
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto done = context.await(backend.value()->retryJob(args.first()));
    if (!done)
        return context.fail(done.error());
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("retried"), args.first()}});
    else if (!context.quiet)
        context.out() << "job " << args.first() << " is queued again" << Qt::endl;
    return ExitOk;
}

int runJobs(CtlContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list") || sub.isEmpty())
        return list(context, args.mid(1));
    if (sub == QLatin1String("show"))
        return show(context, args.mid(1));
    if (sub == QLatin1String("retry"))
        return retry(context, args.mid(1));
    return context.usage(QStringLiteral("unknown jobs subcommand '%1'").arg(sub), kUsage);
}

} // namespace

SD_CTL_COMMAND(jobs, {QStringLiteral("jobs"), QStringLiteral("list, show and retry jobs of the durable queue"), kUsage, runJobs});

} // namespace shipdeck::ctl
