#include "ui/components/componentspage.h"

#include "backend/facade/backend.h"
#include "models/components/componentlistmodel.h"
#include "models/components/componentsviewmodel.h"
#include "models/components/instancelistmodel.h"
#include "ui/components/componentactions.h"
#include "ui/components/componentdetailspanel.h"
#include "ui/components/instancelogview.h"
#include "ui/components/statusdotdelegate.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"
#include "ui/widgets/dependencygraphview.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace shipdeck {

ComponentsPage::ComponentsPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_vm(new ComponentsViewModel(context.backend, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_counts(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_addButton(new QPushButton(ThemeIcons::icon(QStringLiteral("upload")), tr("Add from YAML…"), this))
    , m_removeButton(new QPushButton(ThemeIcons::icon(QStringLiteral("x")), tr("Remove…"), this))
    , m_message(new QLabel(this))
    , m_view(new QTableView(this))
    , m_graph(new DependencyGraphView(this))
    , m_details(new ComponentDetailsPanel(m_vm, this))
    , m_log(new InstanceLogView(context.backend, context.theme, this))
    , m_actions(new ComponentActions(m_vm, context.actions, context.theme, this))
{
    setObjectName(QStringLiteral("componentsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(8);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Components"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_counts->setObjectName(QStringLiteral("muted"));
    m_filter->setPlaceholderText(tr("Filter by id, version, dependency or endpoint…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter components"));
    m_filter->setMaximumWidth(360);
    m_addButton->setToolTip(m_actions->addAction()->toolTip());
    m_removeButton->setToolTip(m_actions->removeAction()->toolTip());
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_counts, 0, Qt::AlignBottom);
    bar->addStretch(1);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_addButton);
    bar->addWidget(m_removeButton);
    layout->addLayout(bar);

    m_message->setObjectName(QStringLiteral("banner"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_vm->components());
    m_proxy->setSortRole(ComponentListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // deploy order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Registered components"));
    m_view->setItemDelegate(new StatusDotDelegate(m_view));

    auto *graphBox = new QWidget(this);
    auto *gl = new QVBoxLayout(graphBox);
    gl->setContentsMargins(0, 0, 0, 0);
    auto *graphTitle = new QLabel(tr("Dependencies"), graphBox);
    graphTitle->setObjectName(QStringLiteral("sectionTitle"));
    graphTitle->setToolTip(tr("Arrows point from a component to those that need it; colours show health."));
    gl->addWidget(graphTitle);
    auto *scroll = new QScrollArea(graphBox);
    scroll->setWidget(m_graph);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAlignment(Qt::AlignCenter);
    gl->addWidget(scroll, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_view);
    top->addWidget(graphBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);

    m_details->setSideWidget(m_log);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(m_details);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setChildrenCollapsible(false);
    layout->addWidget(main, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(ComponentListModel::IdRole).toString();
        if (!id.isEmpty()) {
            m_vm->setSelectedComponent(id);
            m_graph->setSelectedNode(id);
        }
    });
    connect(m_graph, &DependencyGraphView::nodeActivated, this, &ComponentsPage::selectComponent);
    connect(m_vm, &ComponentsViewModel::refreshed, this, &ComponentsPage::onRefreshed);
    connect(m_vm, &ComponentsViewModel::actionFinished, this, [this](const QString &what, const QString &error) {
        showMessage(error.isEmpty() ? tr("%1: done.").arg(what) : tr("%1 failed: %2").arg(what, error), !error.isEmpty());
    });

    connect(m_details, &ComponentDetailsPanel::deployRequested, m_actions, &ComponentActions::deploySelected);
    connect(m_details, &ComponentDetailsPanel::stopRequested, m_actions, &ComponentActions::stopVersion);
    connect(m_details, &ComponentDetailsPanel::scaleRequested, m_actions, &ComponentActions::scaleVersion);
    connect(m_details, &ComponentDetailsPanel::restartRequested, m_actions, &ComponentActions::restartInstance);
    connect(m_details, &ComponentDetailsPanel::currentInstanceChanged, this, [this](const QString &id) {
        m_actions->setCurrentInstance(id);
        m_log->follow(id);
    });
    connect(m_addButton, &QPushButton::clicked, m_actions, [this] { m_actions->addFromFile(); });
    connect(m_removeButton, &QPushButton::clicked, m_actions, &ComponentActions::removeSelected);
    connect(m_actions->removeAction(), &QAction::changed, this,
            [this] { m_removeButton->setEnabled(m_actions->removeAction()->isEnabled()); });
    connect(m_actions->addAction(), &QAction::changed, this,
            [this] { m_addButton->setEnabled(m_actions->addAction()->isEnabled()); });
    connect(m_actions, &ComponentActions::pageWanted, this, [this] { Q_EMIT navigateRequested(pageId(), {}); });
    connect(m_actions, &ComponentActions::scaleFocusWanted, this, [this] { m_details->focusScale(); });
    connect(m_actions, &ComponentActions::componentsAdded, this, [this](const QStringList &ids) {
        showMessage(tr("Added or updated: %1").arg(ids.join(QStringLiteral(", "))), false);
        if (!ids.isEmpty())
            openItem(ids.first());
    });
    if (context.theme)
        connect(context.theme, &ThemeManager::themeChanged, this, &ComponentsPage::applyTheme);
    applyTheme();
    m_removeButton->setEnabled(m_actions->removeAction()->isEnabled());
    m_addButton->setEnabled(m_actions->addAction()->isEnabled());
    onRefreshed();
}

void ComponentsPage::activated()
{
    m_vm->refresh();
}

void ComponentsPage::openItem(const QString &itemId)
{
    if (itemId.isEmpty())
        return;
    // An instance id is "<component>-<version>-<n>"; the component is the longest registered prefix.
    QString component = itemId;
    if (m_vm->components()->rowOf(itemId) < 0) {
        component.clear();
        for (const QString &id : m_vm->components()->ids()) {
            if (itemId.startsWith(id + QLatin1Char('-')) && id.size() > component.size())
                component = id;
        }
        m_pendingInstance = itemId;
    }
    if (!component.isEmpty())
        selectComponent(component);
    if (!m_pendingInstance.isEmpty() && m_vm->instances()->rowOf(m_pendingInstance) >= 0) {
        m_details->selectInstance(m_pendingInstance);
        m_pendingInstance.clear();
    }
}

void ComponentsPage::selectComponent(const QString &id)
{
    const int row = m_vm->components()->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_vm->components()->index(row, 0));
    if (!index.isValid()) { // filtered out: show it anyway
        m_filter->clear();
    }
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_vm->components()->index(row, 0)));
    m_view->scrollTo(m_view->currentIndex());
}

QString ComponentsPage::selectedComponent() const
{
    return m_vm->selectedComponent();
}

void ComponentsPage::onRefreshed()
{
    ComponentListModel *model = m_vm->components();
    // Columns grow to what they show (health and endpoints appear once something runs) but never
    // shrink under the user's hands; the last one stretches.
    if (model->rowCount() > 0 && !m_columnsSized) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
    for (int column = 0; m_columnsSized && column + 1 < model->columnCount(); ++column) {
        const int before = m_view->columnWidth(column);
        m_view->resizeColumnToContents(column);
        if (m_view->columnWidth(column) < before)
            m_view->setColumnWidth(column, before);
    }
    if (model->rowCount() > 0 && model->rowOf(m_vm->selectedComponent()) < 0) {
        // Nothing (or something removed) was selected: take the last in deploy order, the one
        // that needs the others, so the graph and the instances show something useful.
        selectComponent(model->ids().constLast());
    }
    if (!m_pendingInstance.isEmpty())
        openItem(m_pendingInstance);
    updateGraph();
    updateCounts();
    if (!m_vm->loadError().isEmpty() && m_vm->isLoaded())
        showMessage(m_vm->loadError(), true);
}

void ComponentsPage::updateGraph()
{
    const ComponentListModel *model = m_vm->components();
    QList<DependencyGraphView::Node> nodes;
    QList<DependencyGraphView::Edge> edges;
    for (int i = 0; i < model->rowCount(); ++i) {
        const ComponentRow *row = model->rowAt(i);
        const ComponentRunStatus &s = row->status;
        const ComponentRunStatus::Health health = s.health();
        const QString state = health == ComponentRunStatus::Health::NotRunning
            ? tr("not running") : tr("%1/%2 ready").arg(s.readyReplicas()).arg(s.desiredReplicas());
        nodes.append({row->definition.id, row->definition.id, tr("v%1 · %2").arg(row->definition.version, state),
                      health == ComponentRunStatus::Health::NotRunning ? QColor() : model->healthColor(health)});
        for (const QString &dep : row->definition.dependencies)
            edges.append({dep, row->definition.id});
    }
    m_graph->setGraph(nodes, edges);
    m_graph->setSelectedNode(m_vm->selectedComponent());
}

void ComponentsPage::updateCounts()
{
    const ComponentListModel *model = m_vm->components();
    int running = 0;
    int healthy = 0;
    for (int i = 0; i < model->rowCount(); ++i) {
        const ComponentRunStatus::Health health = model->rowAt(i)->status.health();
        running += health != ComponentRunStatus::Health::NotRunning ? 1 : 0;
        healthy += health == ComponentRunStatus::Health::Healthy ? 1 : 0;
    }
    m_counts->setText(tr("%n registered", nullptr, model->rowCount()) + QStringLiteral(" · ")
                      + tr("%n running", nullptr, running) + QStringLiteral(" · ") + tr("%n healthy", nullptr, healthy));
}

void ComponentsPage::applyTheme()
{
    if (!context().theme)
        return;
    const ThemeManager::Colors &c = context().theme->colors();
    const StatusColors colors{c.success, c.warning, c.danger, c.muted};
    m_vm->components()->setStatusColors(colors);
    m_vm->instances()->setStatusColors(colors);
    updateGraph();
    if (m_message->isVisible())
        showMessage(m_message->text(), m_message->property("error").toBool());
}

void ComponentsPage::showMessage(const QString &text, bool error)
{
    QColor tone = error ? QColor(0xcf, 0x22, 0x2e) : QColor(0x1a, 0x7f, 0x37);
    if (context().theme)
        tone = error ? context().theme->colors().danger : context().theme->colors().success;
    QColor background = tone;
    background.setAlpha(40);
    m_message->setStyleSheet(QStringLiteral("QLabel#banner { background: rgba(%1,%2,%3,%4); border: 1px solid %5; }")
                                 .arg(background.red()).arg(background.green()).arg(background.blue()).arg(background.alpha())
                                 .arg(tone.name()));
    m_message->setProperty("error", error);
    m_message->setText(text);
    m_message->show();
    // Errors stay until the next message; a success fades after a while.
    const quint64 generation = ++m_messageGeneration;
    if (!error) {
        QTimer::singleShot(10'000, m_message, [this, generation] {
            if (generation == m_messageGeneration)
                m_message->hide();
        });
    }
}

SD_REGISTER_PAGE(ComponentsPage, 200);

} // namespace shipdeck
