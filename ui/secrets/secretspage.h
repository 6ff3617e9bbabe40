#pragma once

#include "ui/shell/page.h"

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace shipdeck {

class SecretsActions;
class SecretsViewModel;

// Secrets: the vault (unlock, lock, items with their metadata, values masked with reveal and
// copy, rotation), the SOPS files of the workspace (values masked, reveal, edit one value,
// recipients, data-key rotation), Kubernetes Secret manifests (decoded, masked) and the vault's
// audit report with what needs action first. Operations are in SecretsActions (registered in
// the command palette, each confirmed). Revealed values mask themselves again after a short
// time; no value goes into a tooltip, a log or the settings.
class SecretsPage : public Page
{
    Q_OBJECT
public:
    enum Tab { VaultTab, AuditTab, SopsTab, KubeTab };

    explicit SecretsPage(const UiContext &context, QWidget *parent = nullptr);
    ~SecretsPage() override;

    QString pageId() const override { return QStringLiteral("secrets"); }
    QString title() const override { return tr("Secrets"); }
    QString iconName() const override { return QStringLiteral("key"); }
    void activated() override;
    void openItem(const QString &itemId) override; // "vault/NAME", "sops/PATH", "kube/PATH"

    SecretsViewModel *viewModel() const { return m_vm; }
    SecretsActions *secretsActions() const { return m_actions; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *vaultView() const { return m_vault; }
    QTableView *auditView() const { return m_audit; }
    QTableView *sopsFilesView() const { return m_sopsFiles; }
    QTableView *sopsEntriesView() const { return m_sopsEntries; }
    QTableView *kubeFilesView() const { return m_kubeFiles; }
    QTableView *kubeEntriesView() const { return m_kubeEntries; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }

    // The selection the actions work on.
    QString currentVaultItem() const;
    QString currentSopsFile() const;
    QString currentSopsKey() const;
    QString currentKubeKey() const;
    bool selectVaultItem(const QString &name);
    bool selectSopsFile(const QString &path);
    bool selectSopsKey(const QString &key);

    void showTab(Tab tab);
    void showMessage(const QString &text, bool error);
    void requestShow();
    void addHeaderAction(QAction *action, bool textBesideIcon = true);
    void addToolbarAction(Tab tab, QAction *action);

Q_SIGNALS:
    void selectionChanged();

private:
    QWidget *createHeader();
    QWidget *createVaultTab();
    QWidget *createAuditTab();
    QWidget *createSopsTab();
    QWidget *createKubeTab();
    void updateState();

    SecretsViewModel *m_vm;
    SecretsActions *m_actions = nullptr;
    QLabel *m_state = nullptr;
    QLayout *m_buttonRow = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_vaultStack = nullptr;
    QLabel *m_lockedText = nullptr;
    QTableView *m_vault = nullptr;
    QLabel *m_auditSummary = nullptr;
    QTableView *m_audit = nullptr;
    QTableView *m_sopsFiles = nullptr;
    QTableView *m_sopsEntries = nullptr;
    QLabel *m_sopsFileInfo = nullptr;
    QTableView *m_kubeFiles = nullptr;
    QTableView *m_kubeEntries = nullptr;
    QLabel *m_kubeFileInfo = nullptr;
    QList<QLayout *> m_toolbars; // one per tab
    bool m_firstShow = true;
};

} // namespace shipdeck
