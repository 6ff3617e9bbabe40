// shipdeck-demo-service: a small HTTP service whose healthy and bad versions the demo and the
// tests deploy. See docs/demo-service.md.
#include "demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shipdeck-demo-service"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIPDECK_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Shipdeck's demo HTTP service: GET / /healthz /version, POST /echo, GET /stream."));
    cli.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."), QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on."), QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Version this instance reports."), QStringLiteral("version"), QStringLiteral("0.0.0"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Service name it reports."), QStringLiteral("name"), QStringLiteral("demo"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"), QStringLiteral("Share of / requests answered 500 (0..1)."), QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Latency added to / requests."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("latency-jitter-ms"), QStringLiteral("Uniform ± jitter on that latency."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for reproducible errors and jitter (0 = random)."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption resetRate(QStringLiteral("reset-rate"), QStringLiteral("Share of / requests answered by resetting the connection."), QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption unhealthy(QStringLiteral("unhealthy"), QStringLiteral("/healthz answers 503."));
    const QCommandLineOption startupDelay(QStringLiteral("startup-delay-ms"), QStringLiteral("Wait this long before listening."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption crashAfter(QStringLiteral("crash-after-ms"), QStringLiteral("Exit with code 3 after this long (fault injection)."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption ignoreTerm(QStringLiteral("ignore-sigterm"), QStringLiteral("Ignore SIGTERM (to exercise forced stops)."));
    const QCommandLineOption drainTimeout(QStringLiteral("drain-timeout-ms"), QStringLiteral("On SIGTERM, wait at most this long for requests in progress."), QStringLiteral("ms"), QStringLiteral("10000"));
    cli.addOptions({port, host, version, name, errorRate, latency, jitter, seed, resetRate, unhealthy, startupDelay,
                    crashAfter, ignoreTerm, drainTimeout});
    cli.process(app);

    QTextStream err(stderr);
    auto number = [&](const QCommandLineOption &option, double min, double max) {
        bool ok = false;
        const double v = cli.value(option).toDouble(&ok);
        if (!ok || v < min || v > max) {
            err << "shipdeck-demo-service: --" << option.names().first() << " must be a number from " << min << " to " << max
                << ", not \"" << cli.value(option) << "\"\n";
            err.flush();
            std::exit(2);
        }
        return v;
    };
    shipdeck::demo::DemoOptions options;
    options.host = cli.value(host);
    options.port = quint16(number(port, 0, 65535));
    options.version = cli.value(version);
    options.name = cli.value(name);
    options.errorRate = number(errorRate, 0, 1);
    options.latencyMs = int(number(latency, 0, 600'000));
    options.latencyJitterMs = int(number(jitter, 0, 600'000));
    options.seed = quint64(number(seed, 0, 4294967295.0));
    options.resetRate = number(resetRate, 0, 1);
    options.unhealthy = cli.isSet(unhealthy);
    const int startupDelayMs = int(number(startupDelay, 0, 600'000));
    const int crashAfterMs = int(number(crashAfter, 0, 86'400'000));
    const int drainMs = int(number(drainTimeout, 0, 600'000));

    if (cli.isSet(ignoreTerm)) {
        std::signal(SIGTERM, SIG_IGN);
    } else if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }

    shipdeck::demo::DemoServer server(options);
    if (g_signalFds[1] >= 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            notifier->setEnabled(false);
            std::printf("received SIGTERM: draining %d request(s) in progress\n", server.inFlight());
            std::fflush(stdout);
            QObject::connect(&server, &shipdeck::demo::DemoServer::drained, &app, [] { QCoreApplication::exit(0); });
            QTimer::singleShot(drainMs, &app, [] { QCoreApplication::exit(0); });
            server.drain();
        });
    }
    if (crashAfterMs > 0) {
        QTimer::singleShot(crashAfterMs, &app, [] {
            std::fprintf(stderr, "crashing on purpose (--crash-after-ms)\n");
            std::fflush(stderr);
            std::_Exit(3);
        });
    }
    QTimer::singleShot(startupDelayMs, &app, [&] {
        auto listening = server.listen();
        if (!listening) {
            err << "shipdeck-demo-service: " << listening.error().message() << '\n';
            err.flush();
            QCoreApplication::exit(1);
            return;
        }
        std::printf("shipdeck-demo-service %s listening on http://%s:%u\n", qPrintable(options.version),
                    qPrintable(options.host), unsigned(listening.value()));
        std::fflush(stdout);
    });
    return app.exec();
}
