#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/facade/backend.h"
#include "backend/orchestration/maintenanceworkflow.h"

#include <QJsonObject>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl maintenance run [--no-backup] [--no-vacuum] [--prune-days N] [--keep-backups N]\n"
    "                                   [--check-only] [--priority low|normal|high|critical]\n"
    "\n"
    "Runs the system-maintenance workflow through the engine: integrity check (database and\n"
    "audit chain), WAL checkpoint, backup to DIR/backups, pruning of finished jobs, runs and\n"
    "spans older than N days (default 30), and VACUUM. Prints each step with its numbers.");

int run(CtlContext &context, QStringList args)
{
    WorkflowRequest request;
    request.type = MaintenanceWorkflow::typeName();
    request.context.requestedBy = context.actor;
    request.context.source = QStringLiteral("cli");
    request.maxAttempts = 1;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--no-backup"))
            request.payload.insert(QStringLiteral("backup"), false);
        else if (a == QLatin1String("--no-vacuum"))
            request.payload.insert(QStringLiteral("vacuum"), false);
        else if (a == QLatin1String("--check-only"))
            request.payload.insert(QStringLiteral("checkOnly"), true);
        else if (a == QLatin1String("--prune-days") && !args.isEmpty())
            request.payload.insert(QStringLiteral("pruneDays"), args.takeFirst().toInt());
        else if (a == QLatin1String("--keep-backups") && !args.isEmpty())
            request.payload.insert(QStringLiteral("keepBackups"), args.takeFirst().toInt());
        else if (a == QLatin1String("--priority") && !args.isEmpty()) {
            auto p = priorityFromName(args.takeFirst());
            if (!p)
                return context.usage(QStringLiteral("unknown priority"), kUsage);
            request.priority = *p;
        } else
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
    }
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    if (!context.json && !context.quiet) {
        QObject::connect(backend.value(), &Backend::jobChanged, backend.value(), [&context](const JobSnapshot &s) {
            if (s.state == JobState::Running && !s.progressText.isEmpty())
                context.out() << "  " << s.progressText << "…" << Qt::endl;
        });
    }
    const WorkflowResult result = context.await(backend.value()->runWorkflow(request));
    if (context.json) {
        context.printJson(result.toJson());
        return result.success ? ExitOk : CtlContext::exitCodeFor(result.error);
    }
    if (!result.success)
        return context.fail(result.error);
    const QJsonObject &d = result.data;
    QTextStream &out = context.out();
    out << "maintenance finished in " << formatDuration(result.metrics.durationMs) << " (" << result.metrics.steps
        << " steps, trace " << result.traceId << ")\n";
    const QJsonObject integrity = d.value(QStringLiteral("integrity")).toObject();
    out << "  integrity   " << integrity.value(QStringLiteral("integrity")).toString() << ", audit chain of "
        << integrity.value(QStringLiteral("auditRecords")).toInt() << " records intact\n";
    if (d.contains(QStringLiteral("checkpoint")))
        out << "  checkpoint  " << d.value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("checkpointedPages")).toInt()
            << " pages written back\n";
    if (d.contains(QStringLiteral("backup"))) {
        const QJsonObject b = d.value(QStringLiteral("backup")).toObject();
        out << "  backup      " << b.value(QStringLiteral("file")).toString() << " (" << formatBytes(b.value(QStringLiteral("bytes")).toInteger())
            << ")\n";
    }
    if (d.contains(QStringLiteral("prune"))) {
        const QJsonObject p = d.value(QStringLiteral("prune")).toObject();
        out << "  prune       " << p.value(QStringLiteral("jobs")).toInt() << " jobs, " << p.value(QStringLiteral("workflowRuns")).toInt()
            << " runs, " << p.value(QStringLiteral("spans")).toInt() << " spans older than "
            << p.value(QStringLiteral("olderThanDays")).toInt() << " days\n";
    }
    out << "  size        " << formatBytes(d.value(QStringLiteral("bytesBefore")).toInteger()) << " → "
        << formatBytes(d.value(QStringLiteral("bytesAfter")).toInteger()) << '\n';
    out.flush();
    return ExitOk;
}

int runMaintenance(CtlContext &context, const QStringList &args)
{
    if (args.value(0) == QLatin1String("run"))
        return run(context, args.mid(1));
    return context.usage(QStringLiteral("maintenance needs the subcommand 'run'"), kUsage);
}

} // namespace

SD_CTL_COMMAND(maintenance, {QStringLiteral("maintenance"), QStringLiteral("run the system-maintenance workflow"), kUsage,
                             runMaintenance});

} // namespace shipdeck::ctl
