#include "ui/secrets/secretspage.h"

#include "models/secrets/kubesecretentrymodel.h"
#include "models/secrets/kubesecretfilemodel.h"
#include "models/secrets/revealedvalues.h"
#include "models/secrets/secretclipboard.h"
#include "models/secrets/secretsviewmodel.h"
#include "models/secrets/sopsentrymodel.h"
#include "models/secrets/sopsfilemodel.h"
#include "models/secrets/vaultauditmodel.h"
#include "models/secrets/vaultitemmodel.h"
#include "ui/secrets/secretsactions.h"
#include "models/notificationmodel.h"
#include "ui/shell/notificationcenter.h"
#include "ui/shell/thememanager.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace shipdeck {

SD_REGISTER_PAGE(SecretsPage, 500);

namespace {

QTableView *listView(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    return view;
}

QHBoxLayout *toolbarRow()
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    return row;
}

QString selectedData(const QTableView *view, int role)
{
    const QModelIndex current = view->selectionModel() ? view->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(role).toString() : QString();
}

bool selectRow(QTableView *view, int row)
{
    if (row < 0)
        return false;
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(view->model()->index(row, 0));
    return true;
}

} // namespace

SecretsPage::SecretsPage(const UiContext &context, QWidget *parent)
    : Page(context, parent), m_vm(new SecretsViewModel(context.backend, this))
{
    setObjectName(QStringLiteral("secretsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 10);
    layout->setSpacing(8);
    layout->addWidget(createHeader());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("secretsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("secretsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createVaultTab(), tr("Vault"));
    m_tabs->addTab(createAuditTab(), tr("Audit Report"));
    m_tabs->addTab(createSopsTab(), tr("SOPS Files"));
    m_tabs->addTab(createKubeTab(), tr("Kubernetes Secrets"));
    layout->addWidget(m_tabs, 1);
    m_actions = new SecretsActions(this, m_vm, context);

    connect(m_vm, &SecretsViewModel::statusChanged, this, &SecretsPage::updateState);
    connect(m_vm, &SecretsViewModel::auditChanged, this, &SecretsPage::updateState);
    connect(m_vm, &SecretsViewModel::loadFailed, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_vm->clipboard(), &SecretClipboard::copied, this, [this](const QString &label, int ms) {
        showMessage(tr("Copied %1. The clipboard is cleared in %n second(s).", nullptr, qMax(1, ms / 1000)).arg(label), false);
    });
    connect(m_vm->clipboard(), &SecretClipboard::cleared, this, [this](const QString &label, bool byUs) {
        if (byUs)
            showMessage(tr("Cleared %1 from the clipboard.").arg(label), false);
    });
    connect(m_vm, &SecretsViewModel::sopsFileOpened, this, [this](const QString &path) {
        const SopsFileInfo *info = nullptr;
        for (int r = 0; r < m_vm->sopsFiles()->rowCount(); ++r) {
            if (m_vm->sopsFiles()->fileAt(r)->path == path)
                info = m_vm->sopsFiles()->fileAt(r);
        }
        m_sopsFileInfo->setText(info ? tr("%1 · %2 · recipients: %3").arg(path, info->format,
                                                                           info->recipients.isEmpty() ? tr("none")
                                                                                                      : info->recipients.join(QStringLiteral(", ")))
                                     : path);
        Q_EMIT selectionChanged();
    });
    connect(m_vm, &SecretsViewModel::kubeFileOpened, this, [this](const QString &path) {
        m_kubeFileInfo->setText(tr("%1 · base64 is an encoding, not encryption: anyone who can read this file can read these values.").arg(path));
        Q_EMIT selectionChanged();
    });
    connect(context.theme, &ThemeManager::themeChanged, this, &SecretsPage::updateState);
    updateState();
}

SecretsPage::~SecretsPage() = default;

QWidget *SecretsPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Secrets"), header);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_state = new QLabel(header);
    m_state->setObjectName(QStringLiteral("secretsState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(title);
    row->addSpacing(12);
    row->addWidget(m_state, 1);
    auto *buttons = toolbarRow();
    row->addLayout(buttons);
    m_buttonRow = buttons;
    return header;
}

QWidget *SecretsPage::createVaultTab()
{
    auto *tab = new QWidget(this);
    auto *column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 8, 0, 0);
    auto *tools = toolbarRow();
    tools->addStretch(1);
    column->addLayout(tools);
    m_toolbars.append(tools);
    m_vaultStack = new QStackedWidget(tab);
    m_vault = listView(m_vaultStack, QStringLiteral("vaultItems"), m_vm->vaultItems());
    m_vault->setSortingEnabled(false);
    m_vault->horizontalHeader()->resizeSection(VaultItemModel::NameColumn, 220);
    m_vault->horizontalHeader()->resizeSection(VaultItemModel::ValueColumn, 200);
    m_vault->horizontalHeader()->resizeSection(VaultItemModel::StatusColumn, 150);
    m_vault->horizontalHeader()->resizeSection(VaultItemModel::TagsColumn, 140);
    auto *locked = new QWidget(m_vaultStack);
    auto *lockedColumn = new QVBoxLayout(locked);
    lockedColumn->addStretch(1);
    m_lockedText = new QLabel(locked);
    m_lockedText->setObjectName(QStringLiteral("muted"));
    m_lockedText->setAlignment(Qt::AlignCenter);
    m_lockedText->setWordWrap(true);
    lockedColumn->addWidget(m_lockedText);
    lockedColumn->addStretch(2);
    m_vaultStack->addWidget(m_vault);
    m_vaultStack->addWidget(locked);
    column->addWidget(m_vaultStack, 1);
    connect(m_vault->selectionModel(), &QItemSelectionModel::currentChanged, this, &SecretsPage::selectionChanged);
    connect(m_vault, &QTableView::doubleClicked, this, [this] { m_actions->revealVaultItem(); });
    return tab;
}

QWidget *SecretsPage::createAuditTab()
{
    auto *tab = new QWidget(this);
    auto *column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 8, 0, 0);
    auto *tools = toolbarRow();
    m_auditSummary = new QLabel(tab);
    m_auditSummary->setObjectName(QStringLiteral("sectionTitle"));
    tools->addWidget(m_auditSummary, 1);
    column->addLayout(tools);
    m_toolbars.append(tools);
    m_audit = listView(tab, QStringLiteral("vaultAudit"), m_vm->audit());
    m_audit->horizontalHeader()->resizeSection(VaultAuditModel::SeverityColumn, 110);
    m_audit->horizontalHeader()->resizeSection(VaultAuditModel::FindingColumn, 170);
    m_audit->horizontalHeader()->resizeSection(VaultAuditModel::ItemColumn, 220);
    column->addWidget(m_audit, 1);
    connect(m_audit, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (selectVaultItem(index.data(VaultAuditModel::ItemRole).toString()))
            showTab(VaultTab);
    });
    return tab;
}

QWidget *SecretsPage::createSopsTab()
{
    auto *tab = new QWidget(this);
    auto *column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 8, 0, 0);
    auto *tools = toolbarRow();
    m_sopsFileInfo = new QLabel(tab);
    m_sopsFileInfo->setObjectName(QStringLiteral("muted"));
    m_sopsFileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sopsFileInfo->setText(tr("Choose a file on the left."));
    // Long recipient lists must not widen the page (and squeeze the sidebar).
    m_sopsFileInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    tools->addWidget(m_sopsFileInfo, 1);
    column->addLayout(tools);
    m_toolbars.append(tools);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    m_sopsFiles = listView(split, QStringLiteral("sopsFiles"), m_vm->sopsFiles());
    m_sopsFiles->horizontalHeader()->resizeSection(SopsFileModel::PathColumn, 220);
    m_sopsEntries = listView(split, QStringLiteral("sopsEntries"), m_vm->sopsEntries());
    m_sopsEntries->horizontalHeader()->resizeSection(SopsEntryModel::KeyColumn, 260);
    m_sopsEntries->horizontalHeader()->resizeSection(SopsEntryModel::TypeColumn, 70);
    split->addWidget(m_sopsFiles);
    split->addWidget(m_sopsEntries);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    column->addWidget(split, 1);
    connect(m_sopsFiles->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_vm->openSopsFile(current.siblingAtColumn(0).data(SopsFileModel::PathRole).toString());
        Q_EMIT selectionChanged();
    });
    connect(m_sopsEntries->selectionModel(), &QItemSelectionModel::currentChanged, this, &SecretsPage::selectionChanged);
    connect(m_sopsEntries, &QTableView::doubleClicked, this, [this] { m_actions->revealSopsValue(); });
    return tab;
}

QWidget *SecretsPage::createKubeTab()
{
    auto *tab = new QWidget(this);
    auto *column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 8, 0, 0);
    auto *tools = toolbarRow();
    m_kubeFileInfo = new QLabel(tab);
    m_kubeFileInfo->setObjectName(QStringLiteral("muted"));
    m_kubeFileInfo->setWordWrap(true);
    m_kubeFileInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_kubeFileInfo->setText(tr("Kubernetes Secret manifests of the workspace, decoded and masked. Choose a file on the left."));
    tools->addWidget(m_kubeFileInfo, 1);
    column->addLayout(tools);
    m_toolbars.append(tools);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    m_kubeFiles = listView(split, QStringLiteral("kubeFiles"), m_vm->kubeFiles());
    m_kubeFiles->horizontalHeader()->resizeSection(KubeSecretFileModel::PathColumn, 260);
    m_kubeEntries = listView(split, QStringLiteral("kubeEntries"), m_vm->kubeEntries());
    m_kubeEntries->horizontalHeader()->resizeSection(KubeSecretEntryModel::SecretColumn, 180);
    m_kubeEntries->horizontalHeader()->resizeSection(KubeSecretEntryModel::FieldColumn, 90);
    m_kubeEntries->horizontalHeader()->resizeSection(KubeSecretEntryModel::KeyColumn, 120);
    m_kubeEntries->horizontalHeader()->resizeSection(KubeSecretEntryModel::SizeColumn, 70);
    split->addWidget(m_kubeFiles);
    split->addWidget(m_kubeEntries);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    column->addWidget(split, 1);
    connect(m_kubeFiles->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_vm->openKubeFile(current.siblingAtColumn(0).data(KubeSecretFileModel::PathRole).toString());
        Q_EMIT selectionChanged();
    });
    connect(m_kubeEntries->selectionModel(), &QItemSelectionModel::currentChanged, this, &SecretsPage::selectionChanged);
    connect(m_kubeEntries, &QTableView::doubleClicked, this, [this] { m_actions->revealKubeValue(); });
    return tab;
}

void SecretsPage::addHeaderAction(QAction *action, bool textBesideIcon)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(textBesideIcon ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    button->setObjectName(QStringLiteral("button-") + action->objectName());
    m_buttonRow->addWidget(button);
}

void SecretsPage::addToolbarAction(Tab tab, QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(QStringLiteral("button-") + action->objectName());
    m_toolbars.at(tab)->addWidget(button);
}

void SecretsPage::updateState()
{
    const SecretsStatus &s = m_vm->status();
    const ThemeManager::Colors &colors = context().theme->colors();
    QString text;
    QColor color = colors.muted;
    if (!m_vm->hasStatus()) {
        text = tr("No workspace is open");
    } else if (!s.vaultExists) {
        text = tr("No vault in this workspace yet");
    } else if (s.vaultUnlocked) {
        text = s.autoLockMs > 0 ? tr("Vault unlocked · locks itself after %n minute(s) without use", nullptr, qMax(1, s.autoLockMs / 60000))
                                : tr("Vault unlocked");
        color = colors.success;
    } else {
        text = tr("Vault locked");
        color = colors.warning;
    }
    m_state->setText(text);
    m_state->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    m_lockedText->setText(s.vaultExists ? tr("The vault is locked. Unlock it with its passphrase to see its items.")
                                        : tr("This workspace has no vault yet."));
    m_vaultStack->setCurrentIndex(s.vaultUnlocked ? 0 : 1);
    const int act = m_vm->audit()->actionCount();
    const int total = m_vm->audit()->rowCount();
    m_auditSummary->setText(total == 0 ? tr("Nothing needs attention.")
                                       : tr("%n finding(s) need action now", nullptr, act) + QStringLiteral(" · ") +
                                             tr("%n finding(s) in all", nullptr, total));
    m_auditSummary->setStyleSheet(act > 0 ? QStringLiteral("color: %1;").arg(colors.danger.name()) : QString());
    m_tabs->setTabText(AuditTab, act > 0 ? tr("Audit Report (%1)").arg(act) : tr("Audit Report"));
    setBadge(act);
    Q_EMIT selectionChanged();
}

void SecretsPage::activated()
{
    if (m_firstShow || !m_vm->hasStatus()) {
        m_firstShow = false;
        m_vm->refresh();
    }
}

void SecretsPage::openItem(const QString &itemId)
{
    const QString kind = itemId.section(QLatin1Char('/'), 0, 0);
    const QString rest = itemId.section(QLatin1Char('/'), 1);
    if (kind == QLatin1String("vault")) {
        showTab(VaultTab);
        selectVaultItem(rest);
    } else if (kind == QLatin1String("sops")) {
        showTab(SopsTab);
        selectSopsFile(rest);
    } else if (kind == QLatin1String("kube")) {
        showTab(KubeTab);
        const int row = [&] {
            for (int r = 0; r < m_vm->kubeFiles()->rowCount(); ++r) {
                if (m_vm->kubeFiles()->fileAt(r)->path == rest)
                    return r;
            }
            return -1;
        }();
        selectRow(m_kubeFiles, row);
    }
}

QString SecretsPage::currentVaultItem() const
{
    return selectedData(m_vault, VaultItemModel::NameRole);
}

QString SecretsPage::currentSopsFile() const
{
    return m_vm->sopsEntries()->file().isEmpty() ? selectedData(m_sopsFiles, SopsFileModel::PathRole) : m_vm->sopsEntries()->file();
}

QString SecretsPage::currentSopsKey() const
{
    return selectedData(m_sopsEntries, SopsEntryModel::KeyRole);
}

QString SecretsPage::currentKubeKey() const
{
    return selectedData(m_kubeEntries, KubeSecretEntryModel::KeyRole);
}

bool SecretsPage::selectVaultItem(const QString &name)
{
    return selectRow(m_vault, m_vm->vaultItems()->rowOf(name));
}

bool SecretsPage::selectSopsFile(const QString &path)
{
    for (int r = 0; r < m_vm->sopsFiles()->rowCount(); ++r) {
        if (m_vm->sopsFiles()->fileAt(r)->path == path)
            return selectRow(m_sopsFiles, r);
    }
    return false;
}

bool SecretsPage::selectSopsKey(const QString &key)
{
    return selectRow(m_sopsEntries, m_vm->sopsEntries()->rowOf(key));
}

void SecretsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void SecretsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(context().theme->colors().danger.name()) : QString());
    if (error && context().notifications && !isVisible())
        context().notifications->notify(QStringLiteral("secrets.error"), tr("Secrets"), text, NotificationModel::Severity::Error,
                                        pageId(), QString());
}

void SecretsPage::requestShow()
{
    if (!isVisible())
        Q_EMIT navigateRequested(pageId(), QString());
}

} // namespace shipdeck
