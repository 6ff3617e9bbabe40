// Child process for the queue crash-safety test: enqueues, leases and acks jobs in a loop and
// reports each step on stdout only after it was committed. The test kills it with SIGKILL.
#include "backend/store/database.h"
#include "backend/store/jobqueue.h"
#include "backend/store/migrations.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace shipdeck;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: queue_crash_child DB LEASE_MS\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    if (auto migrated = Migrations::migrate(*db.value()); !migrated) {
        std::fprintf(stderr, "%s\n", qPrintable(migrated.error().toString()));
        return 1;
    }
    JobQueue queue(*db.value());
    const qint64 leaseMs = QByteArray(argv[2]).toLongLong();
    const QString owner = QStringLiteral("child-%1").arg(QCoreApplication::applicationPid());
    for (int i = 0;; ++i) {
        JobSpec spec;
        spec.type = QStringLiteral("crash-test");
        spec.payload = {{QStringLiteral("n"), i}};
        spec.priority = static_cast<Priority>(i % 4);
        auto id = queue.enqueue(spec);
        if (!id)
            return 1;
        std::printf("ENQ %s\n", qPrintable(id.value()));
        std::fflush(stdout);
        auto leased = queue.lease(QStringLiteral("default"), owner, leaseMs);
        if (!leased)
            return 1;
        if (!leased.value())
            continue;
        std::printf("LEASE %s\n", qPrintable(leased.value()->id));
        std::fflush(stdout);
        if (i % 3 == 0)
            continue; // leave every third job leased: the lease must expire and redeliver it
        if (!queue.ack(leased.value()->id, owner))
            return 1;
        std::printf("ACK %s\n", qPrintable(leased.value()->id));
        std::fflush(stdout);
    }
}
