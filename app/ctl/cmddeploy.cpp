#include "ctlcommand.h"
#include "ctlcontext.h"
#include "rolloutview.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl deploy FILE [--reason TEXT] [--detach] [--auto-approve] [--check]\n"
    "\n"
    "Deploys what FILE describes (schema in docs/deploy.md) as a component-update workflow and\n"
    "follows the rollout until it ends or waits for a person, printing each step, analysis verdict\n"
    "and event. The local provider runs inside this process, so it keeps running while the\n"
    "rollout does; promote or abort from another terminal with `shipdeckctl rollout`.\n"
    "\n"
    "  --reason TEXT    why (recorded with the revision and in the audit log)\n"
    "  --check          validate the file against the components and print the plan; deploy nothing\n"
    "  --detach         return once the rollout has started (another process, such as the GUI, drives it)\n"
    "  --auto-approve   approve approval gates with --reason (demos and pipelines)\n"
    "\n"
    "Exit codes: 0 promoted (or waiting for a person), 1 rolled back, aborted or invalid file,\n"
    "5 refused (another rollout of the component is running), 6 degraded.");

int runDeploy(CtlContext &context, const QStringList &argv)
{
    QStringList args = argv;
    QString file;
    QString reason;
    bool detach = false;
    bool autoApprove = false;
    bool check = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--reason") || a == QLatin1String("-m")) {
            if (args.isEmpty())
                return context.usage(QStringLiteral("--reason needs a text"), kUsage);
            reason = args.takeFirst();
        } else if (a == QLatin1String("--detach")) {
            detach = true;
        } else if (a == QLatin1String("--auto-approve")) {
            autoApprove = true;
        } else if (a == QLatin1String("--check")) {
            check = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return context.usage(QStringLiteral("unknown option '%1'").arg(a), kUsage);
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return context.usage(QStringLiteral("deploy takes one file"), kUsage);
        }
    }
    if (file.isEmpty())
        return context.usage(QStringLiteral("name the deployment file"), kUsage);
    if (autoApprove && reason.trimmed().isEmpty())
        return context.usage(QStringLiteral("--auto-approve needs --reason: approvals are recorded with a reason"), kUsage);
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    RolloutsClient client(backend.value());
    if (check) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return context.fail(Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file, f.errorString())));
        auto valid = context.await(client.validate(f.readAll(), QFileInfo(file).fileName()));
        if (!valid)
            return context.fail(valid.error());
        if (context.json)
            context.printJson(valid.value());
        else
            context.out() << file << ": valid (" << valid->value(QStringLiteral("strategy")).toString() << " to "
                          << valid->value(QStringLiteral("environment")).toString() << ")" << Qt::endl;
        return ExitOk;
    }
    if (!detach)
        context.await(client.setDriving(true));
    auto deployed = context.await(client.deployFile(file, context.actor, reason));
    if (!deployed)
        return context.fail(deployed.error());
    QStringList ids;
    for (const RolloutRecord &r : deployed.value()) {
        ids.append(r.id);
        if (!context.json && !context.quiet) {
            context.out() << r.component << " revision " << r.revision << ": " << strategyName(r.strategy) << " "
                          << (r.stableVersion.isEmpty() ? QStringLiteral("(initial)") : r.stableVersion) << " → " << r.targetVersion
                          << " in " << r.environment << " (rollout " << r.id << ")" << Qt::endl;
        }
    }
    if (detach) {
        if (context.json) {
            QJsonArray array;
            for (const RolloutRecord &r : deployed.value())
                array.append(r.toJson());
            context.printJson(array);
        }
        return ExitOk;
    }
    WatchOptions options;
    options.autoApprove = autoApprove;
    options.approveReason = reason;
    options.quiet = context.json || context.quiet;
    const QList<QJsonObject> finals = watchRollouts(context, client, ids, options);
    int code = ExitOk;
    QJsonArray array;
    for (const QJsonObject &r : finals) {
        array.append(r);
        if (!context.json) {
            context.out() << r.value(QStringLiteral("component")).toString() << " revision " << r.value(QStringLiteral("revision")).toInt()
                          << ": " << r.value(QStringLiteral("phase")).toString() << " — " << r.value(QStringLiteral("message")).toString()
                          << Qt::endl;
        }
        code = qMax(code, exitCodeFor(r));
    }
    if (context.json)
        context.printJson(array);
    return code;
}

} // namespace

SD_CTL_COMMAND(deploy, {QStringLiteral("deploy"), QStringLiteral("deploy a component version from a deployment file and follow the rollout"),
                        kUsage, runDeploy});

} // namespace shipdeck::ctl
