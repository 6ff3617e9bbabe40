// The component registry in a real workspace database, and the dependency graph.
#include "testsupport.h"

#include "backend/components/componentregistry.h"
#include "backend/components/dependencygraph.h"
#include "backend/store/workspace.h"

using namespace shipdeck;

namespace {

ComponentDefinition component(const QString &id, const QStringList &deps = {})
{
    ComponentDefinition c;
    c.id = id;
    c.name = id;
    c.version = QStringLiteral("1.0.0");
    c.dependencies = deps;
    c.run.command = QStringLiteral("/bin/true");
    return c;
}

std::unique_ptr<Workspace> openWorkspace(const QString &dir)
{
    Workspace::OpenOptions options;
    options.create = true;
    auto ws = Workspace::open(dir, options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().toString()));
    return std::move(ws).value();
}

} // namespace

class tst_ComponentRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void persistsAcrossReopen()
    {
        QTemporaryDir dir;
        {
            auto ws = openWorkspace(dir.path());
            ComponentRegistry registry(ws->db());
            ComponentDefinition web = component(QStringLiteral("web"), {QStringLiteral("api")});
            web.versions.insert(QStringLiteral("2.0.0"), {{QStringLiteral("--flag")}, {}, {}});
            QVERIFY_RESULT(registry.put({web, component(QStringLiteral("api"))}));
        }
        auto ws = openWorkspace(dir.path());
        ComponentRegistry registry(ws->db());
        auto web = registry.get(QStringLiteral("web"));
        QVERIFY_RESULT(web);
        QCOMPARE(web.value().dependencies, QStringList{QStringLiteral("api")});
        QCOMPARE(web.value().versions.value(QStringLiteral("2.0.0")).extraArgs, QStringList{QStringLiteral("--flag")});
        auto all = registry.list();
        QVERIFY_RESULT(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().first().id, QStringLiteral("api")); // deploy order: dependencies first
    }

    void addUpdateRemove()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir.path());
        ComponentRegistry registry(ws->db());
        QVERIFY_RESULT(registry.add(component(QStringLiteral("api"))));
        auto again = registry.add(component(QStringLiteral("api")));
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);

        ComponentDefinition changed = component(QStringLiteral("api"));
        changed.version = QStringLiteral("1.1.0");
        QVERIFY_RESULT(registry.update(changed));
        QCOMPARE(registry.get(QStringLiteral("api")).value().version, QStringLiteral("1.1.0"));
        QCOMPARE(registry.update(component(QStringLiteral("ghost"))).error().code(), ErrorCode::NotFound);

        QVERIFY_RESULT(registry.add(component(QStringLiteral("web"), {QStringLiteral("api")})));
        auto needed = registry.remove(QStringLiteral("api"));
        QVERIFY(!needed);
        QCOMPARE(needed.error().code(), ErrorCode::FailedPrecondition);
        QVERIFY2(needed.error().message().contains(QStringLiteral("needed by web")), qPrintable(needed.error().message()));
        QVERIFY_RESULT(registry.remove(QStringLiteral("web")));
        QVERIFY_RESULT(registry.remove(QStringLiteral("api")));
        QCOMPARE(registry.remove(QStringLiteral("api")).error().code(), ErrorCode::NotFound);
        QCOMPARE(registry.get(QStringLiteral("api")).error().code(), ErrorCode::NotFound);
        QVERIFY(registry.list().value().isEmpty());
    }

    void refusesMissingDependency()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir.path());
        ComponentRegistry registry(ws->db());
        auto result = registry.add(component(QStringLiteral("web"), {QStringLiteral("api")}));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Validation);
        QCOMPARE(result.error().message(), QStringLiteral("missing dependency: web → api (api is not registered)"));
        QVERIFY(registry.list().value().isEmpty()); // nothing half-written
    }

    void refusesCycles()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir.path());
        ComponentRegistry registry(ws->db());
        QVERIFY_RESULT(registry.put({component(QStringLiteral("cache")), component(QStringLiteral("db"), {QStringLiteral("cache")}),
                                     component(QStringLiteral("api"), {QStringLiteral("db")})}));
        // cache → api closes the loop.
        auto result = registry.update(component(QStringLiteral("cache"), {QStringLiteral("api")}));
        QVERIFY(!result);
        QCOMPARE(result.error().message(), QStringLiteral("cycle: api → db → cache → api"));
        QCOMPARE(result.error().details().value(QStringLiteral("path")).toStringList(),
                 (QStringList{QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("api")}));
        QVERIFY(registry.get(QStringLiteral("cache")).value().dependencies.isEmpty()); // unchanged
    }

    void deployOrder_data()
    {
        QTest::addColumn<QList<ComponentDefinition>>("components");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("chain") << QList<ComponentDefinition>{component(QStringLiteral("a"), {QStringLiteral("b")}),
                                                             component(QStringLiteral("b"), {QStringLiteral("c")}),
                                                             component(QStringLiteral("c"))}
                               << QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("diamond") << QList<ComponentDefinition>{component(QStringLiteral("web"), {QStringLiteral("api"), QStringLiteral("auth")}),
                                                               component(QStringLiteral("api"), {QStringLiteral("db")}),
                                                               component(QStringLiteral("auth"), {QStringLiteral("db")}),
                                                               component(QStringLiteral("db"))}
                                 << QStringList{QStringLiteral("db"), QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("web")};
        QTest::newRow("independent, by id") << QList<ComponentDefinition>{component(QStringLiteral("z")), component(QStringLiteral("m")),
                                                                          component(QStringLiteral("a"))}
                                            << QStringList{QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("z")};
    }

    void deployOrder()
    {
        QFETCH(QList<ComponentDefinition>, components);
        QFETCH(QStringList, order);
        auto computed = DependencyGraph(components).deployOrder();
        QVERIFY_RESULT(computed);
        QCOMPARE(computed.value(), order);
    }

    void graphErrors_data()
    {
        QTest::addColumn<QList<ComponentDefinition>>("components");
        QTest::addColumn<QString>("message");
        QTest::newRow("two-cycle") << QList<ComponentDefinition>{component(QStringLiteral("a"), {QStringLiteral("b")}),
                                                                 component(QStringLiteral("b"), {QStringLiteral("a")})}
                                   << QStringLiteral("cycle: a → b → a");
        QTest::newRow("cycle behind a root") << QList<ComponentDefinition>{component(QStringLiteral("app"), {QStringLiteral("x")}),
                                                                           component(QStringLiteral("x"), {QStringLiteral("y")}),
                                                                           component(QStringLiteral("y"), {QStringLiteral("x")})}
                                             << QStringLiteral("cycle: x → y → x");
        QTest::newRow("missing deep") << QList<ComponentDefinition>{component(QStringLiteral("a"), {QStringLiteral("b")}),
                                                                    component(QStringLiteral("b"), {QStringLiteral("ghost")})}
                                      << QStringLiteral("missing dependency: b → ghost (ghost is not registered)");
    }

    void graphErrors()
    {
        QFETCH(QList<ComponentDefinition>, components);
        QFETCH(QString, message);
        auto order = DependencyGraph(components).deployOrder();
        QVERIFY(!order);
        QCOMPARE(order.error().message(), message);
    }

    void deployOrderForOneComponent()
    {
        const QList<ComponentDefinition> all{component(QStringLiteral("web"), {QStringLiteral("api")}),
                                             component(QStringLiteral("api"), {QStringLiteral("db")}),
                                             component(QStringLiteral("db")), component(QStringLiteral("other"))};
        auto order = DependencyGraph(all).deployOrderFor(QStringLiteral("api"));
        QVERIFY_RESULT(order);
        QCOMPARE(order.value(), (QStringList{QStringLiteral("db"), QStringLiteral("api")}));
        QCOMPARE(DependencyGraph(all).dependents(QStringLiteral("db")), QStringList{QStringLiteral("api")});
    }

    void damagedRowIsReported()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir.path());
        ComponentRegistry registry(ws->db());
        QVERIFY_RESULT(registry.add(component(QStringLiteral("api"))));
        QVERIFY_RESULT(ws->db().exec(QStringLiteral("UPDATE components SET definition = '{not json' WHERE id = 'api'")));
        auto listed = registry.list();
        QVERIFY(!listed);
        QCOMPARE(listed.error().code(), ErrorCode::Corrupt);
        QVERIFY(listed.error().message().contains(QStringLiteral("component api")));
    }
};

QTEST_GUILESS_MAIN(tst_ComponentRegistry)
#include "tst_componentregistry.moc"
