// The local vault on a real SQLite file: passphrase and key handling, items and their metadata,
// rotation, re-keying, the audit report on a clock the test moves, and damage.
#include "backend/core/clock.h"
#include "backend/secrets/vault/keychain.h"
#include "backend/secrets/vault/vault.h"
#include "backend/store/database.h"
#include "backend/store/migrations.h"
#include "testsupport.h"

using namespace shipdeck;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock;
    std::unique_ptr<Vault> vault;

    Fixture()
    {
        db = std::move(Database::open(dir.filePath(QStringLiteral("ws.db"))).value());
        (void)Migrations::migrate(*db);
        vault = std::make_unique<Vault>(*db, &clock);
    }
};

SecureBuffer text(const char *s)
{
    return SecureBuffer::fromByteArray(QByteArray(s));
}

Result<SecureBuffer> keyFor(const char *passphrase, const VaultKdfParams &params)
{
    return Vault::deriveKey(text(passphrase), params);
}

QStringList findings(const VaultAuditReport &report, VaultFinding::Kind kind)
{
    QStringList out;
    for (const VaultFinding &f : report.findings) {
        if (f.kind == kind)
            out << f.item;
    }
    return out;
}

} // namespace

class tst_Vault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passphraseUnlocksAndWrongOneIsRefused()
    {
        Fixture f;
        QCOMPARE(f.vault->isInitialized().value(), false);
        const VaultKdfParams params = VaultKdfParams::fresh(12);
        QVERIFY_RESULT(f.vault->initialize(keyFor("correct horse", params).value(), Vault::KeySource::Passphrase, params));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("db"), text("s3cret"), {}));
        QVERIFY(!f.vault->initialize(keyFor("x", params).value(), Vault::KeySource::Passphrase, params).ok());

        // A fresh Vault object on the same file: the stored parameters derive the same key.
        Vault again(*f.db, &f.clock);
        QVERIFY(!again.isUnlocked());
        QCOMPARE(again.get(QStringLiteral("db")).error().code(), ErrorCode::FailedPrecondition);
        const VaultKdfParams stored = again.kdfParams().value();
        QCOMPARE(stored.logN, 12);
        QCOMPARE(stored.salt, params.salt);
        auto wrong = again.unlock(keyFor("wrong horse", stored).value());
        QCOMPARE(wrong.error().code(), ErrorCode::Unauthenticated);
        QVERIFY(wrong.error().message().contains(QLatin1String("wrong vault passphrase")));
        QVERIFY(!again.isUnlocked());
        QVERIFY_RESULT(again.unlock(keyFor("correct horse", stored).value()));
        QCOMPARE(again.get(QStringLiteral("db")).value().toString(), QStringLiteral("s3cret"));
        again.lock();
        QVERIFY(!again.get(QStringLiteral("db")).ok());
    }

    void kdfParametersAreChecked_data()
    {
        QTest::addColumn<int>("logN");
        QTest::addColumn<int>("saltBytes");
        QTest::newRow("tiny N") << 4 << 16;
        QTest::newRow("huge N") << 40 << 16;
        QTest::newRow("short salt") << 12 << 4;
    }

    void kdfParametersAreChecked()
    {
        QFETCH(int, logN);
        QFETCH(int, saltBytes);
        VaultKdfParams p = VaultKdfParams::fresh(logN);
        p.salt = p.salt.left(saltBytes);
        QCOMPARE(Vault::deriveKey(text("pw"), p).error().code(), ErrorCode::Corrupt);
        QCOMPARE(Vault::deriveKey(SecureBuffer(), VaultKdfParams::fresh(12)).error().code(), ErrorCode::InvalidArgument);
    }

    void itemsKeepMetadataAndRotate()
    {
        Fixture f;
        const VaultKdfParams params = VaultKdfParams::fresh(12);
        QVERIFY_RESULT(f.vault->initialize(keyFor("pw", params).value(), Vault::KeySource::Passphrase, params));
        VaultItemSpec spec;
        spec.owner = QStringLiteral("platform");
        spec.description = QStringLiteral("storefront db");
        spec.tags = {QStringLiteral("prod"), QStringLiteral("db")};
        spec.expiresMs = f.clock.nowMs() + 30 * kDay;
        spec.rotationDays = 90;
        auto item = f.vault->put(QStringLiteral("prod/db"), text("one"), spec);
        QVERIFY_RESULT(item);
        QCOMPARE(item.value().owner, QStringLiteral("platform"));
        QCOMPARE(item.value().tags, spec.tags);
        QCOMPARE(item.value().rotationDays, 90);
        QCOMPARE(item.value().version, 1);
        QCOMPARE(item.value().rotatedMs, 0);

        f.clock.advance(kDay);
        auto rotated = f.vault->rotate(QStringLiteral("prod/db"), text("two"));
        QVERIFY_RESULT(rotated);
        QCOMPARE(rotated.value().version, 2);
        QCOMPARE(rotated.value().rotatedMs, f.clock.nowMs());
        QCOMPARE(rotated.value().owner, QStringLiteral("platform"));
        QCOMPARE(f.vault->get(QStringLiteral("prod/db")).value().toString(), QStringLiteral("two"));
        const VaultItem used = f.vault->item(QStringLiteral("prod/db")).value();
        QCOMPARE(used.useCount, 1);
        QCOMPARE(used.lastUsedMs, f.clock.nowMs());

        QCOMPARE(f.vault->rotate(QStringLiteral("missing"), text("x")).error().code(), ErrorCode::NotFound);
        QVERIFY_RESULT(f.vault->remove(QStringLiteral("prod/db")));
        QCOMPARE(f.vault->remove(QStringLiteral("prod/db")).error().code(), ErrorCode::NotFound);
        QVERIFY(!f.vault->put(QString(), text("x"), {}).ok());
    }

    void ciphertextOnlyAndBoundToName()
    {
        Fixture f;
        const VaultKdfParams params = VaultKdfParams::fresh(12);
        QVERIFY_RESULT(f.vault->initialize(keyFor("pw", params).value(), Vault::KeySource::Passphrase, params));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("a"), text("plaintext-marker-a"), {}));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("b"), text("plaintext-marker-b"), {}));
        QVERIFY_RESULT(f.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QFile file(f.dir.filePath(QStringLiteral("ws.db")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("plaintext-marker"));

        // Swapping two items' ciphertexts is detected: a value is bound to its name.
        QVERIFY_RESULT(f.db->exec(QStringLiteral(
            "UPDATE vault_items SET ciphertext = (SELECT ciphertext FROM vault_items WHERE name = 'b'), "
            "nonce = (SELECT nonce FROM vault_items WHERE name = 'b') WHERE name = 'a'")));
        auto swapped = f.vault->get(QStringLiteral("a"));
        QCOMPARE(swapped.error().code(), ErrorCode::Corrupt);
        QVERIFY(swapped.error().message().contains(QLatin1String("'a'")));
    }

    void rekeyReencryptsEverything()
    {
        Fixture f;
        const VaultKdfParams first = VaultKdfParams::fresh(12);
        QVERIFY_RESULT(f.vault->initialize(keyFor("old", first).value(), Vault::KeySource::Passphrase, first));
        for (int i = 0; i < 5; ++i)
            QVERIFY_RESULT(f.vault->put(QStringLiteral("item%1").arg(i), SecureBuffer::fromString(QStringLiteral("value %1").arg(i)), {}));
        const VaultKdfParams second = VaultKdfParams::fresh(12);
        QVERIFY_RESULT(f.vault->rekey(keyFor("new", second).value(), Vault::KeySource::Passphrase, second));
        Vault again(*f.db, &f.clock);
        QCOMPARE(again.unlock(keyFor("old", first).value()).error().code(), ErrorCode::Unauthenticated);
        QVERIFY_RESULT(again.unlock(keyFor("new", again.kdfParams().value()).value()));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(again.get(QStringLiteral("item%1").arg(i)).value().toString(), QStringLiteral("value %1").arg(i));
    }

    void auditReportOrdersWhatNeedsAction()
    {
        Fixture f;
        const VaultKdfParams params = VaultKdfParams::fresh(12);
        QVERIFY_RESULT(f.vault->initialize(keyFor("pw", params).value(), Vault::KeySource::Passphrase, params));
        const qint64 t0 = f.clock.nowMs();
        VaultItemSpec expiring;
        expiring.expiresMs = t0 + 200 * kDay;
        VaultItemSpec expired;
        expired.expiresMs = t0 + 100 * kDay;
        VaultItemSpec policy;
        policy.rotationDays = 30;
        QVERIFY_RESULT(f.vault->put(QStringLiteral("expiring"), text("v1"), expiring));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("expired"), text("v2"), expired));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("overdue"), text("v3"), policy));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("dup-a"), text("dup-value-x9"), {}));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("dup-b"), text("dup-value-x9"), {}));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("used"), text("v4"), {}));
        QVERIFY_RESULT(f.vault->put(QStringLiteral("rotated"), text("v5"), policy));

        f.clock.advance(190 * kDay);
        (void)f.vault->get(QStringLiteral("used"));
        QVERIFY_RESULT(f.vault->rotate(QStringLiteral("rotated"), text("v6")));
        auto report = f.vault->audit(14, 90);
        QVERIFY_RESULT(report);
        const VaultAuditReport &r = report.value();
        QCOMPARE(r.items, 7);
        QCOMPARE(findings(r, VaultFinding::Kind::Expired), QStringList{QStringLiteral("expired")});
        QCOMPARE(findings(r, VaultFinding::Kind::Expiring), QStringList{QStringLiteral("expiring")});
        QCOMPARE(findings(r, VaultFinding::Kind::OverdueRotation), QStringList{QStringLiteral("overdue")});
        QCOMPARE(findings(r, VaultFinding::Kind::DuplicateValue), (QStringList{QStringLiteral("dup-a"), QStringLiteral("dup-b")}));
        QVERIFY(!findings(r, VaultFinding::Kind::NeverRotated).contains(QStringLiteral("rotated")));
        QVERIFY(findings(r, VaultFinding::Kind::NeverRotated).contains(QStringLiteral("used")));
        QVERIFY(!findings(r, VaultFinding::Kind::Unused).contains(QStringLiteral("used")));
        QVERIFY(findings(r, VaultFinding::Kind::Unused).contains(QStringLiteral("dup-a")));
        // Most severe first.
        for (int i = 1; i < r.findings.size(); ++i)
            QVERIFY(r.findings.at(i - 1).severity >= r.findings.at(i).severity);
        QCOMPARE(r.findings.first().severity, 3);
        QVERIFY(!QJsonDocument(r.toJson()).toJson().contains("dup-value-x9"));
    }

    void keychainDegradesClearly()
    {
        const Keychain::Status status = Keychain::probe();
        if (status.available)
            QSKIP("a keychain is available on this machine");
        QVERIFY(status.detail.contains(QLatin1String("no OS keychain")));
        auto lookup = Keychain::lookup(QStringLiteral("/tmp/ws"));
        QCOMPARE(lookup.error().code(), ErrorCode::Unavailable);
        QVERIFY(lookup.error().message().contains(QLatin1String("passphrase")));
        QCOMPARE(Keychain::store(QStringLiteral("/tmp/ws"), QStringLiteral("x"), text("k")).error().code(), ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(tst_Vault)
#include "tst_vault.moc"
