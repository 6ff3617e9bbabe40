#include "ctlcommand.h"
#include "ctlcontext.h"
#include "rolloutview.h"

#include "backend/deploy/rolloutsclient.h"
#include "backend/facade/backend.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QTimer>

#include <unistd.h>

namespace shipdeck::ctl {

namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl rollout list [--all] [--component ID] [--env ENV]\n"
    "       shipdeckctl rollout get REF [--events]\n"
    "       shipdeckctl rollout watch REF [--timeout SECONDS]\n"
    "       shipdeckctl rollout promote REF [--full] [--reason TEXT]\n"
    "       shipdeckctl rollout abort REF --reason TEXT\n"
    "       shipdeckctl rollout retry|pause|resume REF [--reason TEXT]\n"
    "       shipdeckctl rollout restart REF --reason TEXT\n"
    "       shipdeckctl rollout undo REF [--to-revision N] --reason TEXT\n"
    "\n"
    "REF is a rollout id, a component (its latest rollout), component/environment or\n"
    "component@revision.\n"
    "\n"
    "list     rollouts, newest first (running ones only unless --all)\n"
    "get      one rollout: steps, traffic, analysis verdicts, approvals, revisions\n"
    "watch    follows a rollout until it ends or waits for a person, driving it in this\n"
    "         process if no other process does (after a crash this resumes it)\n"
    "promote  continues past the current step (approves an approval gate, ends a pause, accepts\n"
    "         an inconclusive analysis); --full skips the remaining steps and analysis\n"
    "abort    sends all traffic back to the stable version and scales the new one down\n"
    "retry    starts an aborted or rolled back rollout again from its first step\n"
    "pause    holds the rollout where it is; resume lets it continue\n"
    "restart  restarts the instances of the rollout's current version\n"
    "undo     deploys a recorded revision again (default: the one before the current)\n"
    "\n"
    "Actions are recorded in the audit log with who did them and --reason. An action the rollout's\n"
    "state does not allow (promote an aborted rollout ...) is refused with exit code 5 and why.");

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString stepText(const QJsonObject &r)
{
    const QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
    const int index = r.value(QStringLiteral("stepIndex")).toInt();
    if (index >= steps.size())
        return QStringLiteral("all %1 steps done").arg(steps.size());
    return QStringLiteral("step %1/%2 %3").arg(index + 1).arg(steps.size()).arg(steps.at(index).toObject().value(QStringLiteral("label")).toString());
}

bool isTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

struct Watched
{
    QJsonObject state;
    qint64 lastEvent = 0;
    qint64 lastVerdict = 0;
    bool settled = false;
    bool approving = false;
};

Result<std::pair<QString, QStringList>> takeReason(QStringList &args)
{
    QString reason;
    QStringList rest;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--reason") || a == QLatin1String("-m")) {
            if (args.isEmpty())
                return Error(ErrorCode::InvalidArgument, QStringLiteral("--reason needs a text"));
            reason = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--reason="))) {
            reason = a.mid(9);
        } else {
            rest.append(a);
        }
    }
    return std::make_pair(reason, rest);
}

} // namespace

QString trafficText(const QJsonObject &t)
{
    const QString canary = t.value(QStringLiteral("canaryVersion")).toString();
    const QString stable = t.value(QStringLiteral("stableVersion")).toString();
    if (stable.isEmpty())
        return QStringLiteral("-");
    if (canary.isEmpty())
        return QStringLiteral("%1 100 %").arg(stable);
    const int w = t.value(QStringLiteral("canaryWeight")).toInt();
    QString text = QStringLiteral("%1 %2 % · %3 %4 %").arg(stable).arg(100 - w).arg(canary).arg(w);
    if (!t.value(QStringLiteral("headerName")).toString().isEmpty())
        text += QStringLiteral(" (+ header %1)").arg(t.value(QStringLiteral("headerName")).toString());
    return text;
}

int exitCodeFor(const QJsonObject &r)
{
    const QString phase = r.value(QStringLiteral("phase")).toString();
    if (phase == QLatin1String("Aborted") || phase == QLatin1String("RolledBack"))
        return ExitFailure;
    if (phase == QLatin1String("Degraded"))
        return ExitCheckFailed;
    return ExitOk;
}

QStringList rolloutRow(const QJsonObject &r)
{
    const QString versions = r.value(QStringLiteral("stableVersion")).toString().isEmpty()
                                 ? r.value(QStringLiteral("targetVersion")).toString()
                                 : QStringLiteral("%1 → %2").arg(r.value(QStringLiteral("stableVersion")).toString(),
                                                                 r.value(QStringLiteral("targetVersion")).toString());
    return {r.value(QStringLiteral("component")).toString() + QLatin1Char('/') + r.value(QStringLiteral("environment")).toString(),
            QString::number(r.value(QStringLiteral("revision")).toInt()),
            r.value(QStringLiteral("strategy")).toString(),
            versions,
            r.value(QStringLiteral("phase")).toString(),
            stepText(r),
            trafficText(r.value(QStringLiteral("traffic")).toObject()),
            r.value(QStringLiteral("id")).toString()};
}

void printRollout(QTextStream &out, const QJsonObject &d, bool withEvents)
{
    const QString message = d.value(QStringLiteral("message")).toString();
    out << d.value(QStringLiteral("component")).toString() << "  " << d.value(QStringLiteral("stableVersion")).toString()
        << " → " << d.value(QStringLiteral("targetVersion")).toString() << " · " << d.value(QStringLiteral("environment")).toString()
        << " · " << d.value(QStringLiteral("strategy")).toString() << " · revision " << d.value(QStringLiteral("revision")).toInt() << '\n'
        << "id        " << d.value(QStringLiteral("id")).toString() << '\n'
        << "phase     " << d.value(QStringLiteral("phase")).toString() << (message.isEmpty() ? QString() : QStringLiteral(" — ") + message) << '\n'
        << "traffic   " << trafficText(d.value(QStringLiteral("traffic")).toObject()) << '\n'
        << "started   " << formatTime(qint64(d.value(QStringLiteral("createdAt")).toDouble())) << " by "
        << d.value(QStringLiteral("createdBy")).toString();
    if (!d.value(QStringLiteral("reason")).toString().isEmpty())
        out << " (" << d.value(QStringLiteral("reason")).toString() << ")";
    out << '\n';
    if (d.contains(QStringLiteral("abortReason")))
        out << "stopped   by " << d.value(QStringLiteral("abortedBy")).toString() << ": " << d.value(QStringLiteral("abortReason")).toString() << '\n';
    if (!d.value(QStringLiteral("traceId")).toString().isEmpty())
        out << "trace     " << d.value(QStringLiteral("traceId")).toString() << '\n';
    out << "\nsteps\n";
    for (const QJsonValue &v : d.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString status = s.value(QStringLiteral("status")).toString();
        const QString mark = status == QLatin1String("done") ? QStringLiteral("●") : status == QLatin1String("current") ? QStringLiteral("◉") : QStringLiteral("○");
        out << "  " << mark << ' ' << QString::number(s.value(QStringLiteral("index")).toInt() + 1).rightJustified(2) << "  "
            << s.value(QStringLiteral("label")).toString() << '\n';
    }
    const QJsonArray pauses = d.value(QStringLiteral("pauseConditions")).toArray();
    for (const QJsonValue &p : pauses)
        out << "paused    " << p.toObject().value(QStringLiteral("reason")).toString() << ": " << p.toObject().value(QStringLiteral("message")).toString() << '\n';
    const QJsonArray verdicts = d.value(QStringLiteral("verdicts")).toArray();
    if (!verdicts.isEmpty()) {
        out << "\nanalysis verdicts\n";
        for (const QJsonValue &v : verdicts) {
            const QJsonObject o = v.toObject();
            out << "  " << timeText(qint64(o.value(QStringLiteral("at")).toDouble())) << "  "
                << (o.value(QStringLiteral("metric")).toString().isEmpty() ? QStringLiteral("(run)") : o.value(QStringLiteral("metric")).toString())
                << "  " << o.value(QStringLiteral("phase")).toString() << "  " << o.value(QStringLiteral("summary")).toString() << '\n';
        }
    }
    const QJsonArray approvals = d.value(QStringLiteral("approvals")).toArray();
    if (!approvals.isEmpty()) {
        out << "\napprovals\n";
        for (const QJsonValue &v : approvals) {
            const QJsonObject a = v.toObject();
            out << "  " << formatTime(qint64(a.value(QStringLiteral("at")).toDouble())) << "  " << a.value(QStringLiteral("actor")).toString()
                << ": " << a.value(QStringLiteral("reason")).toString() << '\n';
        }
    }
    const QJsonArray revisions = d.value(QStringLiteral("revisions")).toArray();
    if (revisions.size() > 1) {
        out << "\nrevisions\n";
        for (const QJsonValue &v : revisions) {
            const QJsonObject r = v.toObject();
            out << "  " << QString::number(r.value(QStringLiteral("revision")).toInt()).rightJustified(3) << "  "
                << r.value(QStringLiteral("version")).toString().leftJustified(10) << r.value(QStringLiteral("phase")).toString().leftJustified(12)
                << formatTime(qint64(r.value(QStringLiteral("createdAt")).toDouble())) << "  " << r.value(QStringLiteral("createdBy")).toString() << '\n';
        }
    }
    if (withEvents) {
        out << "\nevents\n";
        for (const QJsonValue &v : d.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            out << "  " << formatTime(qint64(e.value(QStringLiteral("at")).toDouble())) << "  " << e.value(QStringLiteral("type")).toString().leftJustified(8)
                << e.value(QStringLiteral("reason")).toString() << ": " << e.value(QStringLiteral("message")).toString() << '\n';
        }
    }
    out.flush();
}

QList<QJsonObject> watchRollouts(CtlContext &context, RolloutsClient &client, const QStringList &ids, const WatchOptions &options)
{
    QTextStream &out = context.out();
    const bool tty = isTerminal() && !options.quiet;
    QHash<QString, Watched> watched;
    for (const QString &id : ids)
        watched.insert(id, Watched{});
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer elapsed;
    elapsed.start();
    bool busy = false;
    auto statusLine = [&](const QString &text) {
        if (tty)
            out << "\r\033[K" << text << Qt::flush;
    };
    auto print = [&](const QString &line) {
        if (options.quiet)
            return;
        if (tty)
            out << "\r\033[K";
        out << options.indent << line << Qt::endl;
    };
    auto step = [&] {
        if (busy)
            return;
        busy = true;
        bool all = true;
        QString status;
        for (auto it = watched.begin(); it != watched.end(); ++it) {
            Watched &w = it.value();
            if (w.settled)
                continue;
            auto details = context.await(client.get(it.key()));
            if (!details) {
                print(QStringLiteral("cannot read rollout %1: %2").arg(it.key(), details.error().toString()));
                w.settled = true;
                continue;
            }
            w.state = details.value();
            for (const QJsonValue &v : w.state.value(QStringLiteral("events")).toArray()) {
                const QJsonObject e = v.toObject();
                const qint64 seq = qint64(e.value(QStringLiteral("seq")).toDouble());
                if (seq <= w.lastEvent)
                    continue;
                w.lastEvent = seq;
                print(QStringLiteral("%1  %2  %3").arg(timeText(qint64(e.value(QStringLiteral("at")).toDouble())),
                                                        e.value(QStringLiteral("reason")).toString(), e.value(QStringLiteral("message")).toString()));
            }
            for (const QJsonValue &v : w.state.value(QStringLiteral("verdicts")).toArray()) {
                const QJsonObject o = v.toObject();
                const qint64 seq = qint64(o.value(QStringLiteral("seq")).toDouble());
                if (seq <= w.lastVerdict)
                    continue;
                w.lastVerdict = seq;
                const QString metric = o.value(QStringLiteral("metric")).toString();
                print(QStringLiteral("%1  verdict %2: %3 — %4").arg(timeText(qint64(o.value(QStringLiteral("at")).toDouble())),
                                                                    metric.isEmpty() ? QStringLiteral("analysis run") : metric,
                                                                    o.value(QStringLiteral("phase")).toString(), o.value(QStringLiteral("summary")).toString()));
            }
            bool approval = false;
            for (const QJsonValue &p : w.state.value(QStringLiteral("pauseConditions")).toArray())
                approval = approval || p.toObject().value(QStringLiteral("reason")).toString() == QLatin1String("Approval");
            if (approval && options.autoApprove && !w.approving) {
                w.approving = true;
                auto approved = context.await(client.act(it.key(), RolloutAction::Promote, context.actor, options.approveReason));
                print(approved ? QStringLiteral("approved by %1: %2").arg(context.actor, options.approveReason)
                               : QStringLiteral("cannot approve: %1").arg(approved.error().toString()));
                w.approving = false;
                all = false;
                continue;
            }
            w.settled = RolloutsClient::isSettled(w.state);
            if (!w.settled) {
                all = false;
                status += QStringLiteral("%1 rev %2 · %3 · %4 · %5  ").arg(w.state.value(QStringLiteral("component")).toString())
                              .arg(w.state.value(QStringLiteral("revision")).toInt()).arg(w.state.value(QStringLiteral("phase")).toString(),
                                                                                         stepText(w.state),
                                                                                         trafficText(w.state.value(QStringLiteral("traffic")).toObject()));
            }
        }
        statusLine(status);
        busy = false;
        if (all || (options.timeoutMs > 0 && elapsed.elapsed() > options.timeoutMs))
            loop.quit();
    };
    QObject::connect(&poll, &QTimer::timeout, &loop, step);
    poll.start(500);
    QTimer::singleShot(0, &loop, step);
    loop.exec();
    if (tty)
        out << "\r\033[K" << Qt::flush;
    QList<QJsonObject> finals;
    for (const QString &id : ids)
        finals.append(watched.value(id).state);
    return finals;
}

namespace {

int list(CtlContext &context, RolloutsClient &client, QStringList args)
{
    RolloutsClient::ListFilter filter;
    filter.activeOnly = true;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--all"))
            filter.activeOnly = false;
        else if (a == QLatin1String("--component") && !args.isEmpty())
            filter.component = args.takeFirst();
        else if ((a == QLatin1String("--env") || a == QLatin1String("--environment")) && !args.isEmpty())
            filter.environment = args.takeFirst();
        else
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
    }
    auto rollouts = context.await(client.list(filter));
    if (!rollouts)
        return context.fail(rollouts.error());
    if (context.json) {
        QJsonArray array;
        for (const RolloutRecord &r : rollouts.value())
            array.append(r.toJson());
        context.printJson(array);
        return ExitOk;
    }
    TextTable table({QStringLiteral("ROLLOUT"), QStringLiteral("REV"), QStringLiteral("STRATEGY"), QStringLiteral("VERSIONS"),
                     QStringLiteral("PHASE"), QStringLiteral("STEP"), QStringLiteral("TRAFFIC"), QStringLiteral("ID")});
    for (const RolloutRecord &r : rollouts.value())
        table.addRow(rolloutRow(r.toJson()));
    if (table.isEmpty())
        context.out() << (filter.activeOnly ? "no running rollouts (--all shows finished ones)" : "no rollouts") << Qt::endl;
    else
        table.print(context.out());
    return ExitOk;
}

int get(CtlContext &context, RolloutsClient &client, QStringList args)
{
    const bool events = args.removeAll(QStringLiteral("--events")) > 0;
    if (args.size() != 1)
        return context.usage(QStringLiteral("get needs one rollout"), kUsage);
    auto details = context.await(client.get(args.first()));
    if (!details)
        return context.fail(details.error());
    if (context.json) {
        context.printJson(details.value());
        return ExitOk;
    }
    printRollout(context.out(), details.value(), events);
    return ExitOk;
}

int watch(CtlContext &context, RolloutsClient &client, QStringList args)
{
    WatchOptions options;
    QStringList refs;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--timeout") && !args.isEmpty())
            options.timeoutMs = args.takeFirst().toInt() * 1000;
        else
            refs.append(a);
    }
    if (refs.size() != 1)
        return context.usage(QStringLiteral("watch needs one rollout"), kUsage);
    context.await(client.setDriving(true));
    auto details = context.await(client.get(refs.first()));
    if (!details)
        return context.fail(details.error());
    options.quiet = context.json;
    const QString id = details->value(QStringLiteral("id")).toString();
    if (!context.json)
        context.out() << "watching " << details->value(QStringLiteral("component")).toString() << " revision "
                      << details->value(QStringLiteral("revision")).toInt() << " (" << id << ")" << Qt::endl;
    const QList<QJsonObject> finals = watchRollouts(context, client, {id}, options);
    const QJsonObject last = finals.value(0);
    if (context.json) {
        context.printJson(last);
    } else {
        context.out() << last.value(QStringLiteral("component")).toString() << " revision " << last.value(QStringLiteral("revision")).toInt()
                      << ": " << last.value(QStringLiteral("phase")).toString() << " — " << last.value(QStringLiteral("message")).toString() << Qt::endl;
    }
    return exitCodeFor(last);
}

int action(CtlContext &context, RolloutsClient &client, const QString &verb, QStringList args)
{
    auto split = takeReason(args);
    if (!split)
        return context.usage(split.error().message(), kUsage);
    QString reason = split->first;
    args = split->second;
    const bool full = args.removeAll(QStringLiteral("--full")) > 0;
    int toRevision = 0;
    if (const int i = int(args.indexOf(QStringLiteral("--to-revision"))); i >= 0) {
        bool ok = false;
        toRevision = args.value(i + 1).toInt(&ok);
        if (!ok || toRevision <= 0)
            return context.usage(QStringLiteral("--to-revision needs a revision number"), kUsage);
        args.remove(i, 2);
    }
    if (args.size() != 1)
        return context.usage(QStringLiteral("%1 needs one rollout").arg(verb), kUsage);
    const bool needsReason = verb == QLatin1String("abort") || verb == QLatin1String("undo") || verb == QLatin1String("restart");
    if (needsReason && reason.trimmed().isEmpty())
        return context.usage(QStringLiteral("%1 needs --reason: it is recorded in the audit log").arg(verb), kUsage);
    const QString ref = args.first();
    if (verb == QLatin1String("undo")) {
        context.await(client.setDriving(true));
        auto undone = context.await(client.undo(ref, toRevision, context.actor, reason));
        if (!undone)
            return context.fail(undone.error());
        QStringList ids;
        for (const RolloutRecord &r : undone.value()) {
            ids.append(r.id);
            if (!context.json)
                context.out() << "undo: " << r.component << " revision " << r.revision << " returns to " << r.targetVersion << " (revision "
                              << r.undoOfRevision << ")" << Qt::endl;
        }
        WatchOptions options;
        options.quiet = context.json;
        const QList<QJsonObject> finals = watchRollouts(context, client, ids, options);
        if (context.json)
            context.printJson(finals.value(0));
        return exitCodeFor(finals.value(0));
    }
    RolloutAction a = RolloutAction::Promote;
    if (verb == QLatin1String("promote"))
        a = full ? RolloutAction::PromoteFull : RolloutAction::Promote;
    else if (auto parsed = rolloutActionFromName(verb))
        a = *parsed;
    else
        return context.usage(QStringLiteral("unknown rollout action '%1'").arg(verb), kUsage);
    auto done = context.await(client.act(ref, a, context.actor, reason));
    if (!done)
        return context.fail(done.error());
    // This process may now be the one driving the rollout: let the action take effect.
    const QJsonObject after = done->toJson();
    QJsonObject final = after;
    if (!RolloutsClient::isSettled(after)) {
        WatchOptions options;
        options.quiet = context.json || context.quiet;
        options.timeoutMs = a == RolloutAction::Pause ? 1 : 0;
        final = watchRollouts(context, client, {done->id}, options).value(0);
    }
    if (context.json) {
        context.printJson(final);
    } else if (!context.quiet) {
        context.out() << rolloutActionName(a) << ": " << final.value(QStringLiteral("component")).toString() << " revision "
                      << final.value(QStringLiteral("revision")).toInt() << " is " << final.value(QStringLiteral("phase")).toString();
        if (!final.value(QStringLiteral("message")).toString().isEmpty())
            context.out() << " — " << final.value(QStringLiteral("message")).toString();
        context.out() << Qt::endl;
    }
    return ExitOk;
}

int runRollout(CtlContext &context, const QStringList &args)
{
    const QString sub = args.value(0);
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    RolloutsClient client(backend.value());
    if (sub == QLatin1String("list") || sub.isEmpty())
        return list(context, client, args.mid(1));
    if (sub == QLatin1String("get"))
        return get(context, client, args.mid(1));
    if (sub == QLatin1String("watch"))
        return watch(context, client, args.mid(1));
    static const QStringList actions{QStringLiteral("promote"), QStringLiteral("abort"), QStringLiteral("retry"), QStringLiteral("pause"),
                                     QStringLiteral("resume"), QStringLiteral("restart"), QStringLiteral("undo")};
    if (actions.contains(sub))
        return action(context, client, sub, args.mid(1));
    return context.usage(QStringLiteral("unknown rollout subcommand '%1'").arg(sub), kUsage);
}

} // namespace

SD_CTL_COMMAND(rollout, {QStringLiteral("rollout"), QStringLiteral("list, inspect, watch and act on rollouts (promote, abort, undo ...)"),
                         kUsage, runRollout});

} // namespace shipdeck::ctl
