#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/components/componentcodec.h"
#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl components list\n"
    "       shipdeckctl components show ID\n"
    "       shipdeckctl components add FILE\n"
    "       shipdeckctl components remove ID\n"
    "       shipdeckctl components order\n"
    "       shipdeckctl components health [ID] [--timeout SECONDS]\n"
    "\n"
    "list    registered components in deploy order (dependencies first)\n"
    "show    one component as YAML (the schema of docs/components.md)\n"
    "add     adds or updates the components of a YAML file (one document per component);\n"
    "        the whole file is refused if one of them is invalid, a dependency is missing or\n"
    "        the dependencies form a cycle\n"
    "remove  unregisters a component that no other component depends on\n"
    "order   the deploy order\n"
    "health  starts the stable version of ID (or of every component) on the local provider,\n"
    "        after its dependencies, waits up to --timeout (default 20 s) for the readiness\n"
    "        probes, prints each instance's state, then stops them. Exit code 6 when an\n"
    "        instance did not become ready.");

int list(CtlContext &context, const QStringList &args)
{
    if (!args.isEmpty())
        return context.usage(QStringLiteral("unexpected argument '%1'").arg(args.first()), kUsage);
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto components = context.await(LocalProviderClient(backend.value()).components());
    if (!components)
        return context.fail(components.error());
    if (context.json) {
        QJsonArray array;
        for (const auto &c : components.value())
            array.append(ComponentCodec::toJson(c));
        context.printJson(array);
        return ExitOk;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("VERSION"), QStringLiteral("TYPE"),
                     QStringLiteral("REPLICAS"), QStringLiteral("PROBE"), QStringLiteral("DEPENDS ON"),
                     QStringLiteral("OTHER VERSIONS")});
    for (const auto &c : components.value()) {
        QStringList others = c.versions.keys();
        others.removeAll(c.version);
        table.addRow({c.id, c.name, c.version, ComponentCodec::typeName(c.type),
                      QStringLiteral("%1-%2").arg(c.scaling.minReplicas).arg(c.scaling.maxReplicas),
                      ComponentCodec::probeKindName(c.healthCheck.kind),
                      c.dependencies.isEmpty() ? QStringLiteral("-") : c.dependencies.join(QStringLiteral(", ")),
                      others.isEmpty() ? QStringLiteral("-") : others.join(QStringLiteral(", "))});
    }
    if (table.isEmpty())
        context.out() << "no components (add some with: shipdeckctl components add FILE)" << Qt::endl;
    else
        table.print(context.out());
    return ExitOk;
}

int show(CtlContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usage(QStringLiteral("show needs a component id"), kUsage);
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto component = context.await(LocalProviderClient(backend.value()).component(args.first()));
    if (!component)
        return context.fail(component.error());
    if (context.json)
        context.printJson(ComponentCodec::toJson(component.value()));
    else
        context.out() << QString::fromUtf8(ComponentCodec::toYaml(component.value())) << Qt::flush;
    return ExitOk;
}

int add(CtlContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usage(QStringLiteral("add needs one YAML file"), kUsage);
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto added = context.await(LocalProviderClient(backend.value()).addFromFile(args.first()));
    if (!added)
        return context.fail(added.error());
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(added.value())}});
    else
        context.out() << "registered " << added.value().join(QStringLiteral(", ")) << Qt::endl;
    return ExitOk;
}

int remove(CtlContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.usage(QStringLiteral("remove needs a component id"), kUsage);
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto removed = context.await(LocalProviderClient(backend.value()).remove(args.first()));
    if (!removed)
        return context.fail(removed.error());
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("removed"), args.first()}});
    else
        context.out() << "removed " << args.first() << Qt::endl;
    return ExitOk;
}

int order(CtlContext &context, const QStringList &)
{
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    auto order = context.await(LocalProviderClient(backend.value()).deployOrder());
    if (!order)
        return context.fail(order.error());
    if (context.json)
        context.printJson(QJsonArray::fromStringList(order.value()));
    else
        context.out() << order.value().join(QStringLiteral(" → ")) << Qt::endl;
    return ExitOk;
}

bool allReady(const QJsonObject &health)
{
    for (const QJsonValue &c : health.value(QStringLiteral("components")).toArray()) {
        if (c.toObject().value(QStringLiteral("state")).toString() != QLatin1String("healthy"))
            return false;
    }
    return true;
}

int health(CtlContext &context, QStringList args)
{
    QString id;
    int timeoutS = 20;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--timeout") && !args.isEmpty())
            timeoutS = std::max(1, args.takeFirst().toInt());
        else if (!a.startsWith(QLatin1String("--")) && id.isEmpty())
            id = a;
        else
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
    }
    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    LocalProviderClient client(backend.value());
    QStringList targets{id};
    if (id.isEmpty()) {
        auto order = context.await(client.deployOrder());
        if (!order)
            return context.fail(order.error());
        targets = order.value();
    }
    for (const QString &target : targets) {
        auto deployed = context.await(client.deployStable(target));
        if (!deployed)
            return context.fail(deployed.error());
    }
    // Poll the provider until every instance is ready or the time is up.
    QDeadlineTimer deadline{std::chrono::seconds(timeoutS)};
    QElapsedTimer waited;
    waited.start();
    Result<QJsonObject> report = QJsonObject{};
    while (true) {
        report = context.await(client.health(id));
        if (!report)
            return context.fail(report.error());
        if (allReady(report.value()) || deadline.hasExpired())
            break;
        QEventLoop loop;
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const bool healthy = allReady(report.value());
    if (context.json) {
        QJsonObject out = report.value();
        out.insert(QStringLiteral("healthy"), healthy);
        out.insert(QStringLiteral("waitedMs"), double(waited.elapsed()));
        context.printJson(out);
        return healthy ? ExitOk : ExitCheckFailed;
    }
    TextTable table({QStringLiteral("COMPONENT"), QStringLiteral("INSTANCE"), QStringLiteral("PORT"), QStringLiteral("PID"),
                     QStringLiteral("READY"), QStringLiteral("RESTARTS"), QStringLiteral("LAST ERROR")});
    for (const QJsonValue &cv : report.value().value(QStringLiteral("components")).toArray()) {
        const QJsonObject c = cv.toObject();
        for (const QJsonValue &vv : c.value(QStringLiteral("versions")).toArray()) {
            for (const QJsonValue &iv : vv.toObject().value(QStringLiteral("instances")).toArray()) {
                const QJsonObject i = iv.toObject();
                table.addRow({c.value(QStringLiteral("id")).toString(), i.value(QStringLiteral("id")).toString(),
                              QString::number(i.value(QStringLiteral("port")).toInt()),
                              QString::number(qint64(i.value(QStringLiteral("pid")).toDouble())),
                              i.value(QStringLiteral("ready")).toBool() ? QStringLiteral("yes") : QStringLiteral("no"),
                              QString::number(i.value(QStringLiteral("restarts")).toInt()),
                              i.value(QStringLiteral("lastError")).toString().left(60)});
            }
        }
    }
    table.print(context.out());
    context.out() << (healthy ? "all instances ready after " : "NOT all instances ready after ")
                  << formatDuration(waited.elapsed()) << " (instances are stopped again now)" << Qt::endl;
    return healthy ? ExitOk : ExitCheckFailed;
}

int run(CtlContext &context, const QStringList &args)
{
    if (args.isEmpty())
        return context.usage(QStringLiteral("components needs a subcommand"), kUsage);
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return list(context, rest);
    if (sub == QLatin1String("show"))
        return show(context, rest);
    if (sub == QLatin1String("add"))
        return add(context, rest);
    if (sub == QLatin1String("remove"))
        return remove(context, rest);
    if (sub == QLatin1String("order"))
        return order(context, rest);
    if (sub == QLatin1String("health"))
        return health(context, rest);
    return context.usage(QStringLiteral("unknown subcommand '%1'").arg(sub), kUsage);
}

} // namespace

SD_CTL_COMMAND(components, {QStringLiteral("components"),
                            QStringLiteral("register, inspect and health-check components (list|show|add|remove|order|health)"),
                            kUsage, run});

} // namespace shipdeck::ctl
