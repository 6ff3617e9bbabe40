#include "ui/clusters/clusterspage.h"

#include "backend/kube/kubeclient.h"
#include "models/notificationmodel.h"
#include "models/clusters/clustersviewmodel.h"
#include "models/clusters/kubecontextmodel.h"
#include "models/clusters/kubekindmodel.h"
#include "models/clusters/kubenamespacemodel.h"
#include "models/clusters/kubeobjectproxymodel.h"
#include "models/clusters/kubeobjecttablemodel.h"
#include "models/clusters/kubeselector.h"
#include "ui/clusters/clusterobjectactions.h"
#include "ui/logs/logpanel.h"
#include "ui/logs/logview.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/notificationcenter.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace shipdeck {

SD_REGISTER_PAGE(ClustersPage, 300);

ClustersPage::ClustersPage(const UiContext &context, QWidget *parent)
    : Page(context, parent), m_vm(new ClustersViewModel(context.backend, this)), m_proxy(new KubeObjectProxyModel(this)),
      m_actions(nullptr), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("clustersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(8);
    layout->addLayout(buildHeader());
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("clustersWarning"));
    m_warning->hide();
    layout->addWidget(m_warning);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_kinds = new QTreeView(split);
    m_kinds->setModel(m_vm->kinds());
    m_kinds->setHeaderHidden(true);
    m_kinds->setRootIsDecorated(false);
    m_kinds->setItemsExpandable(false);
    m_kinds->expandAll();
    m_kinds->setAccessibleName(tr("Resource kinds"));
    m_kinds->setMinimumWidth(170);
    connect(m_vm->kinds(), &QAbstractItemModel::rowsInserted, m_kinds, &QTreeView::expandAll);
    connect(m_vm->kinds(), &QAbstractItemModel::modelReset, m_kinds, &QTreeView::expandAll);

    m_detailSplit = new QSplitter(Qt::Vertical, split);
    auto *tablePane = new QWidget(m_detailSplit);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_scopeTitle = new QLabel(tablePane);
    m_scopeTitle->setObjectName(QStringLiteral("sectionTitle"));
    bar->addWidget(m_scopeTitle);
    m_count = new QLabel(tablePane);
    m_count->setObjectName(QStringLiteral("muted"));
    bar->addWidget(m_count);
    bar->addStretch(1);
    m_filter = new QLineEdit(tablePane);
    m_filter->setPlaceholderText(tr("Filter: text or label=value…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(ThemeIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(260);
    bar->addWidget(m_filter);
    tableLayout->addLayout(bar);

    m_actions = new ClusterObjectActions(m_vm, context.actions, this);
    auto *toolbar = new QToolBar(tablePane);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addActions(m_actions->objectActions());
    toolbar->addSeparator();
    toolbar->addActions(m_actions->rolloutActions());
    tableLayout->addWidget(toolbar);

    m_proxy->setSourceModel(m_vm->objects());
    m_table = new QTableView(tablePane);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KubeObjectTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(m_actions->objectActions());
    m_table->addActions(m_actions->rolloutActions());
    m_table->setAccessibleName(tr("Objects"));
    tableLayout->addWidget(m_table, 1);

    m_tabs = new QTabWidget(m_detailSplit);
    m_yaml = new QPlainTextEdit(m_tabs);
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setPlaceholderText(tr("Select an object to see its YAML."));
    m_yaml->setAccessibleName(tr("Object YAML"));
    m_tabs->addTab(m_yaml, ThemeIcons::icon(QStringLiteral("file-text")), tr("YAML"));
    m_logs = new LogPanel(m_vm->client(), m_tabs);
    m_tabs->addTab(m_logs, ThemeIcons::icon(QStringLiteral("terminal")), tr("Logs"));
    m_detailSplit->setStretchFactor(0, 3);
    m_detailSplit->setStretchFactor(1, 2);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1000});
    layout->addWidget(split, 1);

    registerActions();

    connect(m_vm, &ClustersViewModel::connectionChanged, this, &ClustersPage::updateConnection);
    connect(m_vm, &ClustersViewModel::contextsChanged, this, &ClustersPage::updateScope);
    connect(m_vm, &ClustersViewModel::scopeChanged, this, &ClustersPage::updateScope);
    connect(m_vm, &ClustersViewModel::problemChanged, this, &ClustersPage::updateConnection);
    connect(m_vm, &ClustersViewModel::actionFinished, this, [this](bool ok, const QString &message) {
        if (this->context().notifications)
            this->context().notifications->notify(QStringLiteral("clusters.action"), ok ? tr("Cluster action done") : tr("Cluster action failed"),
                                                  message, ok ? NotificationModel::Severity::Info : NotificationModel::Severity::Error,
                                                  pageId(), selectedKey());
        m_connection->setToolTip(message);
        if (ok)
            loadYaml();
    });
    connect(m_kinds->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString resource = index.data(KubeKindModel::ResourceRole).toString();
        if (!resource.isEmpty())
            m_vm->setResource(resource);
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &KubeObjectProxyModel::setFilterText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClustersPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ClustersPage::updateScope);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ClustersPage::updateScope);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClustersPage::updateScope);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_tabs->setCurrentWidget(m_yaml); });
    connect(m_actions, &ClusterObjectActions::yamlRequested, this, [this] { m_tabs->setCurrentWidget(m_yaml); });
    connect(m_actions, &ClusterObjectActions::logsRequested, this, &ClustersPage::showLogs);
    connect(m_logs, &LogPanel::closeRequested, this, [this] {
        m_logs->close();
        m_tabs->setCurrentWidget(m_yaml);
    });
    auto applyColors = [this] {
        if (!this->context().theme)
            return;
        const auto &c = this->context().theme->colors();
        m_vm->objects()->setColors({c.success, c.info, c.warning, c.danger, c.muted});
        m_logs->view()->setSourceColors({c.info, c.success, c.accent, c.warning, c.canary, c.baseline});
        m_warning->setStyleSheet(QStringLiteral("color: %1;").arg(c.warning.name()));
        updateConnection();
    };
    if (context.theme)
        connect(context.theme, &ThemeManager::themeChanged, this, applyColors);
    applyColors();
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &ClustersPage::tick);
    tick();
    m_clock->start();
    updateScope();
    updateConnection();
}

ClustersPage::~ClustersPage()
{
    // The log panel's session belongs to the view model's client, which goes first.
    m_logs->close();
}

QHBoxLayout *ClustersPage::buildHeader()
{
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Clusters"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(new QLabel(tr("Context:"), this));
    m_contextBox = new QComboBox(this);
    m_contextBox->setModel(m_vm->contexts());
    m_contextBox->setMinimumContentsLength(18);
    m_contextBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contextBox->setAccessibleName(tr("Kubeconfig context"));
    header->addWidget(m_contextBox);
    header->addWidget(new QLabel(tr("Namespace:"), this));
    m_namespaceBox = new QComboBox(this);
    m_namespaceBox->setModel(m_vm->namespaces());
    m_namespaceBox->setEditable(true);
    m_namespaceBox->setInsertPolicy(QComboBox::NoInsert);
    m_namespaceBox->setMinimumContentsLength(16);
    m_namespaceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespaceBox->setAccessibleName(tr("Namespace"));
    header->addWidget(m_namespaceBox);
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("clustersConnection"));
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_connection, 1);
    m_retry = new QPushButton(ThemeIcons::icon(QStringLiteral("refresh")), tr("Re&connect"), this);
    m_retry->setToolTip(tr("Read the kubeconfig again and reconnect"));
    header->addWidget(m_retry);

    connect(m_retry, &QPushButton::clicked, m_vm, &ClustersViewModel::retry);
    connect(m_contextBox, &QComboBox::activated, this, [this](int row) {
        if (const auto *c = m_vm->contexts()->contextAt(row))
            m_vm->useContext(c->name);
    });
    connect(m_namespaceBox, &QComboBox::activated, this, [this](int row) {
        m_vm->useNamespace(m_vm->namespaces()->namespaceAt(row));
    });
    connect(m_namespaceBox->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const QString typed = m_namespaceBox->currentText().trimmed();
        const int row = m_vm->namespaces()->rowOf(typed);
        m_vm->useNamespace(row >= 0 ? m_vm->namespaces()->namespaceAt(row) : typed);
    });
    return header;
}

void ClustersPage::registerActions()
{
    if (!context().actions)
        return;
    QAction *contextAction = context().actions->add(QStringLiteral("clusters.switchContext"), tr("Switch Kubernetes Context…"),
                                                    tr("Clusters"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K), QStringLiteral("server"));
    connect(contextAction, &QAction::triggered, this, [this] {
        Q_EMIT navigateRequested(pageId(), {});
        m_contextBox->setFocus();
        m_contextBox->showPopup();
    });
    QAction *nsAction = context().actions->add(QStringLiteral("clusters.switchNamespace"), tr("Switch Kubernetes Namespace…"),
                                               tr("Clusters"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), QStringLiteral("boxes"));
    connect(nsAction, &QAction::triggered, this, [this] {
        Q_EMIT navigateRequested(pageId(), {});
        m_namespaceBox->setFocus();
        m_namespaceBox->lineEdit()->selectAll();
    });
    QAction *reconnect = context().actions->add(QStringLiteral("clusters.reconnect"), tr("Reconnect to the Cluster"), tr("Clusters"), {},
                                                QStringLiteral("refresh"));
    connect(reconnect, &QAction::triggered, m_vm, &ClustersViewModel::retry);
    QAction *filter = context().actions->add(QStringLiteral("clusters.filter"), tr("Filter Cluster Objects"), tr("Clusters"), {},
                                             QStringLiteral("search"));
    connect(filter, &QAction::triggered, this, [this] {
        Q_EMIT navigateRequested(pageId(), {});
        m_filter->setFocus();
        m_filter->selectAll();
    });
}

void ClustersPage::activated()
{
    if (!m_started) {
        m_started = true;
        m_vm->reload();
    }
}

void ClustersPage::updateConnection()
{
    using C = ClustersViewModel::Connection;
    const C state = m_vm->connection();
    QColor color = palette().color(QPalette::PlaceholderText);

    if (context().theme) {
        const auto &c = context().theme->colors();
        if (state == C::Connected)
            color = m_vm->problem().isEmpty() ? c.success : c.warning;
        else if (state == C::ConfigError || state == C::Failed || state == C::NoConfig)
            color = c.danger;
    }
    QString text = m_vm->connectionText();
    if (state == C::Connected)
        text = tr("Connected · Kubernetes %1").arg(text);
    if (!m_vm->problem().isEmpty())
        text += QStringLiteral(" · ") + m_vm->problem();
    m_connection->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(color.name(), text.toHtmlEscaped()));
    m_connection->setToolTip(text);
    m_retry->setVisible(state != C::Connected && state != C::Connecting && state != C::Loading);
    const QStringList warnings = m_vm->warnings();
    m_warning->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warning->setVisible(!warnings.isEmpty());
}

void ClustersPage::updateScope()
{
    m_updatingBoxes = true;
    m_contextBox->setCurrentIndex(m_vm->contexts()->rowOf(m_vm->context()));
    const int nsRow = m_vm->namespaces()->rowOf(m_vm->namespaceName());
    if (nsRow >= 0)
        m_namespaceBox->setCurrentIndex(nsRow);
    m_namespaceBox->setEnabled(m_vm->type().namespaced || m_vm->resource().isEmpty() || !m_vm->type().isValid());
    const QModelIndex kind = m_vm->kinds()->indexOf(m_vm->resource());
    if (kind.isValid() && m_kinds->currentIndex() != kind)
        m_kinds->setCurrentIndex(kind);
    m_updatingBoxes = false;
    const QString kindTitle = kind.isValid() ? kind.data().toString() : m_vm->resource();
    m_scopeTitle->setText(kindTitle);
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_vm->objects()->rowCount();
    m_count->setText(shown == total ? locale.toString(total) : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total)));
    updateConnection();
}

void ClustersPage::tick()
{
    m_vm->objects()->setNowMs(QDateTime::currentMSecsSinceEpoch());
    const int age = m_vm->objects()->ageColumn();
    // Only the visible part of the age column is repainted.
    m_table->viewport()->update(m_table->visualRect(m_proxy->index(0, age)).united(
        QRect(m_table->columnViewportPosition(age), 0, m_table->columnWidth(age), m_table->viewport()->height())));
}

QString ClustersPage::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(KubeObjectTableModel::KeyRole).toString();
}

bool ClustersPage::selectObject(const QString &key)
{
    const int row = m_vm->objects()->rowOf(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_vm->objects()->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void ClustersPage::showKind(const QString &resource)
{
    m_vm->setResource(resource);
}

void ClustersPage::openItem(const QString &itemId)
{
    const QStringList parts = itemId.split(QLatin1Char('/'));
    if (parts.isEmpty())
        return;
    showKind(parts.first());
    if (parts.size() >= 2) {
        const QString key = parts.mid(1).join(QLatin1Char('/'));
        if (!selectObject(key)) {
            // Not listed yet: select it when it arrives.
            auto *once = new QMetaObject::Connection;
            *once = connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this, key, once] {
                if (selectObject(key)) {
                    disconnect(*once);
                    delete once;
                }
            });
        }
    }
}

void ClustersPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QString ns, name, replicas;
    if (!rows.isEmpty()) {
        ns = rows.first().data(KubeObjectTableModel::NamespaceRole).toString();
        name = rows.first().data(KubeObjectTableModel::NameRole).toString();
        const int col = m_vm->objects()->columnOf(QStringLiteral("Ready"));
        if (col >= 0)
            replicas = m_proxy->index(rows.first().row(), col).data().toString();
    }
    m_actions->setTarget(ns, name, replicas);
    loadYaml();
}

void ClustersPage::loadYaml()
{
    const QString key = selectedKey();
    const int generation = ++m_yamlGeneration;
    if (key.isEmpty()) {
        m_yaml->clear();
        return;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString ns = rows.first().data(KubeObjectTableModel::NamespaceRole).toString();
    const QString name = rows.first().data(KubeObjectTableModel::NameRole).toString();
    const bool secret = m_vm->resource() == QLatin1String("secrets");
    m_vm->client()->getYaml(m_vm->resource(), ns, name, secret).then(this, [this, generation, key](const Result<QByteArray> &yaml) {
        if (generation != m_yamlGeneration)
            return;
        const int scroll = m_yamlKey == key ? m_yaml->verticalScrollBar()->value() : 0;
        m_yaml->setPlainText(yaml ? QString::fromUtf8(yaml.value()) : yaml.error().toString());
        m_yaml->verticalScrollBar()->setValue(scroll);
        m_yamlKey = key;
    });
}

void ClustersPage::showLogs()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString ns = rows.first().data(KubeObjectTableModel::NamespaceRole).toString();
    const QString name = rows.first().data(KubeObjectTableModel::NameRole).toString();
    const QString resource = m_vm->resource();
    m_tabs->setCurrentWidget(m_logs);
    if (resource == QLatin1String("pods")) {
        m_logs->open({ns, name, {}, {}, QStringLiteral("pod/") + name});
        return;
    }
    // A workload: the logs of every pod its selector matches, merged by time.
    m_vm->client()->get(resource, ns, name).then(this, [this, ns, name](const Result<QJsonObject> &object) {
        Result<QString> selector = object ? KubeSelector::podsOf(object.value()) : Result<QString>(object.error());
        if (!selector) {
            m_logs->statusLabel()->setText(selector.error().toString());
            return;
        }
        const QString kind = object->value(QLatin1String("kind")).toString().toLower();
        m_logs->open({ns, {}, selector.value(), {}, kind + QLatin1Char('/') + name});
    });
}

} // namespace shipdeck
