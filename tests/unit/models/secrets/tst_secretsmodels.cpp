// The Secrets page's models under QAbstractItemModelTester: values are masked unless revealed,
// revealed values mask themselves again after the timeout, nothing secret goes into tooltips,
// and the clipboard is cleared after the grant's timeout only while it still holds the secret.
#include "backend/secrets/crypto/primitives.h"
#include "models/secrets/kubesecretentrymodel.h"
#include "models/secrets/revealedvalues.h"
#include "models/secrets/secretclipboard.h"
#include "models/secrets/sopsentrymodel.h"
#include "models/secrets/vaultauditmodel.h"
#include "models/secrets/vaultitemmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>

using namespace shipdeck;

namespace {

const QString kSecret = QStringLiteral("hunter2-plaintext");

VaultItem item(const QString &name)
{
    VaultItem i;
    i.name = name;
    i.owner = QStringLiteral("payments");
    i.tags = {QStringLiteral("prod")};
    i.createdMs = 1'700'000'000'000;
    return i;
}

// Every role of every cell, as text: where a value could leak.
QString everything(const QAbstractItemModel &model, int role)
{
    QString out;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            out += model.index(r, c).data(role).toString() + QLatin1Char('\n');
    }
    return out;
}

} // namespace

class tst_SecretsModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vaultValuesAreMaskedUntilRevealedAndMaskAgain()
    {
        RevealedValues revealed;
        revealed.setRemaskAfterMs(150);
        VaultItemModel model(&revealed);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({item(QStringLiteral("prod/db-password")), item(QStringLiteral("prod/api-key"))});
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(QStringLiteral("prod/db-password"));
        const QModelIndex value = model.index(row, VaultItemModel::ValueColumn);
        QCOMPARE(value.data().toString(), maskedValue());
        QCOMPARE(model.index(row, VaultItemModel::OwnerColumn).data().toString(), QStringLiteral("payments"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        revealed.reveal(VaultItemModel::revealId(QStringLiteral("prod/db-password")), makeSecret(kSecret));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(value.data().toString(), kSecret);
        QVERIFY(value.data(VaultItemModel::RevealedRole).toBool());
        QVERIFY(!everything(model, Qt::ToolTipRole).contains(kSecret));
        QVERIFY(!everything(model, Qt::DisplayRole).contains(QStringLiteral("prod/api-key\n") + kSecret));
        // Re-masked after the timeout: the plaintext is gone from the model and the store.
        QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), maskedValue(), 5000);
        QCOMPARE(revealed.count(), 0);
        QVERIFY(!everything(model, Qt::DisplayRole).contains(kSecret));
    }

    void maskAllByPrefix()
    {
        RevealedValues revealed;
        revealed.reveal(QStringLiteral("vault/a"), makeSecret(QStringLiteral("1")));
        revealed.reveal(QStringLiteral("sops/f.yaml#b"), makeSecret(QStringLiteral("2")));
        QCOMPARE(revealed.count(), 2);
        revealed.maskAll(QStringLiteral("vault/"));
        QVERIFY(!revealed.isRevealed(QStringLiteral("vault/a")));
        QCOMPARE(revealed.text(QStringLiteral("sops/f.yaml#b")), QStringLiteral("2"));
        revealed.maskAll();
        QCOMPARE(revealed.count(), 0);
        QVERIFY(revealed.text(QStringLiteral("sops/f.yaml#b")).isEmpty());
    }

    void findingsMarkItemsAndOrderTheReport()
    {
        RevealedValues revealed;
        VaultItemModel items(&revealed);
        QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        items.setItems({item(QStringLiteral("a")), item(QStringLiteral("b"))});
        VaultFinding expired{VaultFinding::Kind::Expired, QStringLiteral("a"), QStringLiteral("expired 3 days ago"), 3, {}};
        VaultFinding unused{VaultFinding::Kind::Unused, QStringLiteral("b"), QStringLiteral("never used"), 0, {}};
        items.setFindings({expired, unused});
        QCOMPARE(items.index(items.rowOf(QStringLiteral("a")), 0).data(VaultItemModel::SeverityRole).toInt(), 3);
        QCOMPARE(items.index(items.rowOf(QStringLiteral("a")), VaultItemModel::StatusColumn).data().toString(),
                 vaultFindingLabel(VaultFinding::Kind::Expired));

        VaultAuditModel audit;
        QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VaultAuditReport report;
        report.items = 2;
        report.findings = {expired, unused};
        audit.setReport(report);
        QCOMPARE(audit.rowCount(), 2);
        QCOMPARE(audit.actionCount(), 1);
        QCOMPARE(audit.index(0, VaultAuditModel::ItemColumn).data().toString(), QStringLiteral("a"));
        audit.setReport({});
        QCOMPARE(audit.rowCount(), 0);
    }

    void sopsAndKubeValuesAreMaskedUnlessRevealed()
    {
        RevealedValues revealed;
        SopsEntryModel sops(&revealed);
        QAbstractItemModelTester tester(&sops, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SopsEntryView enc{QStringLiteral("db.password"), QStringLiteral("str"), true, false, maskedValue()};
        SopsEntryView clear{QStringLiteral("flags.new_checkout"), QStringLiteral("bool"), false, false, QStringLiteral("true")};
        sops.setEntries(QStringLiteral("secrets/prod.sops.yaml"), {enc, clear});
        const int row = sops.rowOf(QStringLiteral("db.password"));
        QCOMPARE(sops.index(row, SopsEntryModel::ValueColumn).data().toString(), maskedValue());
        QCOMPARE(sops.index(sops.rowOf(QStringLiteral("flags.new_checkout")), SopsEntryModel::ValueColumn).data().toString(),
                 QStringLiteral("true"));
        revealed.reveal(SopsEntryModel::revealId(QStringLiteral("secrets/prod.sops.yaml"), QStringLiteral("db.password")), makeSecret(kSecret));
        QCOMPARE(sops.index(row, SopsEntryModel::ValueColumn).data().toString(), kSecret);
        QVERIFY(!everything(sops, Qt::ToolTipRole).contains(kSecret));
        revealed.maskAll();
        QCOMPARE(sops.index(row, SopsEntryModel::ValueColumn).data().toString(), maskedValue());

        KubeSecretEntryModel kube(&revealed);
        QAbstractItemModelTester kubeTester(&kube, QAbstractItemModelTester::FailureReportingMode::QtTest);
        KubeSecretEntryView e;
        e.secret = QStringLiteral("shop/storefront-db");
        e.field = QStringLiteral("data");
        e.key = QStringLiteral("password");
        e.size = 14;
        e.display = maskedValue();
        // A second Secret of the same file with the same key: its own row and reveal state.
        KubeSecretEntryView other = e;
        other.secret = QStringLiteral("shop/orders-db");
        kube.setEntries(QStringLiteral("k8s/db.yaml"), {e, other});
        QCOMPARE(kube.rowCount(), 2);
        QCOMPARE(kube.index(0, KubeSecretEntryModel::ValueColumn).data().toString(), maskedValue());
        QCOMPARE(kube.index(1, 0).data(KubeSecretEntryModel::KeyRole).toString(), QStringLiteral("shop/orders-db/password"));
        QCOMPARE(kube.rowOf(QStringLiteral("shop/orders-db/password")), 1);
        revealed.reveal(KubeSecretEntryModel::revealId(QStringLiteral("k8s/db.yaml"), other.ref()), makeSecret(kSecret));
        QCOMPARE(kube.index(1, KubeSecretEntryModel::ValueColumn).data().toString(), kSecret);
        QCOMPARE(kube.index(0, KubeSecretEntryModel::ValueColumn).data().toString(), maskedValue());
        revealed.maskAll();
        kube.setEntries(QStringLiteral("k8s/other.yaml"), {});
        QCOMPARE(kube.rowCount(), 0);
    }

    void clipboardClearsAfterTheGrantsTimeout()
    {
        QClipboard *cb = QGuiApplication::clipboard();
        SecretClipboard clipboard(cb);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        ClipboardGrant grant;
        grant.value = makeSecret(kSecret);
        grant.clearAfterMs = 200;
        grant.fingerprint = crypto::sha256(kSecret.toUtf8());
        clipboard.copy(grant, QStringLiteral("prod/db-password"));
        QCOMPARE(cb->text(), kSecret);
        QVERIFY(clipboard.isHolding());
        QVERIFY(cleared.wait(5000));
        QCOMPARE(cleared.last().at(1).toBool(), true);
        QVERIFY(cb->text().isEmpty());

        // Something else copied in the meantime is left alone.
        clipboard.copy(grant, QStringLiteral("prod/db-password"));
        cb->setText(QStringLiteral("an unrelated note"));
        QVERIFY(cleared.wait(5000));
        QCOMPARE(cleared.last().at(1).toBool(), false);
        QCOMPARE(cb->text(), QStringLiteral("an unrelated note"));
    }
};

QTEST_MAIN(tst_SecretsModels)
#include "tst_secretsmodels.moc"
