// Durable queue throughput: enqueue + lease + ack per second, each operation its own committed
// transaction, with synchronous=NORMAL (durable against process crashes such as kill -9) and
// synchronous=FULL (durable against power loss). Reference in the same run: the bare SQLite
// floor of one INSERT plus two UPDATEs per job, autocommitted, with the same settings.
#include "backend/store/database.h"
#include "backend/store/jobqueue.h"
#include "backend/store/migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace shipdeck;

namespace {
double queueRate(Database::Synchronous sync, int jobs)
{
    QTemporaryDir dir;
    Database::Options options;
    options.synchronous = sync;
    auto db = Database::open(dir.filePath(QStringLiteral("q.db")), options);
    (void)Migrations::migrate(*db.value());
    if (qEnvironmentVariableIsSet("BENCH_CKPT"))
        (void)db.value()->exec(QStringLiteral("PRAGMA wal_autocheckpoint=") + qEnvironmentVariable("BENCH_CKPT"));
    JobQueue queue(*db.value());
    JobSpec spec;
    spec.type = QStringLiteral("bench");
    spec.payload = {{QStringLiteral("component"), QStringLiteral("storefront")}};
    const QString owner = QStringLiteral("bench");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < jobs; ++i) {
        auto id = queue.enqueue(spec);
        auto job = queue.lease(QStringLiteral("default"), owner, 30'000);
        if (!id || !job || !job.value() || !queue.ack(job.value()->id, owner)) {
            std::fprintf(stderr, "queue error at job %d\n", i);
            return 0;
        }
    }
    return jobs * 1000.0 / qMax<qint64>(1, timer.elapsed());
}

// A producer enqueueing job by job and a worker that acks each job and leases the next one in
// the same commit: two commits per job.
double workerLoopRate(Database::Synchronous sync, int jobs)
{
    QTemporaryDir dir;
    Database::Options options;
    options.synchronous = sync;
    auto db = Database::open(dir.filePath(QStringLiteral("q.db")), options);
    (void)Migrations::migrate(*db.value());
    JobQueue queue(*db.value());
    JobSpec spec;
    spec.type = QStringLiteral("bench");
    spec.payload = {{QStringLiteral("component"), QStringLiteral("storefront")}};
    const QString owner = QStringLiteral("bench");
    QElapsedTimer timer;
    timer.start();
    (void)queue.enqueue(spec);
    auto current = queue.lease(QStringLiteral("default"), owner, 30'000);
    for (int i = 1; i < jobs && current && current.value(); ++i) {
        (void)queue.enqueue(spec);
        current = queue.ackAndLease(current.value()->id, owner, {}, QStringLiteral("default"), 30'000);
    }
    if (!current || !current.value()) {
        std::fprintf(stderr, "worker loop error\n");
        return 0;
    }
    return jobs * 1000.0 / qMax<qint64>(1, timer.elapsed());
}

// The same work in batches: producers enqueue `batch` jobs per commit, consumers lease and ack
// `batch` jobs per commit. Every batch is durable when the call returns.
double batchedRate(Database::Synchronous sync, int jobs, int batch)
{
    QTemporaryDir dir;
    Database::Options options;
    options.synchronous = sync;
    auto db = Database::open(dir.filePath(QStringLiteral("q.db")), options);
    (void)Migrations::migrate(*db.value());
    JobQueue queue(*db.value());
    JobSpec spec;
    spec.type = QStringLiteral("bench");
    spec.payload = {{QStringLiteral("component"), QStringLiteral("storefront")}};
    const QList<JobSpec> specs(batch, spec);
    const QString owner = QStringLiteral("bench");
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < jobs; done += batch) {
        auto ids = queue.enqueueMany(specs);
        auto leased = queue.leaseMany(QStringLiteral("default"), owner, 30'000, batch);
        if (!ids || !leased || leased.value().size() != batch) {
            std::fprintf(stderr, "queue error\n");
            return 0;
        }
        QStringList taken;
        for (const auto &job : leased.value())
            taken.append(job.id);
        if (!queue.ackMany(taken, owner)) {
            std::fprintf(stderr, "ack error\n");
            return 0;
        }
    }
    return jobs * 1000.0 / qMax<qint64>(1, timer.elapsed());
}

double rawRate(const char *sync, int jobs)
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    sqlite3_open(dir.filePath(QStringLiteral("raw.db")).toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, (QByteArray("PRAGMA synchronous=") + sync).constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, state TEXT, payload TEXT)", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert, *lease, *ack;
    sqlite3_prepare_v2(db, "INSERT INTO t(state, payload) VALUES('ready', '{\"component\":\"storefront\"}')", -1, &insert, nullptr);
    sqlite3_prepare_v2(db, "UPDATE t SET state = 'leased' WHERE id = ?1", -1, &lease, nullptr);
    sqlite3_prepare_v2(db, "UPDATE t SET state = 'done' WHERE id = ?1", -1, &ack, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < jobs; ++i) {
        sqlite3_step(insert);
        sqlite3_reset(insert);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(lease, 1, id);
        sqlite3_step(lease);
        sqlite3_reset(lease);
        sqlite3_bind_int64(ack, 1, id);
        sqlite3_step(ack);
        sqlite3_reset(ack);
    }
    const double rate = jobs * 1000.0 / qMax<qint64>(1, timer.elapsed());
    sqlite3_finalize(insert);
    sqlite3_finalize(lease);
    sqlite3_finalize(ack);
    sqlite3_close(db);
    return rate;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int jobs = argc > 1 ? std::atoi(argv[1]) : 50'000;
    std::printf("durable queue: %d jobs, each enqueue, lease and ack its own transaction (WAL)\n", jobs);
    for (const auto &[name, sync, raw] : {std::tuple{"NORMAL", Database::Synchronous::Normal, "NORMAL"},
                                          std::tuple{"FULL", Database::Synchronous::Full, "FULL"}}) {
        const int n = sync == Database::Synchronous::Full ? qMax(2000, jobs / 10) : jobs;
        const double ours = queueRate(sync, n);
        const double reference = rawRate(raw, n);
        const double batched = batchedRate(sync, n, 100);
        const double loop = workerLoopRate(sync, n);
        std::printf("synchronous=%-6s one commit per operation %8.0f jobs/s   bare SQLite floor %8.0f jobs/s   ratio %.2f\n",
                    name, ours, reference, ours / reference);
        std::printf("synchronous=%-6s worker loop (ack+lease)  %8.0f jobs/s   ratio to floor %.2f\n", name, loop,
                    loop / reference);
        std::printf("synchronous=%-6s batches of 100           %8.0f jobs/s   ratio to floor %.2f\n", name, batched,
                    batched / reference);
    }
    return 0;
}
