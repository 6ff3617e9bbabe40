#include "ctlcommand.h"
#include "ctlcontext.h"

#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace shipdeck::ctl {
namespace {

const QString kUsage = QStringLiteral(
    "usage: shipdeckctl load TARGET [--rate N] [--duration SECONDS] [--connections N]\n"
    "                               [--header 'Name: value']... [--path /p]\n"
    "\n"
    "Sends GET requests at a steady rate (default 20/s for 10 s) and prints what came back:\n"
    "status classes, failures, latency p50/p99 and, through the local proxy, the share each\n"
    "version served. TARGET is an http:// URL or a registered component: then its stable version\n"
    "(and its dependencies) is started on the local provider first and the load goes through\n"
    "the component's proxy; everything is stopped at the end.");

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int run(CtlContext &context, const QStringList &argv)
{
    QStringList args = argv;
    LoadGenerator::Options options;
    options.ratePerSecond = 20;
    options.durationMs = 10'000;
    QString target;
    QString path = QStringLiteral("/");
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--rate") && !args.isEmpty()) {
            options.ratePerSecond = args.takeFirst().toDouble();
        } else if (a == QLatin1String("--duration") && !args.isEmpty()) {
            options.durationMs = qint64(args.takeFirst().toDouble() * 1000);
        } else if (a == QLatin1String("--connections") && !args.isEmpty()) {
            options.maxConnections = std::max(1, args.takeFirst().toInt());
        } else if (a == QLatin1String("--path") && !args.isEmpty()) {
            path = args.takeFirst();
        } else if (a == QLatin1String("--header") && !args.isEmpty()) {
            const QString h = args.takeFirst();
            const qsizetype colon = h.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                return context.usage(QStringLiteral("--header needs 'Name: value'"), kUsage);
            options.headers.append({h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
        } else if (!a.startsWith(QLatin1String("--")) && target.isEmpty()) {
            target = a;
        } else {
            return context.usage(QStringLiteral("unexpected argument '%1'").arg(a), kUsage);
        }
    }
    if (target.isEmpty())
        return context.usage(QStringLiteral("load needs a URL or a component"), kUsage);
    if (options.durationMs <= 0)
        return context.usage(QStringLiteral("--duration must be positive"), kUsage);

    auto backend = context.backend();
    if (!backend)
        return context.fail(backend.error());
    LocalProviderClient client(backend.value());
    if (target.startsWith(QLatin1String("http://"))) {
        options.url = QUrl(target);
    } else {
        auto deployed = context.await(client.deployStable(target));
        if (!deployed)
            return context.fail(deployed.error());
        QDeadlineTimer deadline{std::chrono::seconds(30)};
        QString endpoint;
        while (!deadline.hasExpired()) {
            auto health = context.await(client.health(target));
            if (!health)
                return context.fail(health.error());
            const QJsonObject c = health.value().value(QStringLiteral("components")).toArray().first().toObject();
            endpoint = c.value(QStringLiteral("endpoint")).toString();
            if (c.value(QStringLiteral("state")).toString() == QLatin1String("healthy"))
                break;
            wait(200);
        }
        if (deadline.hasExpired())
            return context.fail(Error(ErrorCode::Timeout, QStringLiteral("%1 did not become ready within 30 s").arg(target)));
        if (!context.quiet && !context.json)
            context.out() << target << " is ready at " << endpoint << Qt::endl;
        options.url = QUrl(endpoint + path);
    }
    auto id = context.await(client.startLoad(options));
    if (!id)
        return context.fail(id.error());
    if (!context.quiet && !context.json)
        context.out() << "sending " << options.ratePerSecond << " requests/s to " << options.url.toString() << " for "
                      << formatDuration(options.durationMs) << Qt::endl;
    Result<LoadGenerator::Stats> stats = LoadGenerator::Stats{};
    while (true) {
        wait(1000);
        stats = context.await(client.loadStats(id.value()));
        if (!stats)
            return context.fail(stats.error());
        if (!context.quiet && !context.json)
            context.out() << "  " << stats.value().completed << " answered, " << stats.value().byClass[5] << " 5xx, "
                          << stats.value().failed << " failed" << Qt::endl;
        if (stats.value().elapsedMs > 0 && stats.value().sent == stats.value().completed + stats.value().failed)
            break;
    }
    const LoadGenerator::Stats &s = stats.value();
    if (context.json) {
        context.printJson(s.toJson());
    } else {
        QTextStream &out = context.out();
        out << "sent " << s.sent << ", answered " << s.completed << " (2xx " << s.byClass[2] << ", 3xx " << s.byClass[3]
            << ", 4xx " << s.byClass[4] << ", 5xx " << s.byClass[5] << "), failed " << s.failed << ", skipped " << s.skipped
            << "\nlatency p50 " << QString::number(s.percentileMs(50), 'f', 2) << " ms, p99 "
            << QString::number(s.percentileMs(99), 'f', 2) << " ms over " << formatDuration(s.elapsedMs) << '\n';
        for (auto it = s.byVersion.cbegin(); it != s.byVersion.cend(); ++it)
            out << "version " << it.key() << ": " << it.value() << " requests\n";
        if (!s.lastFailure.isEmpty())
            out << "last failure: " << s.lastFailure << '\n';
        out.flush();
    }
    return s.failed == 0 ? ExitOk : ExitFailure;
}

} // namespace

SD_CTL_COMMAND(load, {QStringLiteral("load"), QStringLiteral("send steady HTTP load to a URL or a component (demo traffic)"),
                      kUsage, run});

} // namespace shipdeck::ctl
