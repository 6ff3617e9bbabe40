#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/facade/backend.h"
#include "backend/kube/kubeclient.h"
#include "backend/kube/kubelogbuffer.h"
#include "backend/kube/kubeservice.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>


namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl kube [--kubeconfig FILE] [--context NAME] [-n NS | -A] COMMAND …\n"
    "\n"
    "  contexts                         contexts of the kubeconfig, the selected one marked\n"
    "  use-context NAME                 select a context for this workspace (the kubeconfig is not changed)\n"
    "  use-namespace NS                 select the namespace of the selected context\n"
    "  get KIND [NAME] [-l SEL] [-o wide|yaml|json]\n"
    "                                   list objects (built-in kinds, Argo Rollouts, any CRD) or show one\n"
    "  describe KIND NAME               the object as YAML\n"
    "  logs POD|KIND/NAME [-c C] [-l SEL] [-f] [--previous] [--timestamps] [--since 5m] [--tail N]\n"
    "                                   logs of a pod, or of all pods of a workload merged by time\n"
    "  scale KIND/NAME --replicas N     set the replica count\n"
    "  restart KIND/NAME                restart the pods of a workload (rollout restart)\n"
    "  delete KIND NAME --yes           delete an object\n"
    "  rollout-settings [KEY [VALUE] | KEY --unset]\n"
    "                                   show or set the kube.rollout.* settings of cluster rollouts\n"
    "                                   (traffic, strategy, namespace, leaseSeconds …; see docs/kubernetes.md)\n"
    "  argo list                        Argo Rollouts with phase, step and weight\n"
    "  argo get NAME                    one Rollout: steps, pause reasons, analysis runs and measurements\n"
    "  argo promote NAME [--full] | abort NAME | retry NAME | pause NAME\n"
    "  argo restart NAME [--in SECONDS] | undo NAME [--to-revision N]\n"
    "                                   the same patches `kubectl argo rollouts` sends\n"
    "\n"
    "The kubeconfig is read as kubectl reads it ($KUBECONFIG, else ~/.kube/config).");

struct Options
{
    QString kubeconfig;
    QString context;
    QString ns;
    bool allNamespaces = false;
    QString selector;
    QString output;
    QString container;
    bool follow = false;
    bool previous = false;
    bool timestamps = false;
    bool yes = false;
    bool full = false;
    bool unset = false;
    qint64 sinceSeconds = 0;
    int tail = -1;
    int replicas = -1;
    qint64 number = 0;
    QStringList positional;
};

Result<qint64> parseDuration(const QString &text)
{
    static const QHash<QChar, qint64> units{{QLatin1Char('s'), 1}, {QLatin1Char('m'), 60}, {QLatin1Char('h'), 3600}};
    bool ok = false;
    const qint64 plain = text.toLongLong(&ok);
    if (ok)
        return plain;
    if (text.size() >= 2 && units.contains(text.back())) {
        const qint64 n = text.chopped(1).toLongLong(&ok);
        if (ok)
            return n * units.value(text.back());
    }
    return Error(ErrorCode::InvalidArgument, QStringLiteral("invalid duration \"%1\" (use 30s, 5m or 2h)").arg(text));
}

Result<Options> parse(QStringList args)
{
    Options o;
    auto value = [&args](const QString &flag) -> Result<QString> {
        if (args.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 needs a value").arg(flag));
        return args.takeFirst();
    };
    while (!args.isEmpty()) {
        QString a = args.takeFirst();
        QString inlineValue;
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            inlineValue = a.section(QLatin1Char('='), 1);
            a = a.section(QLatin1Char('='), 0, 0);
            args.prepend(inlineValue);
        }
        if (a == QLatin1String("--kubeconfig")) {
            SD_TRY(o.kubeconfig, value(a));
        } else if (a == QLatin1String("--context")) {
            SD_TRY(o.context, value(a));
        } else if (a == QLatin1String("-n") || a == QLatin1String("--namespace")) {
            SD_TRY(o.ns, value(a));
        } else if (a == QLatin1String("-A") || a == QLatin1String("--all-namespaces")) {
            o.allNamespaces = true;
        } else if (a == QLatin1String("-l") || a == QLatin1String("--selector")) {
            SD_TRY(o.selector, value(a));
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            SD_TRY(o.output, value(a));
        } else if (a == QLatin1String("-c") || a == QLatin1String("--container")) {
            SD_TRY(o.container, value(a));
        } else if (a == QLatin1String("-f") || a == QLatin1String("--follow")) {
            o.follow = true;
        } else if (a == QLatin1String("-p") || a == QLatin1String("--previous")) {
            o.previous = true;
        } else if (a == QLatin1String("--timestamps")) {
            o.timestamps = true;
        } else if (a == QLatin1String("--yes") || a == QLatin1String("-y")) {
            o.yes = true;
        } else if (a == QLatin1String("--full")) {
            o.full = true;
        } else if (a == QLatin1String("--unset")) {
            o.unset = true;
        } else if (a == QLatin1String("--since")) {
            SD_TRY(const QString v, value(a));
            SD_TRY(o.sinceSeconds, parseDuration(v));
        } else if (a == QLatin1String("--tail")) {
            SD_TRY(const QString v, value(a));
            o.tail = v.toInt();
        } else if (a == QLatin1String("--replicas")) {
            SD_TRY(const QString v, value(a));
            bool ok = false;
            o.replicas = v.toInt(&ok);
            if (!ok || o.replicas < 0)
                return Error(ErrorCode::InvalidArgument, QStringLiteral("--replicas needs a number ≥ 0, not \"%1\"").arg(v));
        } else if (a == QLatin1String("--to-revision") || a == QLatin1String("--in")) {
            SD_TRY(const QString v, value(a));
            SD_TRY(o.number, parseDuration(v));
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown flag \"%1\"").arg(a));
        } else {
            o.positional.append(a);
        }
    }
    return o;
}

QString age(qint64 createdMs)
{
    if (createdMs <= 0)
        return QStringLiteral("<unknown>");
    const qint64 s = (QDateTime::currentMSecsSinceEpoch() - createdMs) / 1000;
    if (s < 120)
        return QStringLiteral("%1s").arg(s);
    if (s < 7200)
        return QStringLiteral("%1m").arg(s / 60);
    if (s < 172800)
        return QStringLiteral("%1h").arg(s / 3600);
    return QStringLiteral("%1d").arg(s / 86400);
}

// KIND/NAME or KIND NAME.
QPair<QString, QString> kindAndName(const Options &o)
{
    const QString first = o.positional.value(1);
    if (first.contains(QLatin1Char('/')))
        return {first.section(QLatin1Char('/'), 0, 0), first.section(QLatin1Char('/'), 1)};
    return {first, o.positional.value(2)};
}

class Kube
{
public:
    Kube(CtlContext &context, Options options) : m_context(context), m_o(std::move(options)) {}

    int run()
    {
        auto backend = m_context.backend(true);
        if (!backend)
            return m_context.fail(backend.error());
        m_client = std::make_unique<KubeClient>(backend.value());
        if (!m_o.kubeconfig.isEmpty()) {
            auto set = m_context.await(m_client->setKubeconfig(m_o.kubeconfig));
            if (!set)
                return m_context.fail(set.error());
        }
        if (!m_o.context.isEmpty())
            (void)m_context.await(m_client->setContextOverride(m_o.context));
        const QString sub = m_o.positional.value(0);
        if (sub == QLatin1String("contexts"))
            return contexts();
        if (sub == QLatin1String("use-context"))
            return done(m_client->useContext(m_o.positional.value(1)), QStringLiteral("Switched to context \"%1\".").arg(m_o.positional.value(1)));
        if (sub == QLatin1String("use-namespace"))
            return done(m_client->useNamespace(m_o.positional.value(1)), QStringLiteral("Namespace set to \"%1\".").arg(m_o.positional.value(1)));
        if (sub == QLatin1String("get"))
            return get();
        if (sub == QLatin1String("describe")) {
            m_o.output = QStringLiteral("yaml");
            return get();
        }
        if (sub == QLatin1String("logs"))
            return logs();
        if (sub == QLatin1String("scale") || sub == QLatin1String("restart") || sub == QLatin1String("delete"))
            return action(sub);
        if (sub == QLatin1String("argo"))
            return argo();
        if (sub == QLatin1String("rollout-settings"))
            return rolloutSettings();
        return m_context.usage(sub.isEmpty() ? QStringLiteral("kube needs a command") : QStringLiteral("unknown kube command '%1'").arg(sub), kUsage);
    }

private:
    QString ns() const { return m_o.allNamespaces ? QStringLiteral("*") : m_o.ns; }

    int done(QFuture<Result<void>> f, const QString &message)
    {
        auto r = m_context.await(f);
        if (!r)
            return m_context.fail(r.error());
        if (m_context.json)
            m_context.printJson(QJsonObject{{QStringLiteral("ok"), true}});
        else if (!m_context.quiet)
            m_context.out() << message << Qt::endl;
        return ExitOk;
    }

    int message(QFuture<Result<QString>> f)
    {
        auto r = m_context.await(f);
        if (!r)
            return m_context.fail(r.error());
        if (m_context.json)
            m_context.printJson(QJsonObject{{QStringLiteral("message"), r.value()}});
        else if (!m_context.quiet)
            m_context.out() << r.value() << Qt::endl;
        return ExitOk;
    }

    int rolloutSettings()
    {
        const QString key = m_o.positional.value(1);
        if (!key.isEmpty()) {
            if (m_o.unset == (m_o.positional.size() > 2) || m_o.positional.size() > 3)
                return m_context.usage(QStringLiteral("rollout-settings KEY needs either a VALUE or --unset"), kUsage);
            const QString value = m_o.unset ? QString() : m_o.positional.value(2);
            return done(m_client->setRolloutSetting(key, value),
                        m_o.unset ? QStringLiteral("%1 is back to its default.").arg(key) : QStringLiteral("%1 set to \"%2\".").arg(key, value));
        }
        auto r = m_context.await(m_client->rolloutSettings());
        if (!r)
            return m_context.fail(r.error());
        if (m_context.json) {
            m_context.printJson(QJsonObject{{QStringLiteral("settings"), r.value()}});
            return ExitOk;
        }
        TextTable table({QStringLiteral("SETTING"), QStringLiteral("VALUE"), QStringLiteral("DEFAULT"), QStringLiteral("MEANING")});
        for (const auto &v : r.value()) {
            const QJsonObject s = v.toObject();
            table.addRow({s.value(QLatin1String("key")).toString(), s.value(QLatin1String("value")).toString(),
                          s.value(QLatin1String("default")).toString(), s.value(QLatin1String("description")).toString()});
        }
        table.print(m_context.out());
        return ExitOk;
    }

    int contexts()
    {
        auto r = m_context.await(m_client->contexts());
        if (!r)
            return m_context.fail(r.error());
        if (m_context.json) {
            m_context.printJson(r.value());
            return ExitOk;
        }
        TextTable table({QStringLiteral("CURRENT"), QStringLiteral("NAME"), QStringLiteral("CLUSTER"), QStringLiteral("USER"),
                         QStringLiteral("NAMESPACE"), QStringLiteral("SERVER")});
        for (const auto &v : r->value(QLatin1String("contexts")).toArray()) {
            const QJsonObject c = v.toObject();
            table.addRow({c.value(QLatin1String("current")).toBool() ? QStringLiteral("*") : QString(), c.value(QLatin1String("name")).toString(),
                          c.value(QLatin1String("cluster")).toString(), c.value(QLatin1String("user")).toString(),
                          c.value(QLatin1String("namespace")).toString(), c.value(QLatin1String("server")).toString()});
            if (c.contains(QLatin1String("warning")))
                m_context.err() << "warning: context " << c.value(QLatin1String("name")).toString() << ": "
                                << c.value(QLatin1String("warning")).toString() << Qt::endl;
        }
        for (const auto &w : r->value(QLatin1String("warnings")).toArray())
            m_context.err() << "warning: " << w.toString() << Qt::endl;
        table.print(m_context.out());
        return ExitOk;
    }

    int get()
    {
        const QString kind = m_o.positional.value(1);
        if (kind.isEmpty())
            return m_context.usage(QStringLiteral("get needs a kind (pods, deploy, rollouts …)"), kUsage);
        QString name = m_o.positional.value(2);
        QString resource = kind;
        if (kind.contains(QLatin1Char('/'))) {
            resource = kind.section(QLatin1Char('/'), 0, 0);
            name = kind.section(QLatin1Char('/'), 1);
        }
        if (!name.isEmpty()) {
            if (m_o.output == QLatin1String("json") || m_context.json) {
                auto r = m_context.await(m_client->get(resource, m_o.ns, name));
                if (!r)
                    return m_context.fail(r.error());
                m_context.printJson(r.value());
                return ExitOk;
            }
            auto r = m_context.await(m_client->getYaml(resource, m_o.ns, name));
            if (!r)
                return m_context.fail(r.error());
            m_context.out() << QString::fromUtf8(r.value());
            m_context.out().flush();
            return ExitOk;
        }
        auto r = m_context.await(m_client->listWithColumns(resource, ns(), m_o.selector));
        if (!r)
            return m_context.fail(r.error());
        if (m_context.json || m_o.output == QLatin1String("json")) {
            m_context.printJson(r.value());
            return ExitOk;
        }
        const bool wide = m_o.output == QLatin1String("wide");
        const bool showNs = m_o.allNamespaces && r->value(QLatin1String("namespaced")).toBool();
        QStringList headers;
        if (showNs)
            headers << QStringLiteral("NAMESPACE");
        headers << QStringLiteral("NAME");
        const QJsonArray columns = r->value(QLatin1String("columns")).toArray();
        const int shown = wide ? int(columns.size()) : qMin<int>(int(columns.size()), 5);
        for (int i = 0; i < shown; ++i)
            headers << columns.at(i).toString().toUpper();
        headers << QStringLiteral("AGE");
        TextTable table(headers);
        for (const auto &v : r->value(QLatin1String("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            QStringList cells;
            if (showNs)
                cells << row.value(QLatin1String("namespace")).toString();
            cells << row.value(QLatin1String("name")).toString();
            const QJsonArray c = row.value(QLatin1String("cells")).toArray();
            for (int i = 0; i < shown; ++i)
                cells << c.at(i).toString().left(wide ? 200 : 60);
            cells << age(qint64(row.value(QLatin1String("created")).toDouble()));
            table.addRow(cells);
        }
        if (table.isEmpty())
            m_context.err() << "No resources found" << (m_o.allNamespaces ? QString() : QStringLiteral(" in the namespace")) << "." << Qt::endl;
        else
            table.print(m_context.out());
        return ExitOk;
    }

    int logs()
    {
        QString target = m_o.positional.value(1);
        if (target.isEmpty() && m_o.selector.isEmpty())
            return m_context.usage(QStringLiteral("logs needs a pod, KIND/NAME or -l SELECTOR"), kUsage);
        QString pod;
        QString selector = m_o.selector;
        if (target.contains(QLatin1Char('/')) && !target.startsWith(QLatin1String("pod/"))) {
            // A workload: every pod its selector matches.
            auto object = m_context.await(m_client->get(target.section(QLatin1Char('/'), 0, 0), m_o.ns, target.section(QLatin1Char('/'), 1)));
            if (!object)
                return m_context.fail(object.error());
            const QJsonObject match = object->value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject()
                                          .value(QLatin1String("matchLabels")).toObject();
            QStringList parts;
            for (auto it = match.begin(); it != match.end(); ++it)
                parts.append(it.key() + QLatin1Char('=') + it.value().toString());
            if (parts.isEmpty())
                return m_context.fail(Error(ErrorCode::Unsupported, QStringLiteral("%1 has no label selector to find its pods").arg(target)));
            selector = parts.join(QLatin1Char(','));
        } else if (!target.isEmpty()) {
            pod = target.startsWith(QLatin1String("pod/")) ? target.mid(4) : target;
        }
        KubeLogOptions options;
        options.follow = m_o.follow;
        options.previous = m_o.previous;
        options.sinceSeconds = m_o.sinceSeconds;
        options.tailLines = m_o.tail;
        auto handle = m_context.await(m_client->openLogs(m_o.ns, pod, selector, m_o.container, options));
        if (!handle)
            return m_context.fail(handle.error());
        const auto buffer = handle->buffer;
        qsizetype printed = 0;
        QEventLoop loop;
        auto print = [&](qsizetype size) {
            const bool prefix = buffer->sources().size() > 1 || !selector.isEmpty();
            for (const auto &line : buffer->lines(printed, size - printed)) {
                QTextStream &out = m_context.out();
                if (prefix)
                    out << '[' << buffer->sourceName(line.source) << "] ";
                if (m_o.timestamps && line.timeUs > 0)
                    out << QDateTime::fromMSecsSinceEpoch(line.timeUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs) << ' ';
                out << QString::fromUtf8(line.text) << '\n';
            }
            printed = size;
            m_context.out().flush();
        };
        QObject::connect(m_client.get(), &KubeClient::logsChanged, &loop, [&](quint64 id, qsizetype size, qsizetype) {
            if (id == handle->id)
                print(size);
        });
        QObject::connect(m_client.get(), &KubeClient::logsFinished, &loop, [&](quint64 id) {
            if (id == handle->id) {
                print(buffer->size());
                loop.quit();
            }
        });
        loop.exec(); // with -f until interrupted
        m_client->closeLogs(handle->id);
        return ExitOk;
    }

    int action(const QString &verb)
    {
        const auto [kind, name] = kindAndName(m_o);
        if (kind.isEmpty() || name.isEmpty())
            return m_context.usage(QStringLiteral("%1 needs KIND/NAME").arg(verb), kUsage);
        if (verb == QLatin1String("scale")) {
            if (m_o.replicas < 0)
                return m_context.usage(QStringLiteral("scale needs --replicas N"), kUsage);
            return message(m_client->scale(kind, m_o.ns, name, m_o.replicas));
        }
        if (verb == QLatin1String("restart"))
            return message(m_client->restart(kind, m_o.ns, name));
        if (!m_o.yes)
            return m_context.fail(Error(ErrorCode::FailedPrecondition,
                                        QStringLiteral("deleting %1/%2 cannot be undone; repeat with --yes to confirm").arg(kind, name)));
        return message(m_client->remove(kind, m_o.ns, name));
    }

    int argo()
    {
        const QString sub = m_o.positional.value(1);
        const QString name = m_o.positional.value(2);
        if (sub == QLatin1String("list"))
            return argoList();
        if (name.isEmpty())
            return m_context.usage(QStringLiteral("argo %1 needs a rollout name").arg(sub), kUsage);
        if (sub == QLatin1String("get"))
            return argoGet(name);
        QString action = sub;
        if (sub == QLatin1String("promote") && m_o.full)
            action = QStringLiteral("promote-full");
        static const QStringList actions{QStringLiteral("promote"), QStringLiteral("promote-full"), QStringLiteral("abort"), QStringLiteral("retry"),
                                         QStringLiteral("pause"), QStringLiteral("restart"), QStringLiteral("undo")};
        if (!actions.contains(action))
            return m_context.usage(QStringLiteral("unknown argo command '%1'").arg(sub), kUsage);
        return message(m_client->rolloutAction(m_o.ns, name, action, m_o.number));
    }

    int argoList()
    {
        auto r = m_context.await(m_client->rollouts(ns()));
        if (!r)
            return m_context.fail(r.error());
        if (m_context.json) {
            m_context.printJson(r.value());
            return ExitOk;
        }
        TextTable table({QStringLiteral("NAME"), QStringLiteral("STRATEGY"), QStringLiteral("STATUS"), QStringLiteral("STEP"),
                         QStringLiteral("SET-WEIGHT"), QStringLiteral("READY"), QStringLiteral("DESIRED"), QStringLiteral("UP-TO-DATE"),
                         QStringLiteral("AVAILABLE")});
        for (const auto &v : r.value()) {
            const QJsonObject o = v.toObject();
            const int steps = o.value(QLatin1String("stepCount")).toInt();
            table.addRow({o.value(QLatin1String("name")).toString(), o.value(QLatin1String("strategy")).toString(),
                          o.value(QLatin1String("phase")).toString(),
                          steps > 0 ? QStringLiteral("%1/%2").arg(o.value(QLatin1String("currentStepIndex")).toInt()).arg(steps) : QStringLiteral("-"),
                          o.value(QLatin1String("strategy")).toString() == QLatin1String("Canary") ? QString::number(o.value(QLatin1String("setWeight")).toInt()) : QStringLiteral("-"),
                          QStringLiteral("%1/%2").arg(o.value(QLatin1String("ready")).toInt()).arg(o.value(QLatin1String("current")).toInt()),
                          QString::number(o.value(QLatin1String("desired")).toInt()), QString::number(o.value(QLatin1String("updated")).toInt()),
                          QString::number(o.value(QLatin1String("available")).toInt())});
        }
        if (table.isEmpty())
            m_context.err() << "No rollouts found." << Qt::endl;
        else
            table.print(m_context.out());
        return ExitOk;
    }

    int argoGet(const QString &name)
    {
        auto r = m_context.await(m_client->rollout(m_o.ns, name));
        if (!r)
            return m_context.fail(r.error());
        if (m_context.json) {
            m_context.printJson(r.value());
            return ExitOk;
        }
        const QJsonObject o = r.value();
        QTextStream &out = m_context.out();
        out << "Name:          " << o.value(QLatin1String("name")).toString() << '\n'
            << "Namespace:     " << o.value(QLatin1String("namespace")).toString() << '\n'
            << "Status:        " << o.value(QLatin1String("phase")).toString();
        if (!o.value(QLatin1String("message")).toString().isEmpty())
            out << " (" << o.value(QLatin1String("message")).toString() << ')';
        out << "\nStrategy:      " << o.value(QLatin1String("strategy")).toString() << '\n';
        const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
        if (!steps.isEmpty()) {
            out << "  Step:        " << o.value(QLatin1String("currentStepIndex")).toInt() << '/' << steps.size() << '\n'
                << "  SetWeight:   " << o.value(QLatin1String("setWeight")).toInt() << '\n';
            if (o.value(QLatin1String("actualWeight")).toInt() >= 0)
                out << "  ActualWeight: " << o.value(QLatin1String("actualWeight")).toInt() << '\n';
        }
        out << "Images:        " << o.value(QLatin1String("images")).toVariant().toStringList().join(QStringLiteral(", ")) << '\n'
            << "Replicas:      desired " << o.value(QLatin1String("desired")).toInt() << ", current " << o.value(QLatin1String("current")).toInt()
            << ", updated " << o.value(QLatin1String("updated")).toInt() << ", ready " << o.value(QLatin1String("ready")).toInt()
            << ", available " << o.value(QLatin1String("available")).toInt() << '\n';
        for (const auto &p : o.value(QLatin1String("pauseConditions")).toArray())
            out << "Paused:        " << p.toObject().value(QLatin1String("reason")).toString() << " since "
                << p.toObject().value(QLatin1String("startTime")).toString() << '\n';
        if (!steps.isEmpty()) {
            out << "\nSteps:\n";
            for (int i = 0; i < steps.size(); ++i) {
                const QJsonObject s = steps.at(i).toObject();
                const QString state = s.value(QLatin1String("state")).toString();
                out << "  " << (state == QLatin1String("done") ? "✔" : state == QLatin1String("current") ? "▶" : "○") << ' ' << i << ": "
                    << s.value(QLatin1String("summary")).toString() << '\n';
            }
        }
        for (const auto &v : o.value(QLatin1String("analysisRuns")).toArray()) {
            const QJsonObject run = v.toObject();
            out << "\nAnalysisRun " << run.value(QLatin1String("name")).toString() << ": " << run.value(QLatin1String("phase")).toString();
            if (!run.value(QLatin1String("message")).toString().isEmpty())
                out << " (" << run.value(QLatin1String("message")).toString() << ')';
            out << '\n';
            for (const auto &m : run.value(QLatin1String("metrics")).toArray()) {
                const QJsonObject metric = m.toObject();
                out << "  " << metric.value(QLatin1String("name")).toString() << ": " << metric.value(QLatin1String("phase")).toString()
                    << " (" << metric.value(QLatin1String("successful")).toInt() << " ok, " << metric.value(QLatin1String("failed")).toInt()
                    << " failed, " << metric.value(QLatin1String("inconclusive")).toInt() << " inconclusive, "
                    << metric.value(QLatin1String("error")).toInt() << " errors)";
                if (!metric.value(QLatin1String("successCondition")).toString().isEmpty())
                    out << " success: " << metric.value(QLatin1String("successCondition")).toString();
                out << '\n';
                for (const auto &x : metric.value(QLatin1String("measurements")).toArray())
                    out << "    " << x.toObject().value(QLatin1String("phase")).toString().leftJustified(12) << ' '
                        << x.toObject().value(QLatin1String("value")).toString() << "  " << x.toObject().value(QLatin1String("finishedAt")).toString() << '\n';
            }
        }
        out.flush();
        return ExitOk;
    }

    CtlContext &m_context;
    Options m_o;
    std::unique_ptr<KubeClient> m_client;
};

int runKube(CtlContext &context, const QStringList &args)
{
    auto options = parse(args);
    if (!options)
        return context.usage(options.error().message(), kUsage);
    return Kube(context, options.value()).run();
}

} // namespace

SD_CTL_COMMAND(kube, {QStringLiteral("kube"), QStringLiteral("Kubernetes clusters: contexts, objects, logs, Argo Rollouts"), kUsage, runKube});

} // namespace shipdeck::ctl
