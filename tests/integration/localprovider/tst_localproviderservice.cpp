// LocalProviderService behind the Backend facade: demo seeding, deploy in dependency order,
// health, load, and every process stopped when the workspace closes.
#include "testsupport.h"

#include "backend/facade/backend.h"
#include "backend/providers/localproviderclient.h"

#include <QJsonArray>

#include <csignal>

using namespace shipdeck;

namespace {

QList<qint64> pids(const QJsonObject &health)
{
    QList<qint64> out;
    for (const QJsonValue &c : health.value(QStringLiteral("components")).toArray()) {
        for (const QJsonValue &v : c.toObject().value(QStringLiteral("versions")).toArray()) {
            for (const QJsonValue &i : v.toObject().value(QStringLiteral("instances")).toArray())
                out.append(qint64(i.toObject().value(QStringLiteral("pid")).toDouble()));
        }
    }
    return out;
}

bool allHealthy(const QJsonObject &health)
{
    const QJsonArray components = health.value(QStringLiteral("components")).toArray();
    return !components.isEmpty() && std::all_of(components.begin(), components.end(), [](const QJsonValue &c) {
        return c.toObject().value(QStringLiteral("state")).toString() == QLatin1String("healthy");
    });
}

} // namespace

class tst_LocalProviderService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsDeploysAndStopsOnClose()
    {
        QTemporaryDir dir;
        QList<qint64> running;
        {
            BackendOptions options;
            options.fileLog = false;
            Backend backend(options);
            Workspace::OpenOptions open;
            open.create = true;
            open.demo = true;
            QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
            QVERIFY_RESULT(test::await(backend.seedDemo(), 60'000));
            LocalProviderClient client(&backend);

            auto components = test::await(client.components());
            QVERIFY_RESULT(components);
            QStringList ids;
            for (const auto &c : components.value())
                ids.append(c.id);
            QCOMPARE(ids, (QStringList{QStringLiteral("catalog"), QStringLiteral("payments"), QStringLiteral("storefront")}));
            const ComponentDefinition storefront = components.value().last();
            QCOMPARE(storefront.version, QStringLiteral("1.4.2"));
            QVERIFY(storefront.versions.contains(QStringLiteral("1.5.0")));
            QCOMPARE(storefront.versions.value(QStringLiteral("1.5.1")).extraArgs,
                     (QStringList{QStringLiteral("--error-rate"), QStringLiteral("0.05")}));

            // Removing a component others need is refused.
            auto refused = test::await(client.remove(QStringLiteral("catalog")));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), ErrorCode::FailedPrecondition);

            QVERIFY_RESULT(test::await(client.deployStable(QStringLiteral("storefront"))));
            QJsonObject health;
            QTRY_VERIFY_WITH_TIMEOUT([&] {
                auto h = test::await(client.health());
                health = h ? h.value() : QJsonObject{};
                return allHealthy(health);
            }(), 20'000);
            running = pids(health);
            QCOMPARE(running.size(), 5); // catalog 2, payments 1, storefront 2
            for (qint64 pid : running)
                QVERIFY(::kill(pid_t(pid), 0) == 0);

            const QJsonObject sf = health.value(QStringLiteral("components")).toArray().last().toObject();
            QCOMPARE(sf.value(QStringLiteral("traffic")).toObject().value(QStringLiteral("stable")).toString(), QStringLiteral("1.4.2"));
            LoadGenerator::Options load;
            load.url = QUrl(sf.value(QStringLiteral("endpoint")).toString() + QStringLiteral("/"));
            load.ratePerSecond = 100;
            load.maxRequests = 50;
            auto id = test::await(client.startLoad(load));
            QVERIFY_RESULT(id);
            LoadGenerator::Stats stats;
            QTRY_VERIFY_WITH_TIMEOUT([&] {
                auto s = test::await(client.loadStats(id.value()));
                stats = s ? s.value() : LoadGenerator::Stats{};
                return stats.completed + stats.failed == 50;
            }(), 20'000);
            QCOMPARE(stats.failed, 0);
            QCOMPARE(stats.byClass[2], 50);
            QCOMPARE(stats.byVersion.value(QStringLiteral("1.4.2")), 50);

            auto lines = test::await(client.instanceLog(QStringLiteral("storefront-1.4.2-1")));
            QVERIFY_RESULT(lines);
            QVERIFY(!lines.value().isEmpty());
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("logs/instances/storefront-1.4.2-1.log"))));
        } // the backend closes the workspace: every instance is stopped
        for (qint64 pid : running)
            QVERIFY2(::kill(pid_t(pid), 0) != 0, qPrintable(QString::number(pid)));
    }
};

QTEST_GUILESS_MAIN(tst_LocalProviderService)
#include "tst_localproviderservice.moc"
