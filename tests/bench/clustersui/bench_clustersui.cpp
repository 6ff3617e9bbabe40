// The Clusters page of the real main window against the test API server (TLS) holding 10,000
// pods in one namespace:
//  - connect → rows shown: from the page's first activation (kubeconfig read, connection,
//    list, watch) until the Pods table holds 10,000 rows and has painted them; reference in
//    the same run: `kubectl get pods -n bench -o name` listing the same pods.
//  - RSS of the process with the table filled; reference: RSS with the window shown before
//    connecting.
//  - GUI frame time: a 16 ms timer on the GUI thread records how late each tick runs (event
//    loop + paint latency) for 10 s while the server emits 1,000 pod events/s into the shown
//    namespace, the table sorted by restarts; reference: the same measurement for 10 s idle.
// Usage: bench_clustersui [pods] [events/s] [seconds]   (QT_QPA_PLATFORM=offscreen works)
#include "backend/facade/backend.h"
#include "kubetestserver.h"
#include "models/clusters/clustersviewmodel.h"
#include "models/clusters/kubeobjecttablemodel.h"
#include "ui/clusters/clusterspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/thememanager.h"
#include "ui/shell/workspaceactions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace shipdeck;

namespace {
qint64 rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

struct Frames
{
    double p50 = 0, p99 = 0, max = 0;
    int ticks = 0;
};

// How late a 16 ms timer fires on the GUI thread, over `seconds`.
Frames measureFrames(int seconds)
{
    std::vector<double> late;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(16);
    QElapsedTimer clock;
    qint64 last = 0;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last > 0)
            late.push_back(std::max(0.0, (now - last) / 1e6));
        last = now;
    });
    clock.start();
    timer.start();
    waitFor([&] { return clock.elapsed() >= seconds * 1000; }, seconds * 1000 + 5000);
    timer.stop();
    std::sort(late.begin(), late.end());
    Frames f;
    f.ticks = int(late.size());
    if (!late.empty()) {
        f.p50 = late[late.size() / 2];
        f.p99 = late[std::min(late.size() - 1, size_t(late.size() * 0.99))];
        f.max = late.back();
    }
    return f;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int pods = argc > 1 ? atoi(argv[1]) : 10'000;
    const int rate = argc > 2 ? atoi(argv[2]) : 1'000;
    const int seconds = argc > 3 ? atoi(argv[3]) : 10;
    const QString ns = QStringLiteral("bench");

    test::KubeTestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "test API server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    if (server.bulkCreatePods(ns, pods, QStringLiteral("pod")) != pods)
        return 1;
    qputenv("KUBECONFIG", server.kubeconfigPath().toUtf8());

    // Reference: kubectl listing the same pods.
    QElapsedTimer kubectlTimer;
    kubectlTimer.start();
    const auto listed = server.kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("name")}, 120'000);
    const qint64 kubectlMs = kubectlTimer.elapsed();
    if (listed.exitCode != 0)
        std::fprintf(stderr, "kubectl: %s\n", listed.err.constData());

    QTemporaryDir dir;
    ThemeManager theme(&app);
    BackendOptions options;
    options.fileLog = false;
    Backend backend(options);
    MainWindow window(&backend, &theme);
    window.resize(1920, 1080);
    window.show();
    QSignalSpy opened(&backend, &Backend::workspaceOpened);
    window.workspaceActions()->openWorkspace(dir.filePath(QStringLiteral("ws")), true, false);
    if (!opened.wait(20'000))
        return 1;
    auto *page = qobject_cast<ClustersPage *>(window.page(QStringLiteral("clusters")));
    const qint64 rssBefore = rssMb();

    QElapsedTimer connectTimer;
    connectTimer.start();
    window.showPage(QStringLiteral("clusters"));
    ClustersViewModel *vm = page->viewModel();
    if (!waitFor([&] { return vm->connection() == ClustersViewModel::Connection::Connected; }, 30'000)) {
        std::fprintf(stderr, "no connection: %s\n", qPrintable(vm->connectionText()));
        return 1;
    }
    vm->useNamespace(ns);
    if (!waitFor([&] { return page->tableView()->model()->rowCount() >= pods; }, 60'000)) {
        std::fprintf(stderr, "rows: %d of %d\n", page->tableView()->model()->rowCount(), pods);
        return 1;
    }
    page->tableView()->viewport()->repaint();
    const qint64 connectMs = connectTimer.elapsed();
    const qint64 rssAfter = rssMb();

    page->tableView()->sortByColumn(vm->objects()->columnOf(QStringLiteral("Restarts")), Qt::DescendingOrder);
    const Frames idle = measureFrames(seconds);
    const quint64 batchesBefore = vm->objects()->batchesApplied();
    const quint64 rowsBefore = vm->objects()->rowsApplied();
    const qint64 emittedBefore = server.state().value(QLatin1String("generator")).toObject().value(QLatin1String("emitted")).toInteger();
    server.startEventGenerator(ns, rate, QStringLiteral("restarts"));
    const Frames busy = measureFrames(seconds);
    server.stopEventGenerator();
    const qint64 emitted = server.state().value(QLatin1String("generator")).toObject().value(QLatin1String("emitted")).toInteger() - emittedBefore;
    const quint64 batches = vm->objects()->batchesApplied() - batchesBefore;
    const quint64 rowsChanged = vm->objects()->rowsApplied() - rowsBefore;

    std::printf("pods %d, events %d/s, %d s per measurement\n", pods, rate, seconds);
    std::printf("connect → %d rows shown: %lld ms | reference kubectl get pods -o name: %lld ms | ratio %.2f (budget 2000 ms)\n",
                pods, connectMs, kubectlMs, double(connectMs) / qMax<qint64>(1, kubectlMs));
    std::printf("RSS: %lld MB with the table filled | reference before connecting: %lld MB | ratio %.2f (budget 250 MB)\n",
                rssAfter, rssBefore, double(rssAfter) / qMax<qint64>(1, rssBefore));
    std::printf("frame interval (16 ms timer) under %d events/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d ticks, %llu batches)\n",
                rate, busy.p50, busy.p99, busy.max, busy.ticks, static_cast<unsigned long long>(batches));
    std::printf("load: server emitted %lld pod events (%.0f/s); the table applied %llu changed rows\n", emitted,
                double(emitted) / qMax(1, seconds), static_cast<unsigned long long>(rowsChanged));
    std::printf("reference idle: p50 %.1f ms, p99 %.1f ms, max %.1f ms | p99 ratio %.2f (budget p99 - 16 ms ≤ 50 ms)\n",
                idle.p50, idle.p99, idle.max, busy.p99 / qMax(0.001, idle.p99));
    return 0;
}
