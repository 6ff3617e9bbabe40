#include "rollouttestharness.h"

#include "backend/store/migrations.h"
#include "testsupport.h"

namespace shipdeck::test {

RolloutHarness::RolloutHarness() : tracer(QStringLiteral("test"), &clock)
{
    auto opened = Database::open(dir.filePath(QStringLiteral("shipdeck.db")));
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().toString()));
    db = std::move(opened.value());
    if (auto migrated = Migrations::migrate(*db); !migrated)
        qFatal("cannot migrate: %s", qPrintable(migrated.error().toString()));
    storefront.id = QStringLiteral("storefront");
    storefront.name = QStringLiteral("Storefront");
    storefront.version = QStringLiteral("1.4.2");
    storefront.run.command = QStringLiteral("/bin/sh");
    storefront.scaling.minReplicas = 2;
    storefront.scaling.maxReplicas = 4;
    for (const char *v : {"1.5.0", "1.5.1", "1.6.0"})
        storefront.versions.insert(QString::fromLatin1(v), VersionOverride{});
    provider = std::make_unique<TestProvider>();
    makeController();
}

RolloutHarness::~RolloutHarness()
{
    controller.reset();
}

void RolloutHarness::makeController()
{
    controller = std::make_unique<RolloutController>(*db, &clock, &tracer);
    controller->setProviderResolver([this](const QString &name) -> Provider * {
        return provider && name == provider->name() ? provider.get() : nullptr;
    });
    controller->setComponentResolver([this](const QString &id) -> std::optional<ComponentDefinition> {
        if (id == storefront.id)
            return storefront;
        return std::nullopt;
    });
    controller->setAuditor([this](const QString &actor, const QString &action, const QString &target, const QString &detail) {
        audit.append(QStringLiteral("%1 %2 %3 %4").arg(actor, action, target, detail));
    });
    controller->setPromotedHandler([this](const RolloutRecord &r) { storefront.version = r.targetVersion; });
    controller->setTiming(1000, 6000);
}

void RolloutHarness::restart(bool freshProvider)
{
    // Like a killed process: nothing is cleaned up, the lease stays with the old owner.
    controller.reset();
    if (freshProvider)
        provider = std::make_unique<TestProvider>();
    makeController();
}

Result<RolloutRecord> RolloutHarness::deploy(const QByteArray &yaml, const QString &actor)
{
    AdmitRequest request;
    request.yaml = yaml;
    request.sourceName = QStringLiteral("test.yaml");
    request.actor = actor;
    request.reason = QStringLiteral("test deploy");
    SD_TRY(auto records, controller->admit(request));
    SD_CHECK(controller->start({records.first().id}));
    return records.first();
}

RolloutRecord RolloutHarness::rollout(const QString &id)
{
    if (auto *e = controller->executor(id))
        return e->record();
    auto r = controller->store().find(id);
    if (!r || !r.value())
        qFatal("no rollout %s", qPrintable(id));
    return *r.value();
}

void RolloutHarness::advance(qint64 ms)
{
    clock.advance(ms);
    controller->tick();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

Result<RolloutRecord> RolloutHarness::act(const QString &id, RolloutAction action, const QString &actor, const QString &reason)
{
    return test::await(controller->act(id, action, actor, reason));
}

QByteArray canaryYaml(const QByteArray &steps, const QByteArray &extra, const QByteArray &version)
{
    return "strategy: canary\n"
           "environment: production\n"
           "components:\n"
           "  - id: storefront\n"
           "    version: '" + version + "'\n"
           "progressDeadline: 30s\n"
           "rollback:\n"
           "  scaleDownDelay: 5s\n"
           "canary:\n"
           "  scaleDownDelay: 3s\n"
           "  steps:\n" + steps + extra;
}

} // namespace shipdeck::test
