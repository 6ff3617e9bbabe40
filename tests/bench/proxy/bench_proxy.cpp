// Measures what the local provider's reverse proxy adds: the same wrk runs against
// shipdeck-demo-service directly (the reference) and through the proxy, alternating, in one run.
//
//   bench_proxy [--duration SECONDS] [--rounds N] [--connections N]
//
// Prints requests/s (closed loop, N connections) and p50/p99 latency of a single connection
// (sequential requests: the latency a request sees without queueing), each next to the direct
// figure and as a ratio / difference.
#include "backend/providers/localprovider.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace shipdeck;

namespace {

struct WrkResult
{
    double rps = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 errors = 0;
};

double toMs(const QString &value, const QString &unit)
{
    const double v = value.toDouble();
    return unit == QLatin1String("us") ? v / 1000 : unit == QLatin1String("s") ? v * 1000 : v;
}

WrkResult runWrk(quint16 port, int connections, int seconds)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"), {QStringLiteral("-t1"), QStringLiteral("-c%1").arg(connections),
                                      QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--latency"),
                                      QStringLiteral("http://127.0.0.1:%1/").arg(port)});
    wrk.waitForFinished(seconds * 1000 + 30'000);
    const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
    WrkResult r;
    static const QRegularExpression rps(QStringLiteral("Requests/sec:\\s+([\\d.]+)"));
    static const QRegularExpression p50(QStringLiteral("\\n\\s+50%\\s+([\\d.]+)(us|ms|s)"));
    static const QRegularExpression p99(QStringLiteral("\\n\\s+99%\\s+([\\d.]+)(us|ms|s)"));
    static const QRegularExpression errors(QStringLiteral("Non-2xx or 3xx responses: (\\d+)|Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"));
    r.rps = rps.match(out).captured(1).toDouble();
    const auto m50 = p50.match(out);
    const auto m99 = p99.match(out);
    r.p50Ms = toMs(m50.captured(1), m50.captured(2));
    r.p99Ms = toMs(m99.captured(1), m99.captured(2));
    auto it = errors.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        for (int i = 1; i <= 5; ++i)
            r.errors += m.captured(i).toLongLong();
    }
    if (r.rps == 0)
        std::fprintf(stderr, "wrk output not understood:\n%s\n", qPrintable(out));
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int seconds = option(QStringLiteral("--duration"), 5);
    const int rounds = option(QStringLiteral("--rounds"), 3);
    const int connections = option(QStringLiteral("--connections"), 32);
    if (QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty()) {
        std::fprintf(stderr, "bench_proxy needs wrk (Debian package wrk)\n");
        return 2;
    }

    LocalProviderOptions options;
    LocalProvider provider(options);
    ComponentDefinition c;
    c.id = QStringLiteral("bench");
    c.version = QStringLiteral("1.0.0");
    c.run.command = QCoreApplication::applicationDirPath() + QStringLiteral("/shipdeck-demo-service");
    c.run.args = {QStringLiteral("--port"), QStringLiteral("{port}"), QStringLiteral("--version"), QStringLiteral("{version}")};
    c.healthCheck.kind = HealthCheck::Kind::Tcp;
    c.healthCheck.periodMs = 100;
    if (auto r = provider.ensureVersion(c, c.version, 1); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return 1;
    }
    QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        const auto status = provider.status(c.id);
        if (status && !status.value().isEmpty() && status.value().first().readyReplicas == 1)
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const quint16 direct = quint16(provider.status(c.id).value().first().instances.first().port);
    const quint16 proxied = provider.proxyPort(c.id);
    std::printf("shipdeck-demo-service on 127.0.0.1:%u, proxy on 127.0.0.1:%u (own thread); wrk -t1, %d s per run, %d rounds\n",
                direct, proxied, seconds, rounds);

    QList<double> dRps, pRps, d50, p50, d99, p99;
    qint64 errors = 0;
    for (int round = 1; round <= rounds; ++round) {
        const WrkResult dt = runWrk(direct, connections, seconds);
        const WrkResult pt = runWrk(proxied, connections, seconds);
        const WrkResult dl = runWrk(direct, 1, seconds);
        const WrkResult pl = runWrk(proxied, 1, seconds);
        errors += dt.errors + pt.errors + dl.errors + pl.errors;
        dRps.append(dt.rps);
        pRps.append(pt.rps);
        d50.append(dl.p50Ms);
        p50.append(pl.p50Ms);
        d99.append(dl.p99Ms);
        p99.append(pl.p99Ms);
        std::printf("round %d: %d conns %.0f req/s direct, %.0f via proxy; 1 conn p50 %.3f / %.3f ms, p99 %.3f / %.3f ms\n",
                    round, connections, dt.rps, pt.rps, dl.p50Ms, pl.p50Ms, dl.p99Ms, pl.p99Ms);
        std::fflush(stdout);
    }
    std::printf("\nmedian of %d rounds                 direct     via proxy   ratio / added\n", rounds);
    std::printf("max requests/s (%2d connections)  %9.0f   %9.0f      %.2f\n", connections, median(dRps), median(pRps),
                median(pRps) / median(dRps));
    std::printf("p50 latency, 1 connection (ms)   %9.3f   %9.3f     +%.3f ms\n", median(d50), median(p50), median(p50) - median(d50));
    std::printf("p99 latency, 1 connection (ms)   %9.3f   %9.3f     +%.3f ms\n", median(d99), median(p99), median(p99) - median(d99));
    std::printf("errors (non-2xx, socket) over all runs: %lld\n", errors);
    provider.shutdown();
    return errors == 0 ? 0 : 1;
}
