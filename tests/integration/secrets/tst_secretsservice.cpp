// The secrets module through the Backend facade, as the GUI uses it: every call returns a
// future, changes arrive as serviceEvent, reveals and edits land in the audit log.
#include "backend/facade/backend.h"
#include "backend/secrets/secretsclient.h"
#include "backend/secrets/secretsservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace shipdeck;

namespace {
BackendOptions options()
{
    BackendOptions o;
    o.fileLog = false;
    return o;
}

QStringList auditActions(Backend &backend, const QString &target = {})
{
    QStringList out;
    const auto records = test::await(backend.auditLog(500));
    for (const AuditRecord &r : records.value()) {
        if (target.isEmpty() || r.target == target)
            out << r.action;
    }
    return out;
}
} // namespace

class tst_SecretsService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoVaultRevealCopyAndAudit()
    {
        QTemporaryDir dir;
        Backend backend(options());
        Workspace::OpenOptions open;
        open.create = true;
        open.demo = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        QVERIFY_RESULT(test::await(backend.seedDemo(), 60'000));
        SecretsClient client(&backend, QStringLiteral("alice"));

        auto status = test::await(client.status());
        QVERIFY_RESULT(status);
        QVERIFY(status.value().vaultExists);
        QVERIFY(status.value().vaultUnlocked);
        QCOMPARE(status.value().recipients.size(), 1);

        auto items = test::await(client.vaultItems());
        QVERIFY_RESULT(items);
        QCOMPARE(items.value().size(), 4);

        auto revealed = test::await(client.revealVaultItem(QStringLiteral("prod/db-password"), QStringLiteral("incident 42")));
        QVERIFY_RESULT(revealed);
        QCOMPARE(revealed.value().value->toString(), QStringLiteral("demo-Zr8k2vQ"));
        const auto records = test::await(backend.auditLog(50)).value();
        QCOMPARE(records.first().action, QStringLiteral("secret.reveal"));
        QCOMPARE(records.first().actor, QStringLiteral("alice"));
        QCOMPARE(records.first().target, QStringLiteral("vault/prod/db-password"));
        QVERIFY(records.first().detail.contains(QLatin1String("incident 42")));
        for (const AuditRecord &r : records)
            QVERIFY(!r.detail.contains(QLatin1String("demo-Zr8k2vQ")));

        auto grant = test::await(client.copyVaultItem(QStringLiteral("staging/api-token")));
        QVERIFY_RESULT(grant);
        QCOMPARE(grant.value().clearAfterMs, 30'000);
        QVERIFY(grant.value().stillOnClipboard(QByteArray("demo-tok-41a9")));
        QVERIFY(!grant.value().stillOnClipboard(QByteArray("something the user copied since")));
        QCOMPARE(grant.value().mimeHints.value(QStringLiteral("x-kde-passwordManagerHint")).toString(), QStringLiteral("secret"));
        QCOMPARE(auditActions(backend, QStringLiteral("vault/staging/api-token")).first(), QStringLiteral("secret.copy"));

        auto report = test::await(client.vaultAudit());
        QVERIFY_RESULT(report);
        QCOMPARE(report.value().findings.first().severity, 2);

        // Locking stops reveals; a wrong passphrase is refused; the right one opens it again.
        QSignalSpy events(&backend, &Backend::serviceEvent);
        QVERIFY_RESULT(test::await(client.lockVault()));
        QVERIFY(!test::await(client.revealVaultItem(QStringLiteral("prod/db-password"))).ok());
        QTRY_VERIFY(!events.isEmpty());
        QCOMPARE(events.first().at(0).toString(), QStringLiteral("secrets"));
        QCOMPARE(events.first().at(1).toString(), QStringLiteral("vault.locked"));
        auto wrong = test::await(client.unlockVault(makeSecret(QStringLiteral("not the passphrase"))), 60'000);
        QCOMPARE(wrong.error().code(), ErrorCode::Unauthenticated);
        QVERIFY_RESULT(test::await(client.unlockVault(makeSecret(QStringLiteral("shipdeck-demo"))), 60'000));
        QVERIFY_RESULT(test::await(client.revealVaultItem(QStringLiteral("prod/db-password"))));
    }

    void sopsFilesThroughTheClient()
    {
        QTemporaryDir dir;
        Backend backend(options());
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        backend.post([](BackendCore &core) { core.service<SecretsService>()->setVaultWorkFactor(12); }).waitForFinished();
        SecretsClient client(&backend, QStringLiteral("bob"));
        QVERIFY_RESULT(test::await(client.createVault(makeSecret(QStringLiteral("pw"))), 60'000));
        auto recipient = test::await(client.generateIdentity(QStringLiteral("age-identity/bob")));
        QVERIFY_RESULT(recipient);
        QVERIFY(recipient.value().startsWith(QLatin1String("age1")));

        auto created = test::await(client.createSopsFile(QStringLiteral("secrets/app.sops.yaml"),
                                                         makeSecret(QStringLiteral("api:\n    token: t0ken\n    url: https://x\n")),
                                                         {recipient.value()}, QStringLiteral("^token$")));
        QVERIFY_RESULT(created);
        QCOMPARE(created.value().encryptedValues, 1);
        auto files = test::await(client.sopsFiles());
        QVERIFY_RESULT(files);
        QCOMPARE(files.value().size(), 1);
        QCOMPARE(files.value().first().path, QStringLiteral("secrets/app.sops.yaml"));

        auto entries = test::await(client.sopsEntries(QStringLiteral("secrets/app.sops.yaml")));
        QVERIFY_RESULT(entries);
        QCOMPARE(entries.value().size(), 2);
        QCOMPARE(entries.value().at(0).display, maskedValue());
        QVERIFY(!entries.value().at(1).encrypted);
        // A value kept in clear text is shown as it is stored (no unlock needed).
        QCOMPARE(entries.value().at(1).display, QStringLiteral("https://x"));

        QSignalSpy events(&backend, &Backend::serviceEvent);
        auto edited = test::await(client.setSopsValue(QStringLiteral("secrets/app.sops.yaml"), QStringLiteral("api.token"), makeSecret(QStringLiteral("n3w"))));
        QVERIFY_RESULT(edited);
        QTRY_VERIFY(!events.isEmpty());
        QCOMPARE(events.last().at(1).toString(), QStringLiteral("sops.fileChanged"));
        auto value = test::await(client.revealSopsValue(QStringLiteral("secrets/app.sops.yaml"), QStringLiteral("api.token")));
        QVERIFY_RESULT(value);
        QCOMPARE(value.value().value->toString(), QStringLiteral("n3w"));
        QCOMPARE(auditActions(backend, QStringLiteral("sops/secrets/app.sops.yaml#api.token")),
                 (QStringList{QStringLiteral("secret.reveal"), QStringLiteral("secret.set")}));

        // A wrong value type and a path outside the workspace are refused; the file is unchanged.
        QFile file(dir.filePath(QStringLiteral("secrets/app.sops.yaml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        auto badType = test::await(client.setSopsValue(QStringLiteral("secrets/app.sops.yaml"), QStringLiteral("api.token"), makeSecret(QStringLiteral("abc")), QStringLiteral("int")));
        QCOMPARE(badType.error().code(), ErrorCode::InvalidArgument);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        auto outside = test::await(client.sopsEntries(QStringLiteral("../elsewhere.yaml")));
        QCOMPARE(outside.error().code(), ErrorCode::PermissionDenied);

        // Without the vault (its identity) the file cannot be opened: a clear error.
        QVERIFY_RESULT(test::await(client.lockVault()));
        auto locked = test::await(client.revealSopsValue(QStringLiteral("secrets/app.sops.yaml"), QStringLiteral("api.token")));
        QCOMPARE(locked.error().code(), ErrorCode::Unauthenticated);
        QVERIFY(locked.error().toString().contains(recipient.value()));
    }

    void kubeSecretsThroughTheClient()
    {
        QTemporaryDir dir;
        Backend backend(options());
        Workspace::OpenOptions open;
        open.create = true;
        QVERIFY_RESULT(test::await(backend.openWorkspace(dir.path(), open)));
        QFile f(dir.filePath(QStringLiteral("db-secret.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: aHVudGVyMg==\n");
        f.close();
        // A broken manifest is listed with its problem; SOPS files and other YAML are not listed.
        QDir(dir.path()).mkpath(QStringLiteral("k8s"));
        QFile broken(dir.filePath(QStringLiteral("k8s/broken.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("apiVersion: v1\nkind: Secret\nmetadata:\n  name: bad\ndata: {token: [unclosed\n");
        broken.close();
        QFile other(dir.filePath(QStringLiteral("k8s/deployment.yaml")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n");
        other.close();
        SecretsClient client(&backend, QStringLiteral("carol"));
        auto files = test::await(client.kubeSecretFiles());
        QVERIFY_RESULT(files);
        QCOMPARE(files.value().size(), 2);
        QCOMPARE(files.value().at(0).path, QStringLiteral("db-secret.yaml"));
        QCOMPARE(files.value().at(0).secrets, QStringList{QStringLiteral("db")});
        QCOMPARE(files.value().at(0).entries, 1);
        QVERIFY(files.value().at(0).problem.isEmpty());
        QCOMPARE(files.value().at(1).path, QStringLiteral("k8s/broken.yaml"));
        QVERIFY2(!files.value().at(1).problem.isEmpty(), "a manifest that does not parse names its problem");
        auto entries = test::await(client.kubeSecretEntries(QStringLiteral("db-secret.yaml")));
        QVERIFY_RESULT(entries);
        QCOMPARE(entries.value().first().display, maskedValue());
        QCOMPARE(entries.value().first().size, 7);
        QVERIFY_RESULT(test::await(client.setKubeSecretValue(QStringLiteral("db-secret.yaml"), QStringLiteral("password"), makeSecret(QStringLiteral("swordfish")))));
        auto revealed = test::await(client.revealKubeSecretValue(QStringLiteral("db-secret.yaml"), QStringLiteral("password")));
        QVERIFY_RESULT(revealed);
        QCOMPARE(revealed.value().value->toString(), QStringLiteral("swordfish"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("password: c3dvcmRmaXNo\n"));
        f.close();

        // Two Secrets in one file with the same key: each value is reached by SECRET/KEY, and
        // setting one leaves the other alone.
        QFile two(dir.filePath(QStringLiteral("two-secrets.yaml")));
        QVERIFY(two.open(QIODevice::WriteOnly));
        two.write("apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders\n  namespace: shop\ndata:\n  password: b3JkZXJz\n"
                  "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: billing\n  namespace: shop\ndata:\n  password: YmlsbGluZw==\n");
        two.close();
        auto both = test::await(client.kubeSecretEntries(QStringLiteral("two-secrets.yaml")));
        QVERIFY_RESULT(both);
        QCOMPARE(both.value().size(), 2);
        QCOMPARE(both.value().at(1).ref(), QStringLiteral("shop/billing/password"));
        auto billing = test::await(client.revealKubeSecretValue(QStringLiteral("two-secrets.yaml"), both.value().at(1).ref()));
        QVERIFY_RESULT(billing);
        QCOMPARE(billing.value().value->toString(), QStringLiteral("billing"));
        auto orders = test::await(client.revealKubeSecretValue(QStringLiteral("two-secrets.yaml"), QStringLiteral("orders/password")));
        QVERIFY_RESULT(orders);
        QCOMPARE(orders.value().value->toString(), QStringLiteral("orders"));
        QVERIFY_RESULT(test::await(client.setKubeSecretValue(QStringLiteral("two-secrets.yaml"), QStringLiteral("shop/billing/password"),
                                                             makeSecret(QStringLiteral("n3w")))));
        orders = test::await(client.revealKubeSecretValue(QStringLiteral("two-secrets.yaml"), QStringLiteral("shop/orders/password")));
        QCOMPARE(orders.value().value->toString(), QStringLiteral("orders"));
        billing = test::await(client.revealKubeSecretValue(QStringLiteral("two-secrets.yaml"), QStringLiteral("shop/billing/password")));
        QCOMPARE(billing.value().value->toString(), QStringLiteral("n3w"));
        auto missing = test::await(client.revealKubeSecretValue(QStringLiteral("two-secrets.yaml"), QStringLiteral("shop/payments/password")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QVERIFY2(missing.error().message().contains(QStringLiteral("shop/payments")), qPrintable(missing.error().message()));
    }
};

QTEST_GUILESS_MAIN(tst_SecretsService)
#include "tst_secretsservice.moc"
