#include "serveroptions.h"

#include <QCommandLineParser>

#ifndef SHIPDECK_KUBE_FIXTURES_DIR
#define SHIPDECK_KUBE_FIXTURES_DIR ""
#endif

namespace shipdeck::kubetest {

namespace {
Result<int> number(const QCommandLineParser &parser, const QString &name, int minimum)
{
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < minimum)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("--%1 needs an integer >= %2, got \"%3\"").arg(name).arg(minimum).arg(parser.value(name)));
    return n;
}
} // namespace

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A Kubernetes API server for tests: discovery, OpenAPI, core/apps/batch/networking/gateway/coordination "
        "resources, Argo Rollouts CRDs, watches, patches, a Deployment controller with pod logs, fault injection, "
        "TLS with a generated CA. Prints one line 'READY {json}' on stdout when it serves."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("API port (default 0: an ephemeral port)."), QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("admin-port"), QStringLiteral("Admin (fault injection, bulk load) port, plain HTTP on the bind address (default 0: ephemeral)."), QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("plain-http"), QStringLiteral("Serve the API over plain HTTP instead of TLS.")},
        {QStringLiteral("kubeconfig"), QStringLiteral("Write a kubeconfig for the server here (certificates are written next to it)."), QStringLiteral("path")},
        {QStringLiteral("data-dir"), QStringLiteral("Directory for ca.crt, admin.crt, admin.key (default: the kubeconfig's directory)."), QStringLiteral("dir")},
        {QStringLiteral("token"), QStringLiteral("Accept a bearer token: TOKEN[:USER[:GROUP,GROUP]] (repeatable; USER defaults to admin in system:masters)."), QStringLiteral("spec")},
        {QStringLiteral("anonymous"), QStringLiteral("Treat requests without credentials as system:anonymous (403) instead of 401.")},
        {QStringLiteral("tls-san"), QStringLiteral("Extra DNS name or IP in the serving certificate (repeatable)."), QStringLiteral("name")},
        {QStringLiteral("fixtures"), QStringLiteral("Directory with the OpenAPI documents and Argo Rollouts CRDs."), QStringLiteral("dir"), QStringLiteral(SHIPDECK_KUBE_FIXTURES_DIR)},
        {QStringLiteral("no-argo-crds"), QStringLiteral("Do not install the Argo Rollouts CRDs at start-up.")},
        {QStringLiteral("nodes"), QStringLiteral("Number of Ready nodes (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("pod-ready-delay-ms"), QStringLiteral("Delay before a scheduled pod is Running and Ready (default 300)."), QStringLiteral("ms"), QStringLiteral("300")},
        {QStringLiteral("log-interval-ms"), QStringLiteral("Default interval between generated log lines per container (default 1000)."), QStringLiteral("ms"), QStringLiteral("1000")},
        {QStringLiteral("bookmark-interval-ms"), QStringLiteral("Interval of BOOKMARK events on watches that allow them (default 5000)."), QStringLiteral("ms"), QStringLiteral("5000")},
        {QStringLiteral("watch-history"), QStringLiteral("Number of changes kept for watches; older resourceVersions get 410 Gone (default 50000)."), QStringLiteral("n"), QStringLiteral("50000")},
        {QStringLiteral("fault"), QStringLiteral("A fault rule, e.g. kind=status,code=429,retry-after=2,resource=pods,verb=list,count=3 (repeatable)."), QStringLiteral("spec")},
        {QStringLiteral("bulk-pods"), QStringLiteral("Create this many Running pods at start-up (default 0)."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("bulk-namespace"), QStringLiteral("Namespace of the bulk pods (default bulk)."), QStringLiteral("ns"), QStringLiteral("bulk")},
        {QStringLiteral("event-rate"), QStringLiteral("Modify this many bulk pods per second (default 0: off)."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("event-namespace"), QStringLiteral("Namespace whose pods the event generator modifies (default bulk)."), QStringLiteral("ns"), QStringLiteral("bulk")},
        {QStringLiteral("parent-pid"), QStringLiteral("Exit when this process is gone."), QStringLiteral("pid"), QStringLiteral("0")},
        {QStringLiteral("exit-on-stdin-eof"), QStringLiteral("Exit when standard input reaches end of file (the parent closed the pipe or died).")},
        {QStringLiteral("server-version"), QStringLiteral("gitVersion reported by /version (default v1.32.4)."), QStringLiteral("version"), QStringLiteral("v1.32.4")},
        {QStringLiteral("no-aggregated-discovery"), QStringLiteral("Answer /api and /apis with legacy discovery only.")},
        {QStringLiteral("verbose"), QStringLiteral("Log every request on stderr.")},
    };
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return Error(ErrorCode::InvalidArgument, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(0);
    }
    if (!parser.positionalArguments().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    ServerOptions o;
    o.bindAddress = parser.value(QStringLiteral("bind"));
    SD_TRY(const int port, number(parser, QStringLiteral("port"), 0));
    SD_TRY(const int adminPort, number(parser, QStringLiteral("admin-port"), 0));
    o.port = quint16(port);
    o.adminPort = quint16(adminPort);
    o.plainHttp = parser.isSet(QStringLiteral("plain-http"));
    o.kubeconfigPath = parser.value(QStringLiteral("kubeconfig"));
    o.dataDir = parser.value(QStringLiteral("data-dir"));
    o.tokens = parser.values(QStringLiteral("token"));
    o.anonymous = parser.isSet(QStringLiteral("anonymous"));
    o.tlsSans = parser.values(QStringLiteral("tls-san"));
    o.fixturesDir = parser.value(QStringLiteral("fixtures"));
    o.argoCrds = !parser.isSet(QStringLiteral("no-argo-crds"));
    SD_TRY(o.nodes, number(parser, QStringLiteral("nodes"), 0));
    SD_TRY(o.podReadyDelayMs, number(parser, QStringLiteral("pod-ready-delay-ms"), 0));
    SD_TRY(o.logIntervalMs, number(parser, QStringLiteral("log-interval-ms"), 1));
    SD_TRY(o.bookmarkIntervalMs, number(parser, QStringLiteral("bookmark-interval-ms"), 10));
    SD_TRY(o.watchHistory, number(parser, QStringLiteral("watch-history"), 1));
    o.faults = parser.values(QStringLiteral("fault"));
    SD_TRY(o.bulkPods, number(parser, QStringLiteral("bulk-pods"), 0));
    o.bulkNamespace = parser.value(QStringLiteral("bulk-namespace"));
    SD_TRY(o.eventRate, number(parser, QStringLiteral("event-rate"), 0));
    o.eventNamespace = parser.value(QStringLiteral("event-namespace"));
    o.parentPid = parser.value(QStringLiteral("parent-pid")).toLongLong();
    o.exitOnStdinEof = parser.isSet(QStringLiteral("exit-on-stdin-eof"));
    o.serverVersion = parser.value(QStringLiteral("server-version"));
    o.aggregatedDiscovery = !parser.isSet(QStringLiteral("no-aggregated-discovery"));
    o.verbose = parser.isSet(QStringLiteral("verbose"));
    if (o.fixturesDir.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("--fixtures is required (no built-in default)"));
    return o;
}

} // namespace shipdeck::kubetest
