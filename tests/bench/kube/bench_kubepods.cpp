// bench_kubepods: 10,000 pods in one namespace from shipdeck-test-apiserver (TLS, loopback).
// Prints the time to list them into the compact store, the memory it costs, and how many pod
// events per second the store applies while the server emits 1,000/s — each next to a
// reference measured in the same run: `kubectl get pods -o json` against the same server,
// QJsonDocument parsing the same list, and the events the server actually sent.
#include "backend/kube/kubeconfig.h"
#include "backend/kube/kubeendpoint.h"
#include "backend/kube/kubeinformer.h"
#include "backend/kube/kubeobjectstore.h"
#include "backend/kube/kuberestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace shipdeck;

namespace {

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

template<typename F>
bool waitFor(F condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QJsonObject admin(const QString &base, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest r(QUrl(base + path));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(r, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    waitFor([reply] { return reply->isFinished(); }, 120000);
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pods = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int rate = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    QTemporaryDir dir;
    QProcess server;
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/shipdeck-test-apiserver"),
                 {QStringLiteral("--kubeconfig"), dir.filePath(QStringLiteral("kubeconfig")), QStringLiteral("--fixtures"),
                  QStringLiteral(SHIPDECK_KUBE_FIXTURES), QStringLiteral("--bulk-pods"), QString::number(pods),
                  QStringLiteral("--exit-on-stdin-eof"), QStringLiteral("--watch-history"), QStringLiteral("200000")});
    QByteArray ready;
    waitFor([&] { ready += server.readAllStandardOutput(); return ready.contains('\n') || server.state() == QProcess::NotRunning; }, 120000);
    if (!ready.startsWith("READY ")) {
        std::fprintf(stderr, "server did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject info = QJsonDocument::fromJson(ready.mid(6)).object();
    const QString kubeconfig = info.value(QLatin1String("kubeconfig")).toString();
    const QString adminUrl = info.value(QLatin1String("adminUrl")).toString();

    KubeConfigSource source;
    source.explicitPath = kubeconfig;
    auto endpoint = KubeEndpoint::resolve(KubeConfig::load(source).value());
    KubeRestClient client(endpoint.value());
    KubeInformer::Options options;
    options.namespaceName = QStringLiteral("bulk");
    KubeInformer informer(&client, *KubeResourceType::find(QStringLiteral("pods")), options);
    const qint64 rssBefore = rssKb();
    QElapsedTimer clock;
    clock.start();
    informer.start();
    if (!waitFor([&] { return informer.listsCompleted() > 0; }, 300000))
        return 2;
    const qint64 listMs = clock.elapsed();
    informer.store()->flush();
    const qint64 rssAfter = rssKb();

    // Reference 1: kubectl get pods -o json, same server, same TLS.
    clock.restart();
    QProcess kubectl;
    kubectl.start(QStringLiteral("kubectl"), {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("get"), QStringLiteral("pods"),
                                              QStringLiteral("-n"), QStringLiteral("bulk"), QStringLiteral("-o"), QStringLiteral("json")});
    kubectl.waitForFinished(300000);
    const QByteArray listJson = kubectl.readAllStandardOutput();
    const qint64 kubectlMs = clock.elapsed();
    // Reference 2: parsing that list with QJsonDocument alone.
    clock.restart();
    const int parsedItems = int(QJsonDocument::fromJson(listJson).object().value(QLatin1String("items")).toArray().size());
    const qint64 parseMs = clock.elapsed();

    // A second view whose column shows the annotation the event generator changes, so every
    // event is a visible change that has to be published (the built-in pod columns do not
    // show it, and updates that change nothing visible are not republished).
    KubeResourceType tickType = *KubeResourceType::find(QStringLiteral("pods"));
    tickType.columns = {KubeColumn{QStringLiteral("Tick"), QStringLiteral("string"), QStringLiteral(".metadata.annotations['test.shipdeck.io/tick']"), 0}};
    KubeInformer ticks(&client, tickType, options);
    ticks.start();
    if (!waitFor([&] { return ticks.listsCompleted() > 0; }, 300000))
        return 2;
    ticks.store()->flush();
    // Update throughput while the server modifies `rate` pods per second for 10 s.
    quint64 deltas = 0;
    quint64 rowsPublished = 0;
    quint64 builtinDeltas = 0;
    QObject::connect(ticks.store(), &KubeObjectStore::changed, &app, [&](const KubeStoreDelta &d) {
        ++deltas;
        rowsPublished += quint64(d.upserted.size());
    });
    QObject::connect(informer.store(), &KubeObjectStore::changed, &app, [&](const KubeStoreDelta &) { ++builtinDeltas; });
    const qint64 appliedBefore = informer.eventsApplied();
    const qint64 emittedBefore = admin(adminUrl, "GET", QStringLiteral("/state")).value(QLatin1String("generator")).toObject().value(QLatin1String("emitted")).toInteger();
    admin(adminUrl, "POST", QStringLiteral("/events/generator"), {{QStringLiteral("namespace"), QStringLiteral("bulk")}, {QStringLiteral("rate"), rate}});
    const double cpuBefore = cpuSeconds();
    clock.restart();
    waitFor([&] { return clock.elapsed() >= 10000; }, 20000);
    admin(adminUrl, "DELETE", QStringLiteral("/events/generator"));
    const qint64 emitted = admin(adminUrl, "GET", QStringLiteral("/state")).value(QLatin1String("generator")).toObject().value(QLatin1String("emitted")).toInteger() - emittedBefore;
    waitFor([&] { return informer.eventsApplied() - appliedBefore >= emitted; }, 10000);
    ticks.store()->flush();
    const double seconds = clock.elapsed() / 1000.0;
    const double cpu = cpuSeconds() - cpuBefore;
    const qint64 applied = informer.eventsApplied() - appliedBefore;
    const qint64 rssEnd = rssKb();

    std::printf("pods                         %d (kubectl list: %d items, %.1f MB JSON)\n", informer.store()->size(), parsedItems, listJson.size() / 1e6);
    std::printf("list into store              %lld ms   | kubectl get pods -o json: %lld ms   ratio %.2f\n", listMs, kubectlMs, double(listMs) / kubectlMs);
    std::printf("  of which JSON parsing      (reference: QJsonDocument on the whole list: %lld ms)\n", parseMs);
    std::printf("RSS                          %lld MB before, %lld MB after the list (+%lld MB), %lld MB after the updates\n",
                rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / 1024, rssEnd / 1024);
    std::printf("store bytes per pod          %.0f (RSS growth / pods)   | list JSON per pod: %.0f\n",
                (rssAfter - rssBefore) * 1024.0 / qMax(1, informer.store()->size()), double(listJson.size()) / qMax(1, parsedItems));
    std::printf("updates applied              %lld in %.1f s = %.0f events/s | server emitted %lld = %.0f events/s   ratio %.2f\n",
                applied, seconds, applied / seconds, emitted, emitted / seconds, emitted ? double(applied) / emitted : 0.0);
    std::printf("batches published            %llu (%.1f per second, %.0f rows each) for the view showing the changed field;\n"
                "                             %llu for the built-in pod columns (the change is invisible there)\n",
                static_cast<unsigned long long>(deltas), deltas / seconds, deltas ? double(rowsPublished) / deltas : 0.0,
                static_cast<unsigned long long>(builtinDeltas));
    std::printf("backend CPU                  %.0f%% of one core while two informers applied %.0f events/s each\n", 100.0 * cpu / seconds, applied / seconds);
    server.closeWriteChannel();
    server.waitForFinished(5000);
    return 0;
}
