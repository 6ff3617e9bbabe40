// The Secrets page on a real demo workspace (vault with passphrase shipdeck-demo, SOPS file
// encrypted with the real age keys, a Kubernetes Secret manifest): lock and unlock through the
// dialog, reveal (audited, masked again), copy (clipboard cleared after the grant's timeout),
// edit one SOPS value; screenshots in both themes and sizes.
#include "backend/facade/backend.h"
#include "backend/facade/backendcore.h"
#include "backend/secrets/secretsclient.h"
#include "backend/secrets/secretsservice.h"
#include "guitestsupport.h"
#include "models/secrets/kubesecretentrymodel.h"
#include "models/secrets/kubesecretfilemodel.h"
#include "models/secrets/revealedvalues.h"
#include "models/secrets/secretsviewmodel.h"
#include "models/secrets/sopsentrymodel.h"
#include "models/secrets/sopsfilemodel.h"
#include "models/secrets/vaultauditmodel.h"
#include "models/secrets/vaultitemmodel.h"
#include "testsupport.h"
#include "ui/secrets/secretspage.h"
#include "ui/secrets/secretvaluedialog.h"
#include "ui/secrets/unlockvaultdialog.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/thememanager.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace shipdeck;

namespace {

const QString kPassword = QStringLiteral("demo-Zr8k2vQ");

// Answers the next modal dialog: `fill` prepares it, then its confirm button is clicked.
template<typename Dialog, typename Fill>
void answerNextDialog(QObject *context, Fill fill)
{
    QTimer::singleShot(0, context, [fill] {
        QTRY_VERIFY(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        fill(dialog);
        auto *confirm = dialog->template findChild<QAbstractButton *>(QStringLiteral("confirmButton"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isEnabled());
        confirm->click();
    });
}

QStringList auditFor(Backend &backend, const QString &target)
{
    QStringList out;
    const auto records = test::await(backend.auditLog(200));
    for (const AuditRecord &r : records.value()) {
        if (r.target == target)
            out << r.action;
    }
    return out;
}

int rowWith(const QAbstractItemModel *model, int role, const QString &value)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(role).toString() == value)
            return r;
    }
    return -1;
}

} // namespace

class tst_SecretsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { test::isolateUserSettings(); }

    void vaultSopsAndKubernetesSecrets()
    {
        ThemeManager theme(qApp);
        BackendOptions options;
        options.fileLog = false;
        Backend backend(options);
        Workspace::OpenOptions open;
        open.create = true;
        open.demo = true;
        const QString root = m_dir.filePath(QStringLiteral("ws"));
        QVERIFY_RESULT(test::await(backend.openWorkspace(root, open)));
        QVERIFY_RESULT(test::await(backend.seedDemo(), 120'000));
        backend.post([](BackendCore &core) { core.service<SecretsService>()->setClipboardClearMs(600); }).waitForFinished();

        MainWindow window(&backend, &theme);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("secrets"));
        auto *page = qobject_cast<SecretsPage *>(window.page(QStringLiteral("secrets")));
        QVERIFY(page);
        SecretsViewModel *vm = page->viewModel();
        QTRY_VERIFY_WITH_TIMEOUT(vm->hasStatus() && vm->status().vaultUnlocked, 10'000);
        QTRY_COMPARE(vm->vaultItems()->rowCount(), 4);

        // Lock, then unlock through the dialog (a wrong passphrase first keeps it open).
        window.actions()->action(QStringLiteral("secrets.vault.lock"))->trigger();
        QTRY_VERIFY(!vm->status().vaultUnlocked);
        QTRY_VERIFY(page->stateLabel()->text().contains(QStringLiteral("locked")));
        QAction *unlock = window.actions()->action(QStringLiteral("secrets.vault.unlock"));
        QTRY_VERIFY(unlock->isEnabled());
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<UnlockVaultDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<UnlockVaultDialog *>(QApplication::activeModalWidget());
            QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("not-the-passphrase"));
            dialog->unlockButton()->click();
            QVERIFY(dialog->passphraseEdit()->text().isEmpty()); // wiped as soon as it is used
            QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->text().contains(QStringLiteral("Wrong passphrase")), 30'000);
            QVERIFY(dialog->isVisible());
            QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("shipdeck-demo"));
            test::saveScreenshot(dialog, QStringLiteral("secrets-unlock-dialog"));
            dialog->unlockButton()->click();
        });
        unlock->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(vm->status().vaultUnlocked, 30'000);
        QTRY_COMPARE(vm->vaultItems()->rowCount(), 4);

        // Reveal one value: confirmed, shown, audited, masked again after the short time.
        vm->revealed()->setRemaskAfterMs(1500);
        QVERIFY(page->selectVaultItem(QStringLiteral("prod/db-password")));
        const int row = vm->vaultItems()->rowOf(QStringLiteral("prod/db-password"));
        const QModelIndex value = vm->vaultItems()->index(row, VaultItemModel::ValueColumn);
        QCOMPARE(value.data().toString(), maskedValue());
        answerNextDialog<QDialog>(this, [](QDialog *d) {
            auto *reason = d->findChild<QPlainTextEdit *>();
            if (reason)
                reason->setPlainText(QStringLiteral("incident 42"));
        });
        window.actions()->action(QStringLiteral("secrets.vault.reveal"))->trigger();
        QTRY_COMPARE(value.data().toString(), kPassword);
        QVERIFY(!value.data(Qt::ToolTipRole).toString().contains(kPassword));
        QTRY_VERIFY(auditFor(backend, QStringLiteral("vault/prod/db-password")).contains(QStringLiteral("secret.reveal")));
        test::saveScreenshot(&window, QStringLiteral("secrets-vault-revealed"));
        QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), maskedValue(), 10'000);
        QCOMPARE(vm->revealed()->count(), 0);

        // Copy: on the clipboard, audited, cleared after the grant's timeout.
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        window.actions()->action(QStringLiteral("secrets.vault.copy"))->trigger();
        QTRY_COMPARE(clipboard->text(), kPassword);
        QTRY_VERIFY(page->messageLabel()->text().contains(QStringLiteral("cleared")));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 10'000);
        QVERIFY(auditFor(backend, QStringLiteral("vault/prod/db-password")).contains(QStringLiteral("secret.copy")));

        // The audit report lists what needs action first.
        page->showTab(SecretsPage::AuditTab);
        QTRY_VERIFY(vm->audit()->rowCount() > 0);
        QVERIFY(vm->audit()->index(0, 0).data(VaultAuditModel::SeverityRole).toInt()
                >= vm->audit()->index(vm->audit()->rowCount() - 1, 0).data(VaultAuditModel::SeverityRole).toInt());

        // SOPS: open the demo file, edit one value through the dialog; the file stays encrypted.
        page->showTab(SecretsPage::SopsTab);
        const QString sopsPath = QStringLiteral("secrets/prod.sops.yaml");
        QTRY_VERIFY(page->selectSopsFile(sopsPath));
        QTRY_VERIFY(vm->sopsEntries()->rowOf(QStringLiteral("stripe_api_key")) >= 0);
        QCOMPARE(vm->sopsEntries()->index(vm->sopsEntries()->rowOf(QStringLiteral("stripe_api_key")), SopsEntryModel::ValueColumn).data().toString(),
                 maskedValue());
        QVERIFY(page->selectSopsKey(QStringLiteral("stripe_api_key")));
        QAction *edit = window.actions()->action(QStringLiteral("secrets.sops.edit"));
        QTRY_VERIFY(edit->isEnabled());
        answerNextDialog<SecretValueDialog>(this, [](SecretValueDialog *d) {
            QTest::keyClicks(d->valueEdit(), QStringLiteral("sk-live-rotated-77"));
        });
        edit->trigger();
        QTRY_VERIFY(page->messageLabel()->text().contains(QStringLiteral("saved")));
        QFile file(root + QLatin1Char('/') + sopsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.contains("sk-live-rotated-77"));
        QVERIFY(onDisk.contains("ENC[AES256_GCM"));
        SecretsClient client(&backend, QStringLiteral("test"));
        auto stripe = test::await(client.revealSopsValue(sopsPath, QStringLiteral("stripe_api_key")));
        QVERIFY_RESULT(stripe);
        QCOMPARE(stripe.value().value->toString(), QStringLiteral("sk-live-rotated-77"));
        // Reveal through the page.
        QTRY_VERIFY(page->selectSopsKey(QStringLiteral("stripe_api_key")));
        answerNextDialog<QDialog>(this, [](QDialog *) {});
        window.actions()->action(QStringLiteral("secrets.sops.reveal"))->trigger();
        const auto stripeCell = [vm] {
            return vm->sopsEntries()->index(vm->sopsEntries()->rowOf(QStringLiteral("stripe_api_key")), SopsEntryModel::ValueColumn);
        };
        QTRY_COMPARE(stripeCell().data().toString(), QStringLiteral("sk-live-rotated-77"));
        vm->revealed()->maskAll();
        QCOMPARE(stripeCell().data().toString(), maskedValue());

        // Kubernetes Secret manifests: decoded (sizes) and masked.
        page->showTab(SecretsPage::KubeTab);
        const QString manifest = QStringLiteral("k8s/storefront-db-secret.yaml");
        QTRY_VERIFY(rowWith(vm->kubeFiles(), KubeSecretFileModel::PathRole, manifest) >= 0);
        page->openItem(QStringLiteral("kube/") + manifest);
        QTRY_COMPARE(vm->kubeEntries()->rowCount(), 3);
        int password = -1;
        for (int r = 0; r < vm->kubeEntries()->rowCount(); ++r) {
            if (vm->kubeEntries()->index(r, KubeSecretEntryModel::KeyColumn).data().toString() == QLatin1String("password"))
                password = r;
        }
        QCOMPARE(vm->kubeEntries()->rowOf(vm->kubeEntries()->index(password, 0).data(KubeSecretEntryModel::KeyRole).toString()), password);
        QVERIFY(password >= 0);
        QCOMPARE(vm->kubeEntries()->index(password, KubeSecretEntryModel::ValueColumn).data().toString(), maskedValue());
        QCOMPARE(vm->kubeEntries()->index(password, KubeSecretEntryModel::SizeColumn).data().toString(),
                 QLocale().formattedDataSize(14, 0));

        // Screenshots of every tab in both themes at both sizes.
        for (const auto mode : {ThemeManager::Mode::Light, ThemeManager::Mode::Dark}) {
            theme.setMode(mode);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                window.resize(size);
                for (const auto tab : {SecretsPage::VaultTab, SecretsPage::AuditTab, SecretsPage::SopsTab, SecretsPage::KubeTab}) {
                    page->showTab(tab);
                    if (tab == SecretsPage::SopsTab)
                        page->selectSopsFile(sopsPath);
                    QCoreApplication::processEvents();
                    test::saveScreenshot(&window, QStringLiteral("secrets-tab%1-%2-%3x%4").arg(int(tab)).arg(ThemeManager::modeName(mode))
                                                      .arg(size.width()).arg(size.height()));
                }
            }
        }
        theme.setMode(ThemeManager::Mode::Light);
    }
};

QTEST_MAIN(tst_SecretsPage)
#include "tst_secretspage.moc"
