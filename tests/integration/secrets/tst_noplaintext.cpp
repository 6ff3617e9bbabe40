// No plaintext on disk: one unique secret goes through every path that handles values — the
// vault (store, reveal, copy, rotate, re-key), a SOPS file (create, edit, reveal, decrypt,
// recipients, data-key rotation), the clipboard grant, failing operations whose errors are
// logged, and a traced workflow — with the file log on. Then the workspace (database, WAL,
// logs, SOPS files and any crash-safe temporary files) and the temp folder are scanned: the
// plaintext appears nowhere, in UTF-8, UTF-16 or base64.
#include "backend/core/tracer.h"
#include "backend/facade/backend.h"
#include "backend/secrets/age/agekeys.h"
#include "backend/secrets/crypto/primitives.h"
#include "backend/secrets/secretsclient.h"
#include "backend/secrets/secretsservice.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>

using namespace shipdeck;

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

// Every file under `root` that contains any of the needles.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    for (const QString &path : filesUnder(root)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &n : needles) {
            if (bytes.contains(n))
                hits << QStringLiteral("%1 (%2)").arg(path, QString::fromLatin1(n.toHex().left(16)));
        }
    }
    return hits;
}

QList<QByteArray> forms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8,
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
            utf8.toBase64(),
            utf8.toHex()};
}

} // namespace

class tst_NoPlaintext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plaintextNeverReachesDisk()
    {
        // A private temp folder for this process, so everything it writes there is scanned.
        QTemporaryDir tempRoot(test::buildDir() + QStringLiteral("/noplaintext-XXXXXX"));
        QVERIFY(tempRoot.isValid());
        const QString tmp = tempRoot.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(tmp));
        qputenv("TMPDIR", tmp.toLocal8Bit());
        QCOMPARE(QDir::tempPath(), QDir(tmp).absolutePath());
        const QString workspace = tempRoot.filePath(QStringLiteral("ws"));

        const QString secret = QStringLiteral("SDPLAIN-") + QString::fromLatin1(crypto::randomBytes(12).toHex());
        const QString secret2 = QStringLiteral("SDPLAIN2-") + QString::fromLatin1(crypto::randomBytes(12).toHex());
        const QString passphrase = QStringLiteral("SDPASS-") + QString::fromLatin1(crypto::randomBytes(12).toHex());

        {
            BackendOptions options;
            options.fileLog = true;
            Backend backend(options);
            Workspace::OpenOptions open;
            open.create = true;
            QVERIFY_RESULT(test::await(backend.openWorkspace(workspace, open)));
            backend.post([](BackendCore &core) { core.service<SecretsService>()->setVaultWorkFactor(12); }).waitForFinished();
            SecretsClient client(&backend, QStringLiteral("tester"));

            // Vault
            QVERIFY_RESULT(test::await(client.createVault(makeSecret(passphrase)), 60'000));
            VaultItemSpec spec;
            spec.rotationDays = 1;
            QVERIFY_RESULT(test::await(client.putVaultItem(QStringLiteral("app/token"), makeSecret(secret), spec)));
            QCOMPARE(test::await(client.revealVaultItem(QStringLiteral("app/token"), QStringLiteral("scan"))).value().value->toString(), secret);
            auto grant = test::await(client.copyVaultItem(QStringLiteral("app/token")));
            QVERIFY_RESULT(grant);
            QVERIFY(grant.value().stillOnClipboard(secret.toUtf8()));
            QVERIFY_RESULT(test::await(client.putVaultItem(QStringLiteral("app/duplicate"), makeSecret(secret), {})));
            QVERIFY_RESULT(test::await(client.vaultAudit()));
            QVERIFY_RESULT(test::await(client.rotateVaultItem(QStringLiteral("app/duplicate"), makeSecret(secret2))));
            QVERIFY_RESULT(test::await(client.changeVaultPassphrase(makeSecret(passphrase + QStringLiteral("-2"))), 60'000));

            // SOPS
            auto recipient = test::await(client.generateIdentity(QStringLiteral("age-identity/test")));
            QVERIFY_RESULT(recipient);
            const QString plain = QStringLiteral("db:\n    password: %1\n    user: admin\n").arg(secret);
            QVERIFY_RESULT(test::await(client.createSopsFile(QStringLiteral("secrets/app.sops.yaml"), makeSecret(plain), {recipient.value()})));
            QVERIFY_RESULT(test::await(client.createSopsFile(QStringLiteral("secrets/app.sops.env"), makeSecret(QStringLiteral("TOKEN=%1\n").arg(secret)), {recipient.value()})));
            QVERIFY_RESULT(test::await(client.setSopsValue(QStringLiteral("secrets/app.sops.yaml"), QStringLiteral("db.user"), makeSecret(secret2))));
            QVERIFY_RESULT(test::await(client.setSopsValue(QStringLiteral("secrets/app.sops.env"), QStringLiteral("NEW"), makeSecret(secret2))));
            QCOMPARE(test::await(client.revealSopsValue(QStringLiteral("secrets/app.sops.yaml"), QStringLiteral("db.password"))).value().value->toString(), secret);
            QVERIFY(test::await(client.decryptSopsFile(QStringLiteral("secrets/app.sops.yaml"))).value()->toString().contains(secret));
            const QString other = age::X25519Identity::generate().recipient().toString();
            QVERIFY_RESULT(test::await(client.setSopsRecipients(QStringLiteral("secrets/app.sops.yaml"), {recipient.value(), other})));
            QVERIFY_RESULT(test::await(client.rotateSopsDataKey(QStringLiteral("secrets/app.sops.yaml"))));

            // Failures whose errors end up in the log: a value of the wrong type, a wrong
            // passphrase, a damaged file.
            auto badType = test::await(client.setSopsValue(QStringLiteral("secrets/app.sops.yaml"), QStringLiteral("db.port"), makeSecret(secret), QStringLiteral("int")));
            QVERIFY(!badType.ok());
            qWarning("expected failure: %s", qPrintable(badType.error().toString()));
            QVERIFY_RESULT(test::await(client.lockVault()));
            auto wrongPass = test::await(client.unlockVault(makeSecret(secret)), 60'000);
            QVERIFY(!wrongPass.ok());
            qWarning("expected failure: %s", qPrintable(wrongPass.error().toString()));
            QVERIFY_RESULT(test::await(client.unlockVault(makeSecret(passphrase + QStringLiteral("-2"))), 60'000));

            // A traced workflow in the same session (spans are persisted).
            WorkflowRequest request;
            request.type = QStringLiteral("system-maintenance");
            request.payload = {{QStringLiteral("vacuum"), false}};
            QVERIFY(test::await(backend.runWorkflow(request), 60'000).success);

            // While the database is open (WAL in use) nothing is there either.
            QVERIFY2(filesContaining(workspace, forms(secret)).isEmpty(), qPrintable(filesContaining(workspace, forms(secret)).join(QLatin1Char('\n'))));
        }

        QStringList hits = filesContaining(workspace, forms(secret) + forms(secret2) + forms(passphrase));
        hits += filesContaining(tmp, forms(secret) + forms(secret2) + forms(passphrase));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        // The scan looked at real content: the log, the database and both SOPS files exist.
        const QStringList all = filesUnder(workspace);
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const QString &p) { return p.endsWith(QLatin1String("shipdeck.log")); }));
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const QString &p) { return p.endsWith(QLatin1String("app.sops.env")); }));
        QFile log(workspace + QStringLiteral("/logs/shipdeck.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("expected failure"));

        // Control: the scanner does find a value that is on disk.
        QFile control(tmp + QStringLiteral("/control.txt"));
        QVERIFY(control.open(QIODevice::WriteOnly));
        control.write(secret.toUtf8().toBase64());
        control.close();
        QCOMPARE(filesContaining(tmp, forms(secret)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_NoPlaintext)
#include "tst_noplaintext.moc"
