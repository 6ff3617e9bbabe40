#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/facade/backend.h"
#include "backend/orchestration/maintenanceworkflow.h"

#include <QDir>
#include <QJsonObject>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl demo [DIR]\n"
    "\n"
    "Runs the Shipdeck demo without a display: creates (or reuses) the demo workspace in DIR\n"
    "(default: the platform's demo location) and walks through what the GUI shows, printing\n"
    "each step and its result.");

int runDemo(CtlContext &context, const QStringList &args)
{
    if (!args.value(0).isEmpty())
        context.workspaceDir = args.value(0);
    if (context.workspaceDir.isEmpty())
        context.workspaceDir = Workspace::demoPath();
    QTextStream &out = context.out();
    out << "Shipdeck headless demo — workspace " << QDir(context.workspaceDir).absolutePath() << Qt::endl;
    auto backend = context.backend(true, true);
    if (!backend)
        return context.fail(backend.error());

    out << "\n[1] seeding the demo workspace" << Qt::endl;
    auto seeded = context.await(backend.value()->seedDemo());
    if (!seeded)
        return context.fail(seeded.error());

    out << "\n[2] running system maintenance through the orchestration engine" << Qt::endl;
    WorkflowRequest request;
    request.type = MaintenanceWorkflow::typeName();
    request.context.requestedBy = context.actor;
    request.context.source = QStringLiteral("demo");
    request.payload = {{QStringLiteral("vacuum"), true}};
    const WorkflowResult result = context.await(backend.value()->runWorkflow(request));
    if (!result.success)
        return context.fail(result.error);
    out << "    integrity ok, backup " << result.data.value(QStringLiteral("backup")).toObject().value(QStringLiteral("file")).toString()
        << "\n    " << result.metrics.steps << " steps in " << formatDuration(result.metrics.durationMs) << ", trace "
        << result.traceId << Qt::endl;

    out << "\n[3] workspace state" << Qt::endl;
    auto info = context.await(backend.value()->workspaceInfo());
    if (!info)
        return context.fail(info.error());
    out << "    " << info.value().workflowRuns << " workflow runs, " << info.value().auditRecords
        << " audit records, " << info.value().jobsDone << " jobs done" << Qt::endl;
    out << "\nDemo finished. Open it in the GUI with: shipdeck --workspace " << context.workspaceDir << Qt::endl;
    return ExitOk;
}

} // namespace

SD_CTL_COMMAND(demo, {QStringLiteral("demo"), QStringLiteral("run the demo headless (what the GUI demo shows, in the terminal)"),
                      kUsage, runDemo});

} // namespace shipdeck::ctl
