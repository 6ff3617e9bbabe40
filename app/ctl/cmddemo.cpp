#include "ctlcommand.h"
#include "ctlcontext.h"

#include "rolloutview.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"
#include "backend/orchestration/maintenanceworkflow.h"
#include "backend/providers/localproviderclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <QJsonObject>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl demo [DIR]\n"
    "\n"
    "Runs the Shipdeck demo without a display: creates (or reuses) the demo workspace in DIR\n"
    "(default: the platform's demo location) and walks through what the GUI shows, printing\n"
    "each step and its result: the storefront starts on the local provider with traffic from a\n"
    "load generator, a healthy canary of 1.4.2 -> 1.5.0 runs to completion (its approval gate\n"
    "approved with a reason), and a bad one (1.5.1, 5 % errors) is rolled back by the engine.\n"
    "The deployment files are in DIR/deployments.");

// The rollout part of the demo: storefront under load, a healthy canary, a bad one.
int runRolloutDemo(CtlContext &context, Backend *backend, int section)
{
    QTextStream &out = context.out();
    LocalProviderClient components(backend);
    RolloutsClient rollouts(backend);
    context.await(rollouts.setDriving(true));
    out << "\n[" << section << "] starting storefront 1.4.2 (with catalog and payments) on the local provider" << Qt::endl;
    if (auto started = context.await(components.deployStable(QStringLiteral("storefront"))); !started)
        return context.fail(started.error());
    // Traffic starts once every instance passes its readiness probe.
    Result<QJsonObject> health = Error(ErrorCode::Timeout, QStringLiteral("storefront did not become ready within 30 s"));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30'000) {
        auto h = context.await(components.health(QStringLiteral("storefront")));
        if (!h)
            return context.fail(h.error());
        health = h;
        if (h->value(QStringLiteral("components")).toArray().at(0).toObject().value(QStringLiteral("state")).toString() == QLatin1String("healthy"))
            break;
        QEventLoop pause;
        QTimer::singleShot(200, &pause, &QEventLoop::quit);
        pause.exec();
    }
    if (!health)
        return context.fail(health.error());
    const QString endpoint = health->value(QStringLiteral("components")).toArray().at(0).toObject().value(QStringLiteral("endpoint")).toString();
    LoadGenerator::Options load;
    load.url = QUrl(endpoint + QStringLiteral("/"));
    load.ratePerSecond = 100;
    auto loadId = context.await(components.startLoad(load));
    if (!loadId)
        return context.fail(loadId.error());
    out << "    storefront serves at " << endpoint << "; a load generator sends it 100 requests/s" << Qt::endl;

    const QString dir = QDir(context.workspaceDir).filePath(QStringLiteral("deployments"));
    struct Release
    {
        QString file;
        QString title;
    };
    const QList<Release> releases{{QStringLiteral("storefront-canary.yaml"), QStringLiteral("a healthy canary: storefront 1.4.2 → 1.5.0")},
                                  {QStringLiteral("storefront-bad-canary.yaml"), QStringLiteral("a bad canary: storefront 1.5.0 → 1.5.1 (5 % errors)")}};
    QJsonObject results;
    for (const Release &release : releases) {
        out << "\n[" << ++section << "] " << release.title << " — " << QDir(dir).filePath(release.file) << Qt::endl;
        auto deployed = context.await(rollouts.deployFile(QDir(dir).filePath(release.file), context.actor,
                                                          QStringLiteral("demo: %1").arg(release.title)));
        if (!deployed) {
            components.stopLoad(loadId.value()).waitForFinished();
            return context.fail(deployed.error());
        }
        const RolloutRecord &r = deployed->first();
        out << "    revision " << r.revision << ", rollout " << r.id << ", " << r.plan.size() << " steps" << Qt::endl;
        WatchOptions options;
        options.autoApprove = true;
        options.approveReason = QStringLiteral("demo: the judge passed, dashboards are green");
        const QJsonObject final = watchRollouts(context, rollouts, {r.id}, options).value(0);
        out << "    → " << final.value(QStringLiteral("phase")).toString() << ": " << final.value(QStringLiteral("message")).toString() << Qt::endl;
        if (final.contains(QStringLiteral("abortReason")))
            out << "    rolled back because: " << final.value(QStringLiteral("abortReason")).toString() << Qt::endl;
        out << "    traffic now: " << trafficText(final.value(QStringLiteral("traffic")).toObject()) << Qt::endl;
        results.insert(release.file, final.value(QStringLiteral("phase")).toString());
    }
    auto stats = context.await(components.loadStats(loadId.value()));
    components.stopLoad(loadId.value()).waitForFinished();
    if (stats) {
        out << "\n    load generator: " << stats->completed << " requests answered, " << stats->byClass[5] << " with 5xx, "
            << stats->failed << " failed to connect (the stable version served throughout)" << Qt::endl;
    }
    out << "\n[" << ++section << "] deployment history and DORA metrics" << Qt::endl;
    if (auto history = context.await(rollouts.history(QStringLiteral("storefront"), QStringLiteral("production"), 5)); history) {
        for (const RolloutRecord &h : history.value()) {
            out << "    revision " << h.revision << "  " << h.stableVersion << " → " << h.targetVersion << "  " << rolloutPhaseName(h.phase)
                << (h.abortReason.isEmpty() ? QString() : QStringLiteral("  (") + h.abortReason.left(90) + QLatin1Char(')')) << Qt::endl;
        }
    }
    if (auto dora = context.await(rollouts.dora(QStringLiteral("production"), 30)); dora) {
        const double rate = dora->value(QStringLiteral("changeFailRate")).toObject().value(QStringLiteral("rate")).toDouble();
        out << "    last 30 days: " << dora->value(QStringLiteral("deployments")).toInt() << " deployments, change fail rate "
            << QString::number(100 * rate, 'f', 0) << " %, deployment frequency "
            << dora->value(QStringLiteral("deploymentFrequency")).toObject().value(QStringLiteral("bucket")).toString() << Qt::endl;
    }
    const bool expected = results.value(QStringLiteral("storefront-canary.yaml")).toString() == QLatin1String("Healthy")
                       && results.value(QStringLiteral("storefront-bad-canary.yaml")).toString() == QLatin1String("RolledBack");
    if (!expected) {
        return context.fail(Error(ErrorCode::Unknown, QStringLiteral("the demo rollouts ended %1 and %2 instead of Healthy and RolledBack")
                                                          .arg(results.value(QStringLiteral("storefront-canary.yaml")).toString(),
                                                               results.value(QStringLiteral("storefront-bad-canary.yaml")).toString())));
    }
    return ExitOk;
}

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
    if (const int code = runRolloutDemo(context, backend.value(), 4); code != ExitOk)
        return code;
    out << "\nDemo finished. Open it in the GUI with: shipdeck --workspace " << context.workspaceDir << Qt::endl;
    return ExitOk;
}

} // namespace

SD_CTL_COMMAND(demo, {QStringLiteral("demo"), QStringLiteral("run the demo headless (what the GUI demo shows, in the terminal)"),
                      kUsage, runDemo});

} // namespace shipdeck::ctl
