#include "ui/config/configpage.h"

#include "models/config/configconflictmodel.h"
#include "models/config/configdraftmodel.h"
#include "models/config/configfiltermodel.h"
#include "models/config/configissuemodel.h"
#include "models/config/configtablemodel.h"
#include "models/config/configviewmodel.h"
#include "ui/config/configactions.h"
#include "ui/config/configcelldelegate.h"
#include "ui/config/configchangespanel.h"
#include "ui/config/configconflictpanel.h"
#include "ui/config/configdetailpane.h"
#include "ui/config/confighistorypanel.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/notificationcenter.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace shipdeck {

namespace {

QFrame *banner(QWidget *parent, QLabel **text)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("banner"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(10, 6, 10, 6);
    *text = new QLabel(frame);
    (*text)->setWordWrap(true);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(*text, 1);
    frame->hide();
    return frame;
}

void tint(QFrame *frame, const QColor &color, bool dark)
{
    QColor background = color;
    background.setAlpha(dark ? 70 : 40);
    frame->setStyleSheet(QStringLiteral("QFrame#banner { background: rgba(%1,%2,%3,%4); border: 1px solid %5; }")
                             .arg(background.red()).arg(background.green()).arg(background.blue()).arg(background.alpha())
                             .arg(color.name()));
}

void styleList(QTableView *view)
{
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
}

} // namespace

ConfigPage::ConfigPage(const UiContext &context, QWidget *parent)
    : Page(context, parent), m_vm(new ConfigViewModel(context.backend, this)), m_filter(new ConfigFilterModel(this))
{
    setObjectName(QStringLiteral("configPage"));
    m_filter->setSourceModel(m_vm->table());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 10);
    layout->setSpacing(8);
    layout->addWidget(createHeader());
    layout->addWidget(createBanners());
    layout->addWidget(createBody(), 1);
    m_actions = new ConfigActions(this, m_vm, context);

    connect(m_vm, &ConfigViewModel::infoChanged, this, &ConfigPage::updateState);
    connect(m_vm, &ConfigViewModel::refreshed, this, &ConfigPage::updateState);
    connect(m_vm, &ConfigViewModel::refreshed, this, &ConfigPage::onCurrentCellChanged);
    connect(m_vm, &ConfigViewModel::externalConflictsChanged, this, &ConfigPage::updateExternalBanner);
    connect(m_vm, &ConfigViewModel::jobProgressed, this, &ConfigPage::onJobProgress);
    connect(m_vm, &ConfigViewModel::jobFinished, this, &ConfigPage::onJobFinished);
    connect(m_vm, &ConfigViewModel::loadFailed, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_vm, &ConfigViewModel::filesChangedOnDisk, this, [this](const QStringList &files) {
        showMessage(tr("Reloaded what changed on disk: %1").arg(files.join(QStringLiteral(", "))), false);
    });
    connect(context.theme, &ThemeManager::themeChanged, this, [this] {
        updateState();
        updateExternalBanner();
    });
    updateState();
}

ConfigPage::~ConfigPage() = default;

QWidget *ConfigPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Configuration"), header);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_branch = new QToolButton(header);
    m_branch->setObjectName(QStringLiteral("configBranch"));
    m_branch->setIcon(ThemeIcons::icon(QStringLiteral("git-branch")));
    m_branch->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_branch->setPopupMode(QToolButton::InstantPopup);
    m_branch->setToolTip(tr("The branch you work on; switch or create one"));
    m_branch->setMenu(new QMenu(m_branch));
    m_state = new QLabel(header);
    m_state->setObjectName(QStringLiteral("muted"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(title);
    row->addSpacing(12);
    row->addWidget(m_branch);
    row->addWidget(m_state, 1);
    // The page's main buttons are its registered actions (same text, icon, state and shortcut).
    m_buttonRow = new QHBoxLayout;
    m_buttonRow->setSpacing(6);
    row->addLayout(m_buttonRow);
    return header;
}

void ConfigPage::addHeaderAction(QAction *action, bool textBesideIcon)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(textBesideIcon ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    button->setAutoRaise(false);
    button->setObjectName(QStringLiteral("button-") + action->objectName());
    m_buttonRow->addWidget(button);
}

QWidget *ConfigPage::createBanners()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    m_emptyBanner = banner(box, &m_emptyText);
    m_externalBanner = banner(box, &m_externalText);
    m_externalBanner->setObjectName(QStringLiteral("banner"));
    m_mergeBanner = banner(box, &m_mergeText);
    m_jobBanner = banner(box, &m_jobText);
    m_jobProgress = new QProgressBar(m_jobBanner);
    m_jobProgress->setMaximumWidth(260);
    m_jobProgress->setTextVisible(true);
    m_cancelJob = new QPushButton(ThemeIcons::icon(QStringLiteral("stop")), tr("Cancel"), m_jobBanner);
    m_cancelJob->setObjectName(QStringLiteral("cancelConfigJob"));
    m_jobBanner->layout()->addWidget(m_jobProgress);
    m_jobBanner->layout()->addWidget(m_cancelJob);
    connect(m_cancelJob, &QPushButton::clicked, this, [this] {
        m_jobText->setText(tr("Cancelling…"));
        m_vm->cancelRunningJob();
    });
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("configMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_emptyBanner), static_cast<QWidget *>(m_externalBanner),
                       static_cast<QWidget *>(m_mergeBanner), static_cast<QWidget *>(m_jobBanner), static_cast<QWidget *>(m_message)})
        column->addWidget(w);
    return box;
}

QWidget *ConfigPage::createBody()
{
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("configSearch"));
    m_search->setPlaceholderText(tr("Filter keys and values…"));
    m_search->setClearButtonEnabled(true);
    m_only = new QComboBox(body);
    m_only->addItem(tr("All keys"), ConfigFilterModel::All);
    m_only->addItem(tr("Overridden somewhere"), ConfigFilterModel::Overridden);
    m_only->addItem(tr("With problems"), ConfigFilterModel::Problems);
    m_only->addItem(tr("With unsaved edits"), ConfigFilterModel::Drafts);
    m_only->setAccessibleName(tr("Show"));
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("muted"));
    auto *legend = new QLabel(tr("<b>bold</b> = overridden · grey = inherited from base · <i>italic</i> = unsaved · red = problem"), body);
    legend->setObjectName(QStringLiteral("muted"));
    filters->addWidget(m_search, 2);
    filters->addWidget(m_only);
    filters->addWidget(m_count);
    filters->addStretch(1);
    filters->addWidget(legend);
    column->addLayout(filters);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ConfigFilterModel::setText);
    connect(m_only, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOnly(ConfigFilterModel::Only(m_only->currentData().toInt()));
    });

    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("configTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ConfigCellDelegate(context().theme, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Configuration keys by environment"));
    m_detail = new ConfigDetailPane(context().theme, body);
    m_detail->setMinimumWidth(300);
    auto *top = new QSplitter(Qt::Horizontal, body);
    top->addWidget(m_table);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 1);
    top->setSizes({900, 360});
    top->setCollapsible(0, false);

    m_tabs = new QTabWidget(body);
    m_tabs->setDocumentMode(true);
    m_problems = new QTableView(m_tabs);
    m_problems->setModel(m_vm->issues());
    styleList(m_problems);
    m_problems->setAccessibleName(tr("Validation problems"));
    m_drafts = new QTableView(m_tabs);
    m_drafts->setModel(m_vm->drafts());
    styleList(m_drafts);
    m_drafts->setAccessibleName(tr("Unsaved edits"));
    m_changes = new ConfigChangesPanel(m_vm, context().theme, m_tabs);
    m_history = new ConfigHistoryPanel(m_vm, m_tabs);
    m_conflicts = new ConfigConflictPanel(m_vm, context().theme, m_tabs);
    m_tabs->addTab(m_problems, ThemeIcons::icon(QStringLiteral("alert")), tr("Problems"));
    m_tabs->addTab(m_drafts, ThemeIcons::icon(QStringLiteral("file-text")), tr("Unsaved Edits"));
    m_tabs->addTab(m_changes, ThemeIcons::icon(QStringLiteral("diff")), tr("Changes"));
    m_tabs->addTab(m_history, ThemeIcons::icon(QStringLiteral("clock")), tr("History"));
    m_tabs->addTab(m_conflicts, ThemeIcons::icon(QStringLiteral("git-branch")), tr("Conflicts"));

    auto *split = new QSplitter(Qt::Vertical, body);
    split->setObjectName(QStringLiteral("configSplitter"));
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setCollapsible(0, false);
    column->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConfigPage::onCurrentCellChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_detail->focusEditor(); });
    connect(m_problems, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString key = index.data(ConfigIssueModel::KeyRole).toString();
        if (!key.isEmpty())
            selectCell(key, index.data(ConfigIssueModel::EnvironmentRole).toString());
        else
            m_history->showFile(index.data(ConfigIssueModel::FileRole).toString());
    });
    connect(m_drafts, &QTableView::activated, this, [this](const QModelIndex &index) {
        selectCell(index.data(ConfigDraftModel::KeyRole).toString(), index.data(ConfigDraftModel::EnvironmentRole).toString());
    });
    // The key column is sized once the first keys are there (rows arrive by insertion).
    connect(m_vm->table(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_table->columnWidth(0) < 240)
            m_table->setColumnWidth(0, 260);
    });
    connect(m_vm->table(), &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_filter->columnCount(); ++c)
            m_table->setColumnWidth(c, qBound(110, m_table->columnWidth(c) + 12, c == 0 ? 320 : 240));
    });
    return body;
}

void ConfigPage::activated()
{
    if (m_firstShow || !m_vm->hasRepository()) {
        m_firstShow = false;
        m_vm->refresh();
    }
}

void ConfigPage::requestShow()
{
    if (!isVisible())
        Q_EMIT navigateRequested(pageId(), QString());
}

void ConfigPage::openItem(const QString &itemId)
{
    const qsizetype colon = itemId.indexOf(QLatin1Char(':'));
    const QString env = colon > 0 ? itemId.left(colon) : QString();
    const QString key = colon > 0 ? itemId.mid(colon + 1) : itemId;
    if (!selectCell(key, env))
        m_search->setText(key);
}

bool ConfigPage::selectCell(const QString &key, const QString &environment)
{
    const ConfigTableModel *model = m_vm->table();
    const int row = model->rowOfKey(key);
    const int column = model->columnOfEnvironment(environment);
    if (row < 0 || column < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(model->index(row, column));
    if (!index.isValid()) {
        m_search->clear();
        m_only->setCurrentIndex(0);
        index = m_filter->mapFromSource(model->index(row, column));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_detail->showKey(model, key, environment);
    return true;
}

void ConfigPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ConfigPage::showMessage(const QString &text, bool error)
{
    const auto &c = context().theme->colors();
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(c.danger.name()) : QString());
    m_message->setVisible(!text.isEmpty());
    if (error && context().notifications && !isVisible())
        context().notifications->notify(QStringLiteral("config.error"), tr("Configuration"), text, NotificationModel::Severity::Error,
                                        pageId(), QString());
}

void ConfigPage::onCurrentCellChanged()
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    if (!index.isValid()) {
        if (!m_detail->key().isEmpty() && m_vm->table()->rowOfKey(m_detail->key()) >= 0)
            m_detail->showKey(m_vm->table(), m_detail->key(), QString());
        else
            m_detail->clear();
        return;
    }
    const QString key = m_vm->table()->keyAt(index.row());
    const QString env = index.column() == 0 ? QString() : m_vm->table()->environmentOfColumn(index.column());
    m_detail->showKey(m_vm->table(), key, index.column() == 0 ? QString() : env);
}

void ConfigPage::updateState()
{
    const auto &c = context().theme->colors();
    const bool dark = context().theme->isDark();
    const QJsonObject &info = m_vm->info();
    m_emptyBanner->setVisible(!m_vm->hasRepository() && !m_vm->problem().isEmpty());
    m_emptyText->setText(m_vm->problem());
    tint(m_emptyBanner, c.info, dark);
    m_branch->setVisible(m_vm->hasRepository());
    if (!m_vm->hasRepository()) {
        m_state->clear();
        m_count->clear();
        return;
    }
    const bool detached = info.value(QStringLiteral("detached")).toBool();
    m_branch->setText(detached ? tr("detached HEAD") : info.value(QStringLiteral("branch")).toString());
    QStringList parts;
    const QString upstream = info.value(QStringLiteral("upstream")).toString();
    if (!upstream.isEmpty())
        parts << tr("↑%1 ↓%2 %3").arg(info.value(QStringLiteral("ahead")).toInt()).arg(info.value(QStringLiteral("behind")).toInt()).arg(upstream);
    else if (info.value(QStringLiteral("remotes")).toObject().isEmpty())
        parts << tr("no remote");
    const int uncommitted = info.value(QStringLiteral("uncommitted")).toInt();
    const int drafts = m_vm->drafts()->rowCount();
    parts << tr("%n uncommitted file(s)", nullptr, uncommitted);
    if (drafts > 0)
        parts << tr("%n unsaved edit(s)", nullptr, drafts);
    const QString operation = info.value(QStringLiteral("operation")).toString();
    if (!operation.isEmpty())
        parts << tr("a %1 started with other tools is in progress").arg(operation);
    if (detached)
        parts << tr("HEAD is detached: commit and sync are blocked");
    m_state->setText(parts.join(QStringLiteral(" · ")));

    const int conflicts = m_vm->conflicts()->rowCount();
    m_mergeBanner->setVisible(conflicts > 0);
    m_mergeText->setText(tr("A sync is waiting: %n key(s) conflict with the remote. Resolve them in the Conflicts tab.", nullptr, conflicts));
    tint(m_mergeBanner, c.warning, dark);
    m_tabs->setTabText(ProblemsTab, m_vm->issues()->rowCount() ? tr("Problems (%1)").arg(m_vm->issues()->rowCount()) : tr("Problems"));
    m_tabs->setTabText(DraftsTab, drafts ? tr("Unsaved Edits (%1)").arg(drafts) : tr("Unsaved Edits"));
    m_tabs->setTabText(ConflictsTab, conflicts ? tr("Conflicts (%1)").arg(conflicts) : tr("Conflicts"));
    m_count->setText(tr("%1 of %n key(s)", nullptr, m_vm->table()->rowCount()).arg(m_filter->rowCount()));
    setBadge(conflicts + int(m_vm->externalConflicts().size()));
}

void ConfigPage::updateExternalBanner()
{
    const QStringList files = m_vm->externalConflicts();
    m_externalBanner->setVisible(!files.isEmpty());
    m_externalText->setText(tr("Changed on disk while you have unsaved edits: %1. Your edits are kept and not saved over the change "
                               "until you choose.").arg(files.join(QStringLiteral(", "))));
    tint(m_externalBanner, context().theme->colors().danger, context().theme->isDark());
    setBadge(m_vm->conflicts()->rowCount() + int(files.size()));
}

void ConfigPage::onJobProgress(const QString &kind, int percent, const QString &text)
{
    m_jobBanner->show();
    tint(m_jobBanner, context().theme->colors().info, context().theme->isDark());
    QString what = kind == QLatin1String("config.sync") ? tr("Syncing") : kind == QLatin1String("config.merge") ? tr("Completing the merge")
                                                                                                                : tr("Migrating");
    m_jobText->setText(text.isEmpty() ? what + QStringLiteral("…") : tr("%1: %2").arg(what, text));
    m_jobProgress->setRange(0, percent < 0 ? 0 : 100);
    if (percent >= 0)
        m_jobProgress->setValue(percent);
    m_cancelJob->setEnabled(true);
}

void ConfigPage::onJobFinished(const QString &kind, bool ok, const QString &message)
{
    m_jobBanner->hide();
    if (!ok)
        showMessage(message.isEmpty() ? tr("The operation failed.") : message, true);
    else if (!message.isEmpty())
        showMessage(message, false);
    Q_UNUSED(kind)
}

SD_REGISTER_PAGE(ConfigPage, 400);

} // namespace shipdeck
