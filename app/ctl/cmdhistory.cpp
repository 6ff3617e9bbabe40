#include "ctlcommand.h"
#include "ctlcontext.h"
#include "rolloutview.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"

#include <QJsonArray>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl history [COMPONENT] [--env ENV] [--limit N]\n"
    "\n"
    "Every deployment (revision) recorded in the workspace, newest first: versions, strategy, who,\n"
    "when, how long, the outcome and why it ended. `shipdeckctl rollout undo COMPONENT\n"
    "--to-revision N` returns to a revision listed here.");

int runHistory(CtlContext &context, const QStringList &argv)
{
    QStringList args = argv;
    QString component;
    QString environment;
    int limit = 100;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if ((a == QLatin1String("--env") || a == QLatin1String("--environment")) && !args.isEmpty())
            environment = args.takeFirst();
        else if (a == QLatin1String("--limit") && !args.isEmpty())
            limit = qMax(1, args.takeFirst().toInt());
        else if (!a.startsWith(QLatin1Char('-')) && component.isEmpty())
            component = a;
        else
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
    }
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    RolloutsClient client(backend.value());
    auto history = context.await(client.history(component, environment, limit));
    if (!history)
        return context.fail(history.error());
    if (context.json) {
        QJsonArray array;
        for (const RolloutRecord &r : history.value()) {
            QJsonObject json = r.toJson();
            json.remove(QStringLiteral("steps"));
            json.insert(QStringLiteral("spec"), r.specYaml);
            array.append(json);
        }
        context.printJson(array);
        return ExitOk;
    }
    TextTable table({QStringLiteral("COMPONENT"), QStringLiteral("REV"), QStringLiteral("VERSIONS"), QStringLiteral("STRATEGY"),
                     QStringLiteral("BY"), QStringLiteral("STARTED"), QStringLiteral("DURATION"), QStringLiteral("OUTCOME"), QStringLiteral("WHY")});
    for (const RolloutRecord &r : history.value()) {
        const qint64 start = r.startedAtMs ? r.startedAtMs : r.createdAtMs;
        const QString outcome = r.isFinished() ? (r.outcome.isEmpty() ? rolloutPhaseName(r.phase) : r.outcome) : rolloutPhaseName(r.phase);
        QString why = r.isFinished() && !r.abortReason.isEmpty() ? r.abortReason : r.reason;
        if (r.undoOfRevision)
            why = QStringLiteral("undo to revision %1%2").arg(r.undoOfRevision).arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why);
        table.addRow({r.component + QLatin1Char('/') + r.environment, QString::number(r.revision),
                      r.stableVersion.isEmpty() ? r.targetVersion : QStringLiteral("%1 → %2").arg(r.stableVersion, r.targetVersion),
                      strategyName(r.strategy), r.createdBy, formatTime(start),
                      r.isFinished() ? formatDuration(r.finishedAtMs - start) : QStringLiteral("running"), outcome, why.left(70)});
    }
    if (table.isEmpty())
        context.out() << "no deployments recorded" << Qt::endl;
    else
        table.print(context.out());
    return ExitOk;
}

} // namespace

SD_CTL_COMMAND(history, {QStringLiteral("history"), QStringLiteral("the deployment history: every revision, who, when and how it ended"),
                         kUsage, runHistory});

} // namespace shipdeck::ctl
