#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/config/configclient.h"
#include "backend/facade/backend.h"
#include "backend/store/settingsrepository.h"

#include <QDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl config init [--env NAME]...\n"
    "       shipdeckctl config clone URL [CREDENTIALS]\n"
    "       shipdeckctl config info\n"
    "       shipdeckctl config get KEY [--env ENV]\n"
    "       shipdeckctl config set KEY VALUE [--env ENV] [--string]\n"
    "       shipdeckctl config unset KEY [--env ENV]\n"
    "       shipdeckctl config effective [--env ENV]\n"
    "       shipdeckctl config validate [--env ENV]\n"
    "       shipdeckctl config status\n"
    "       shipdeckctl config diff [FROM [TO]] [-- FILE...]\n"
    "       shipdeckctl config commit -m MESSAGE [FILE...]\n"
    "       shipdeckctl config log [FILE] [-n N]\n"
    "       shipdeckctl config blame FILE\n"
    "       shipdeckctl config branch [NAME [--from REV]]\n"
    "       shipdeckctl config switch BRANCH\n"
    "       shipdeckctl config revert COMMIT\n"
    "       shipdeckctl config remote NAME URL\n"
    "       shipdeckctl config sync [--rebase] [--no-push] [--remote NAME] [CREDENTIALS]\n"
    "       shipdeckctl config conflicts\n"
    "       shipdeckctl config resolve FILE KEY ours|theirs|base\n"
    "       shipdeckctl config resolve FILE KEY --value VALUE\n"
    "       shipdeckctl config merge --continue|--abort [CREDENTIALS]\n"
    "       shipdeckctl config migrate --preview|--apply [--to VERSION]\n"
    "       shipdeckctl config use PATH          (the repository: setting config.repository)\n"
    "       shipdeckctl config author NAME EMAIL (commit author: config.author.name/email)\n"
    "\n"
    "The configuration repository is <workspace>/config (setting config.repository). Keys are\n"
    "<file>.<path>: app.server.port is server.port in base/app.yaml and in the overlays\n"
    "environments/<env>/app.yaml. Without --env, get/set work on the base. VALUE is read as JSON\n"
    "when it parses as JSON (8080, true, null, \"text\", [1,2], {\"a\":1}) and as a string otherwise;\n"
    "--string always takes it as a string. A change rewrites only the line of that value.\n"
    "CREDENTIALS: --user NAME --password-env VAR (the password or token is read from the\n"
    "environment variable VAR) --ssh-key FILE --ssh-passphrase-env VAR. Without them the SSH agent,\n"
    "~/.ssh keys and the Secret Service keychain (secret-tool, service shipdeck-git) are tried.\n"
    "validate exits 6 when it finds problems; sync exits 5 when keys conflict (see conflicts).");

struct Args
{
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> flags;
    QStringList afterDashDash;
    QStringList repeated; // values of --env given several times (init)
};

// Parses --name VALUE options and --flag switches; valueOptions lists those taking a value.
Result<Args> parseArgs(QStringList args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Args out;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--")) {
            out.afterDashDash = args;
            break;
        }
        if (valueOptions.contains(a)) {
            if (args.isEmpty())
                return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 needs a value").arg(a));
            const QString v = args.takeFirst();
            out.options.insert(a, v);
            if (a == QLatin1String("--env"))
                out.repeated.append(v);
        } else if (flagOptions.contains(a)) {
            out.flags.insert(a);
        } else if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown option '%1'").arg(a));
        } else {
            out.positional.append(a);
        }
    }
    return out;
}

const QStringList kCredentialOptions = {QStringLiteral("--user"), QStringLiteral("--password-env"), QStringLiteral("--ssh-key"),
                                        QStringLiteral("--ssh-passphrase-env")};

ConfigSyncRequest credentials(const Args &a)
{
    ConfigSyncRequest r;
    r.username = a.options.value(QStringLiteral("--user"));
    if (a.options.contains(QStringLiteral("--password-env")))
        r.password = qEnvironmentVariable(a.options.value(QStringLiteral("--password-env")).toLocal8Bit().constData());
    r.sshPrivateKey = a.options.value(QStringLiteral("--ssh-key"));
    if (a.options.contains(QStringLiteral("--ssh-passphrase-env")))
        r.sshPassphrase = qEnvironmentVariable(a.options.value(QStringLiteral("--ssh-passphrase-env")).toLocal8Bit().constData());
    return r;
}

QJsonValue parseValue(const QString &text, bool forceString)
{
    if (forceString)
        return text;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(("[" + text + "]").toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().first();
    return text;
}

QString show(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    if (v.isString())
        return v.toString();
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString where(const ConfigValue &v)
{
    return v.line > 0 ? QStringLiteral("%1:%2").arg(v.file).arg(v.line) : v.file;
}

QJsonObject commitJson(const GitCommitInfo &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("summary"), c.summary}, {QStringLiteral("message"), c.message},
            {QStringLiteral("author"), c.authorName}, {QStringLiteral("email"), c.authorEmail},
            {QStringLiteral("time"), formatTime(c.timeMs)}, {QStringLiteral("parents"), QJsonArray::fromStringList(c.parents)}};
}

QJsonObject diffJson(const GitFileDiff &d)
{
    return {{QStringLiteral("oldPath"), d.oldPath}, {QStringLiteral("newPath"), d.newPath}, {QStringLiteral("status"), d.status},
            {QStringLiteral("additions"), d.additions}, {QStringLiteral("deletions"), d.deletions}, {QStringLiteral("patch"), d.patch}};
}

// Runs one client call and prints its outcome: JSON with --json, `human` otherwise.
template<typename T, typename Human, typename Json>
int finish(CtlContext &context, const Result<T> &r, Human human, Json json)
{
    if (!r)
        return context.fail(r.error());
    if (context.json)
        context.printJson(json(r.value()));
    else if (!context.quiet)
        human(r.value());
    context.out().flush();
    return ExitOk;
}

template<typename Human, typename Json>
int finish(CtlContext &context, const Result<void> &r, Human human, Json json)
{
    if (!r)
        return context.fail(r.error());
    if (context.json)
        context.printJson(json());
    else if (!context.quiet)
        human();
    context.out().flush();
    return ExitOk;
}

int printConflicts(CtlContext &context, const QList<ConfigConflict> &conflicts)
{
    if (context.json) {
        QJsonArray a;
        for (const ConfigConflict &c : conflicts)
            a.append(c.toJson());
        context.printJson(a);
        return ExitOk;
    }
    if (conflicts.isEmpty()) {
        context.out() << "no conflicts" << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("FILE"), QStringLiteral("KEY"), QStringLiteral("BASE"), QStringLiteral("OURS"),
                     QStringLiteral("THEIRS"), QStringLiteral("RESOLUTION")});
    for (const ConfigConflict &c : conflicts) {
        const bool whole = c.key.isEmpty();
        table.addRow({c.file, whole ? QStringLiteral("(whole file)") : c.key, whole ? QString() : show(c.base).left(30),
                      whole ? QString() : show(c.ours).left(30), whole ? QString() : show(c.theirs).left(30),
                      c.resolution == QLatin1String("value") ? QStringLiteral("value ") + show(c.resolvedValue) : c.resolution});
    }
    table.print(context.out());
    context.out() << "resolve each with: shipdeckctl config resolve FILE KEY ours|theirs|base (or --value V),\n"
                     "then: shipdeckctl config merge --continue" << Qt::endl;
    return ExitOk;
}

int printSync(CtlContext &context, const Result<QJsonObject> &r)
{
    if (!r)
        return context.fail(r.error());
    const QJsonObject o = r.value();
    QList<ConfigConflict> conflicts;
    for (const QJsonValue &c : o.value(QStringLiteral("conflicts")).toArray())
        conflicts.append(ConfigConflict::fromJson(c.toObject()));
    if (context.json) {
        context.printJson(o);
    } else if (!context.quiet) {
        context.out() << o.value(QStringLiteral("outcome")).toString();
        if (o.value(QStringLiteral("pushed")).toBool() && o.value(QStringLiteral("outcome")).toString() != QLatin1String("pushed"))
            context.out() << ", pushed";
        if (!o.value(QStringLiteral("message")).toString().isEmpty())
            context.out() << ": " << o.value(QStringLiteral("message")).toString();
        context.out() << Qt::endl;
        if (!conflicts.isEmpty())
            printConflicts(context, conflicts);
    }
    return conflicts.isEmpty() ? ExitOk : ExitRefused;
}

int runConfig(CtlContext &context, const QStringList &all)
{
    const QString sub = all.value(0);
    auto parsed = parseArgs(all.mid(1),
                            QStringList{QStringLiteral("--env"), QStringLiteral("-m"), QStringLiteral("-n"), QStringLiteral("--from"),
                                        QStringLiteral("--remote"), QStringLiteral("--to"), QStringLiteral("--value")} + kCredentialOptions,
                            {QStringLiteral("--string"), QStringLiteral("--rebase"), QStringLiteral("--no-push"), QStringLiteral("--preview"),
                             QStringLiteral("--apply"), QStringLiteral("--continue"), QStringLiteral("--abort")});
    if (!parsed)
        return context.usage(parsed.error().message(), kUsage);
    const Args &a = parsed.value();
    const QString env = a.options.value(QStringLiteral("--env"));
    auto need = [&](int n) { return a.positional.size() >= n; };
    if (sub.isEmpty() || sub == QLatin1String("help"))
        return context.usage(QStringLiteral("config needs a subcommand"), kUsage);

    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    QTextStream &out = context.out();
    if (sub == QLatin1String("use") || sub == QLatin1String("author")) {
        const bool use = sub == QLatin1String("use");
        if (!need(use ? 1 : 2))
            return context.usage(use ? QStringLiteral("use needs a PATH") : QStringLiteral("author needs NAME and EMAIL"), kUsage);
        QList<QPair<QString, QString>> values;
        if (use)
            values.append({QStringLiteral("config.repository"), QDir(a.positional.at(0)).absolutePath()});
        else
            values += {{QStringLiteral("config.author.name"), a.positional.at(0)}, {QStringLiteral("config.author.email"), a.positional.at(1)}};
        auto saved = context.await(backend.value()->post([values](BackendCore &core) -> Result<void> {
            SD_TRY(Workspace * ws, core.workspace());
            for (const auto &[key, value] : values)
                SD_CHECK(SettingsRepository(ws->db()).setValue(key, value));
            return success();
        }));
        QJsonObject json;
        for (const auto &[key, value] : values)
            json.insert(key, value);
        return finish(context, saved, [&]() {
            for (const auto &[key, value] : values)
                out << key << " = " << value << '\n';
            if (use)
                out << "used from the next time the workspace opens" << '\n';
        }, [&]() { return json; });
    }
    ConfigClient client(backend.value());

    if (sub == QLatin1String("init")) {
        const QStringList envs = a.repeated.isEmpty() ? QStringList{QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")}
                                                      : a.repeated;
        return finish(context, context.await(client.initRepository(envs)),
                      [&](const QJsonObject &o) { out << "created configuration repository " << o.value(QStringLiteral("path")).toString()
                                                      << " (" << envs.join(QStringLiteral(", ")) << ")" << Qt::endl; },
                      [](const QJsonObject &o) { return o; });
    }
    if (sub == QLatin1String("clone")) {
        if (!need(1))
            return context.usage(QStringLiteral("clone needs a URL"), kUsage);
        return finish(context, context.await(client.clone(a.positional.first(), credentials(a))),
                      [&](const QJsonObject &o) { out << "cloned into " << o.value(QStringLiteral("path")).toString() << Qt::endl; },
                      [](const QJsonObject &o) { return o; });
    }
    if (sub == QLatin1String("info")) {
        return finish(context, context.await(client.info()), [&](const QJsonObject &o) {
            out << "repository    " << o.value(QStringLiteral("path")).toString() << '\n'
                << "branch        " << o.value(QStringLiteral("branch")).toString()
                << (o.value(QStringLiteral("upstream")).toString().isEmpty() ? QString()
                        : QStringLiteral(" (tracks %1, %2 ahead, %3 behind)").arg(o.value(QStringLiteral("upstream")).toString())
                              .arg(o.value(QStringLiteral("ahead")).toInt()).arg(o.value(QStringLiteral("behind")).toInt())) << '\n'
                << "head          " << o.value(QStringLiteral("head")).toString().left(12) << '\n'
                << "environments  " << o.value(QStringLiteral("environments")).toVariant().toStringList().join(QStringLiteral(", ")) << '\n'
                << "files         " << o.value(QStringLiteral("namespaces")).toVariant().toStringList().join(QStringLiteral(", ")) << '\n'
                << "version       " << o.value(QStringLiteral("version")).toInt() << '\n'
                << "uncommitted   " << o.value(QStringLiteral("uncommitted")).toInt() << " file(s)\n"
                << "conflicts     " << o.value(QStringLiteral("pendingConflicts")).toInt() << '\n';
        }, [](const QJsonObject &o) { return o; });
    }
    if (sub == QLatin1String("get")) {
        if (!need(1))
            return context.usage(QStringLiteral("get needs a KEY"), kUsage);
        auto r = context.await(client.getConfiguration(a.positional.first(), env));
        if (r && !r.value().found)
            return context.fail(Error(ErrorCode::NotFound, QStringLiteral("'%1' is not set%2").arg(a.positional.first(),
                                                               env.isEmpty() ? QString() : QStringLiteral(" in %1").arg(env))));
        return finish(context, r, [&](const ConfigValue &v) {
            out << show(v.value) << "\t# " << where(v) << " (" << v.layer << ")" << Qt::endl;
        }, [](const ConfigValue &v) { return v.toJson(); });
    }
    if (sub == QLatin1String("set") || sub == QLatin1String("unset")) {
        const bool set = sub == QLatin1String("set");
        if (!need(set ? 2 : 1))
            return context.usage(set ? QStringLiteral("set needs KEY and VALUE") : QStringLiteral("unset needs KEY"), kUsage);
        auto r = context.await(set ? client.setConfiguration(a.positional.at(0), env, parseValue(a.positional.at(1), a.flags.contains(QStringLiteral("--string"))))
                                   : client.unsetConfiguration(a.positional.at(0), env));
        return finish(context, r, [&](const QString &file) { out << (set ? "set " : "removed ") << a.positional.at(0) << " in " << file << Qt::endl; },
                      [&](const QString &file) { return QJsonObject{{QStringLiteral("key"), a.positional.at(0)}, {QStringLiteral("file"), file}}; });
    }
    if (sub == QLatin1String("effective")) {
        const auto issues = context.await(client.validateConfiguration(env));
        return finish(context, context.await(client.effective(env)), [&](const QList<ConfigValue> &values) {
            TextTable table({QStringLiteral("KEY"), QStringLiteral("VALUE"), QStringLiteral("FROM")});
            for (const ConfigValue &v : values)
                table.addRow({v.key, show(v.value).left(60), where(v)});
            table.print(out);
            for (const ConfigIssue &i : issues.valueOr({})) {
                if (i.source == QLatin1String("yaml"))
                    context.err() << "warning: left out, does not parse: " << i.toString() << Qt::endl;
            }
        }, [](const QList<ConfigValue> &values) {
            QJsonArray array;
            for (const ConfigValue &v : values)
                array.append(v.toJson());
            return array;
        });
    }
    if (sub == QLatin1String("validate")) {
        auto r = context.await(client.validateConfiguration(env));
        const int code = finish(context, r, [&](const QList<ConfigIssue> &issues) {
            for (const ConfigIssue &i : issues)
                out << i.toString() << '\n';
            out << (issues.isEmpty() ? "ok" : QStringLiteral("%1 problem(s)").arg(issues.size())) << Qt::endl;
        }, [](const QList<ConfigIssue> &issues) {
            QJsonArray array;
            for (const ConfigIssue &i : issues)
                array.append(i.toJson());
            return array;
        });
        return code == ExitOk && r && !r.value().isEmpty() ? ExitCheckFailed : code;
    }
    if (sub == QLatin1String("status")) {
        return finish(context, context.await(client.status()), [&](const QList<GitStatusEntry> &entries) {
            for (const GitStatusEntry &e : entries)
                out << e.status.leftJustified(11) << e.path << '\n';
            if (entries.isEmpty())
                out << "nothing to commit" << '\n';
        }, [](const QList<GitStatusEntry> &entries) {
            QJsonArray array;
            for (const GitStatusEntry &e : entries)
                array.append(QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("status"), e.status}, {QStringLiteral("staged"), e.staged}});
            return array;
        });
    }
    if (sub == QLatin1String("diff")) {
        return finish(context, context.await(client.diff(a.positional.value(0), a.positional.value(1), a.afterDashDash)),
                      [&](const QList<GitFileDiff> &diffs) { for (const GitFileDiff &d : diffs) out << d.patch; },
                      [](const QList<GitFileDiff> &diffs) {
                          QJsonArray array;
                          for (const GitFileDiff &d : diffs)
                              array.append(diffJson(d));
                          return array;
                      });
    }
    if (sub == QLatin1String("commit")) {
        if (!a.options.contains(QStringLiteral("-m")))
            return context.usage(QStringLiteral("commit needs -m MESSAGE"), kUsage);
        return finish(context, context.await(client.commit(a.options.value(QStringLiteral("-m")), a.positional)),
                      [&](const QString &id) { out << "committed " << id.left(12) << Qt::endl; },
                      [](const QString &id) { return QJsonObject{{QStringLiteral("id"), id}}; });
    }
    if (sub == QLatin1String("log")) {
        const int limit = a.options.value(QStringLiteral("-n"), QStringLiteral("50")).toInt();
        return finish(context, context.await(client.log(a.positional.value(0), limit)), [&](const QList<GitCommitInfo> &commits) {
            for (const GitCommitInfo &c : commits)
                out << c.id.left(10) << "  " << formatTime(c.timeMs) << "  " << c.authorName.leftJustified(16) << "  " << c.summary << '\n';
        }, [](const QList<GitCommitInfo> &commits) {
            QJsonArray array;
            for (const GitCommitInfo &c : commits)
                array.append(commitJson(c));
            return array;
        });
    }
    if (sub == QLatin1String("blame")) {
        if (!need(1))
            return context.usage(QStringLiteral("blame needs a FILE"), kUsage);
        return finish(context, context.await(client.blame(a.positional.first())), [&](const QList<GitBlameLine> &lines) {
            for (const GitBlameLine &l : lines)
                out << l.commitId.left(8) << " " << l.authorName.leftJustified(14).left(14) << " " << QString::number(l.line).rightJustified(4)
                    << "  " << l.text << '\n';
        }, [](const QList<GitBlameLine> &lines) {
            QJsonArray array;
            for (const GitBlameLine &l : lines)
                array.append(QJsonObject{{QStringLiteral("line"), l.line}, {QStringLiteral("commit"), l.commitId},
                                         {QStringLiteral("author"), l.authorName}, {QStringLiteral("text"), l.text}});
            return array;
        });
    }
    if (sub == QLatin1String("branch")) {
        if (need(1)) {
            return finish(context, context.await(client.createBranch(a.positional.first(), a.options.value(QStringLiteral("--from"), QStringLiteral("HEAD")))),
                          [&]() { out << "created branch " << a.positional.first() << Qt::endl; },
                          [&]() { return QJsonObject{{QStringLiteral("branch"), a.positional.first()}}; });
        }
        return finish(context, context.await(client.branches()), [&](const QList<GitBranchInfo> &branches) {
            for (const GitBranchInfo &b : branches) {
                out << (b.current ? "* " : "  ") << b.name;
                if (!b.upstream.isEmpty())
                    out << "  [" << b.upstream << ": " << b.ahead << " ahead, " << b.behind << " behind]";
                out << '\n';
            }
        }, [](const QList<GitBranchInfo> &branches) {
            QJsonArray array;
            for (const GitBranchInfo &b : branches)
                array.append(QJsonObject{{QStringLiteral("name"), b.name}, {QStringLiteral("current"), b.current}, {QStringLiteral("remote"), b.remote},
                                         {QStringLiteral("upstream"), b.upstream}, {QStringLiteral("ahead"), b.ahead}, {QStringLiteral("behind"), b.behind},
                                         {QStringLiteral("target"), b.target}});
            return array;
        });
    }
    if (sub == QLatin1String("switch")) {
        if (!need(1))
            return context.usage(QStringLiteral("switch needs a BRANCH"), kUsage);
        return finish(context, context.await(client.switchBranch(a.positional.first())),
                      [&]() { out << "switched to " << a.positional.first() << Qt::endl; },
                      [&]() { return QJsonObject{{QStringLiteral("branch"), a.positional.first()}}; });
    }
    if (sub == QLatin1String("revert")) {
        if (!need(1))
            return context.usage(QStringLiteral("revert needs a COMMIT"), kUsage);
        return finish(context, context.await(client.revert(a.positional.first())),
                      [&](const QString &id) { out << "reverted " << a.positional.first() << " in " << id.left(12) << Qt::endl; },
                      [](const QString &id) { return QJsonObject{{QStringLiteral("id"), id}}; });
    }
    if (sub == QLatin1String("remote")) {
        if (!need(2))
            return context.usage(QStringLiteral("remote needs NAME and URL"), kUsage);
        return finish(context, context.await(client.setRemote(a.positional.at(0), a.positional.at(1))),
                      [&]() { out << "remote " << a.positional.at(0) << " = " << a.positional.at(1) << Qt::endl; },
                      [&]() { return QJsonObject{{QStringLiteral("name"), a.positional.at(0)}, {QStringLiteral("url"), a.positional.at(1)}}; });
    }
    if (sub == QLatin1String("sync")) {
        ConfigSyncRequest r = credentials(a);
        r.remote = a.options.value(QStringLiteral("--remote"), QStringLiteral("origin"));
        r.strategy = a.flags.contains(QStringLiteral("--rebase")) ? QStringLiteral("rebase") : QStringLiteral("merge");
        r.push = !a.flags.contains(QStringLiteral("--no-push"));
        return printSync(context, context.await(client.sync(r)));
    }
    if (sub == QLatin1String("conflicts")) {
        auto r = context.await(client.conflicts());
        if (!r)
            return context.fail(r.error());
        return printConflicts(context, r.value());
    }
    if (sub == QLatin1String("resolve")) {
        const bool byValue = a.options.contains(QStringLiteral("--value"));
        if (!need(byValue ? 2 : 3))
            return context.usage(QStringLiteral("resolve needs FILE KEY and ours|theirs|base or --value VALUE"), kUsage);
        const QString resolution = byValue ? QStringLiteral("value") : a.positional.at(2);
        const QJsonValue value = byValue ? parseValue(a.options.value(QStringLiteral("--value")), a.flags.contains(QStringLiteral("--string")))
                                         : QJsonValue(QJsonValue::Undefined);
        return finish(context, context.await(client.resolveConflict(a.positional.at(0), a.positional.at(1), resolution, value)),
                      [&]() { out << "resolved " << a.positional.at(0) << ":" << a.positional.at(1) << " with " << resolution << Qt::endl; },
                      [&]() { return QJsonObject{{QStringLiteral("file"), a.positional.at(0)}, {QStringLiteral("key"), a.positional.at(1)},
                                                     {QStringLiteral("resolution"), resolution}}; });
    }
    if (sub == QLatin1String("merge")) {
        if (a.flags.contains(QStringLiteral("--abort"))) {
            return finish(context, context.await(client.abortMerge()), [&]() { out << "merge aborted; nothing was changed" << Qt::endl; },
                          []() { return QJsonObject{{QStringLiteral("aborted"), true}}; });
        }
        if (!a.flags.contains(QStringLiteral("--continue")))
            return context.usage(QStringLiteral("merge needs --continue or --abort"), kUsage);
        return printSync(context, context.await(client.completeMerge(credentials(a))));
    }
    if (sub == QLatin1String("migrate")) {
        const int to = a.options.value(QStringLiteral("--to"), QStringLiteral("-1")).toInt();
        const bool apply = a.flags.contains(QStringLiteral("--apply"));
        if (apply == a.flags.contains(QStringLiteral("--preview")))
            return context.usage(QStringLiteral("migrate needs --preview or --apply"), kUsage);
        auto r = context.await(apply ? client.migrateConfiguration(to) : client.previewMigrations(to));
        return finish(context, r, [&](const QJsonObject &o) {
            const QStringList applied = o.value(QStringLiteral("applied")).toVariant().toStringList();
            if (applied.isEmpty()) {
                out << "configuration is at version " << o.value(QStringLiteral("fromVersion")).toInt() << "; no migration to apply" << Qt::endl;
                return;
            }
            out << (apply ? "applied" : "would apply") << " migrations " << o.value(QStringLiteral("fromVersion")).toInt() << " -> "
                << o.value(QStringLiteral("toVersion")).toInt() << ":\n";
            for (const QString &m : applied)
                out << "  " << m << '\n';
            if (!apply)
                out << '\n' << o.value(QStringLiteral("diff")).toString();
            out.flush();
        }, [](const QJsonObject &o) { return o; });
    }
    return context.usage(QStringLiteral("unknown config subcommand '%1'").arg(sub), kUsage);
}

} // namespace

SD_CTL_COMMAND(config, {QStringLiteral("config"), QStringLiteral("edit, validate, commit and sync the configuration repository"),
                        kUsage, runConfig});

} // namespace shipdeck::ctl
