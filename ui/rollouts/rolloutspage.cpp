#include "ui/rollouts/rolloutspage.h"

#include "backend/facade/backend.h"
#include "models/rollouts/rolloutlistmodel.h"
#include "models/rollouts/rolloutsviewmodel.h"
#include "models/rollouts/rollouttext.h"
#include "ui/rollouts/demobanner.h"
#include "ui/rollouts/newdeploymentdialog.h"
#include "ui/rollouts/rolloutactioncontroller.h"
#include "ui/rollouts/rolloutview.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/notificationcenter.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>

namespace shipdeck {

namespace {
class RolloutFilterProxy final : public QSortFilterProxyModel
{
public:
    RolloutFilterProxy(ThemeManager *theme, QObject *parent) : QSortFilterProxyModel(parent), m_theme(theme) {}
    QString environment;
    QString phase;
    bool attentionOnly = false;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && m_theme && index.column() == RolloutListModel::PhaseColumn) {
            const QString p = index.data(RolloutListModel::PhaseRole).toString();
            const auto &c = m_theme->colors();
            if (p == QLatin1String("Healthy"))
                return c.success;
            if (p == QLatin1String("RolledBack") || p == QLatin1String("Aborted") || p == QLatin1String("Degraded"))
                return c.danger;
            if (p == QLatin1String("Paused"))
                return c.warning;
        }
        if (role == Qt::FontRole && index.column() == RolloutListModel::NeedsColumn && index.data(RolloutListModel::AttentionRole).toBool()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::DecorationRole && index.column() == RolloutListModel::ComponentColumn && m_theme
            && index.data(RolloutListModel::AttentionRole).toBool())
            return ThemeIcons::icon(QStringLiteral("alert"), m_theme->colors().warning);
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (attentionOnly && !index.data(RolloutListModel::AttentionRole).toBool())
            return false;
        if (!environment.isEmpty() && index.data(RolloutListModel::EnvironmentRole).toString() != environment)
            return false;
        if (!phase.isEmpty() && index.data(RolloutListModel::PhaseRole).toString() != phase)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    ThemeManager *m_theme;
};
} // namespace

RolloutsPage::RolloutsPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_vm(new RolloutsViewModel(context.backend, this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_attention(new QCheckBox(tr("Requires &attention"), this))
    , m_counts(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_proxy(new RolloutFilterProxy(context.theme, this))
    , m_demo(new DemoBanner(context.backend, m_vm->client(), this))
    , m_view(new RolloutView(context, m_vm->client(), this))
{
    setObjectName(QStringLiteral("rolloutsPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 18, 24, 12);
    outer->addWidget(m_stack, 1);

    auto *list = new QWidget(this);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(tr("Rollouts"), list);
    title->setObjectName(QStringLiteral("pageTitle"));
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);
    layout->addWidget(m_demo);

    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Filter by component, version, phase or reason…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter rollouts"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("All environments"), QString());
    m_phase->setAccessibleName(tr("Phase"));
    m_phase->addItem(tr("All phases"), QString());
    for (const char *p : {"Progressing", "Paused", "Degraded", "Healthy", "RolledBack", "Aborted"})
        m_phase->addItem(RolloutText::phaseText(QLatin1String(p)), QLatin1String(p));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_environment);
    bar->addWidget(m_phase);
    bar->addWidget(m_attention);
    layout->addLayout(bar);
    m_counts->setObjectName(QStringLiteral("muted"));
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);

    m_proxy->setSourceModel(m_vm->rollouts());
    m_proxy->setSortRole(RolloutListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("rolloutTable"));
    m_table->setAccessibleName(tr("Rollouts"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RolloutListModel::AgeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(RolloutListModel::PhaseColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_status->setObjectName(QStringLiteral("rolloutsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);
    m_stack->addWidget(list);
    m_stack->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<RolloutFilterProxy *>(m_proxy)->environment = m_environment->currentData().toString();
        m_proxy->invalidate();
    });
    connect(m_phase, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<RolloutFilterProxy *>(m_proxy)->phase = m_phase->currentData().toString();
        m_proxy->invalidate();
    });
    connect(m_attention, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<RolloutFilterProxy *>(m_proxy)->attentionOnly = on;
        m_proxy->invalidate();
    });
    connect(m_table, &QTableView::activated, this, &RolloutsPage::openSelected);
    connect(m_view, &RolloutView::backRequested, this, &RolloutsPage::showList);
    connect(m_vm->rollouts(), &RolloutListModel::countsChanged, this, &RolloutsPage::updateCounts);
    connect(m_vm, &RolloutsViewModel::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(RolloutListModel::PhaseColumn, QHeaderView::Stretch);
        updateEnvironments();
    });
    connect(m_vm, &RolloutsViewModel::failed, this, [this](const QString &error) { showMessage(error, true); });
    connect(m_vm, &RolloutsViewModel::attentionNeeded, this, &RolloutsPage::notifyAttention);
    connect(m_vm, &RolloutsViewModel::rolloutStopped, this, &RolloutsPage::notifyStopped);
    connect(m_view->actions(), &RolloutActionController::message, this, &RolloutsPage::showMessage);
    connect(m_demo, &DemoBanner::deployRequested, this, &RolloutsPage::newDeployment);
    connect(m_demo, &DemoBanner::rolloutStarted, this, &RolloutsPage::openItem);
    createActions();
    updateCounts();
}

void RolloutsPage::createActions()
{
    ActionRegistry *actions = context().actions;
    if (!actions)
        return;
    const QString category = tr("Rollouts");
    connect(actions->add(QStringLiteral("rollouts.new"), tr("&New Deployment…"), category, QKeySequence(Qt::CTRL | Qt::Key_N),
                         QStringLiteral("plus")),
            &QAction::triggered, this, [this] { newDeployment(); });
    connect(actions->add(QStringLiteral("rollouts.back"), tr("Back to All Rollouts"), category, QKeySequence(Qt::ALT | Qt::Key_Left),
                         QStringLiteral("list")),
            &QAction::triggered, this, [this] {
                Q_EMIT navigateRequested(pageId(), QString());
                showList();
            });
    connect(actions->add(QStringLiteral("rollouts.nextAttention"), tr("Open the Next Rollout That Needs Attention"), category,
                         QKeySequence(Qt::Key_F8), QStringLiteral("alert")),
            &QAction::triggered, this, &RolloutsPage::openNextAttention);
    QAction *attention = actions->add(QStringLiteral("rollouts.attentionOnly"), tr("Show Only Rollouts That Need Attention"), category,
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QStringLiteral("alert"));
    attention->setCheckable(true);
    connect(attention, &QAction::toggled, m_attention, &QCheckBox::setChecked);
    connect(m_attention, &QCheckBox::toggled, attention, &QAction::setChecked);
    connect(actions->add(QStringLiteral("rollouts.find"), tr("Find Rollouts…"), category, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                         QStringLiteral("search")),
            &QAction::triggered, this, [this] {
                Q_EMIT navigateRequested(pageId(), QString());
                showList();
                m_search->setFocus();
                m_search->selectAll();
            });
    connect(actions->add(QStringLiteral("rollouts.refresh"), tr("Refresh Rollouts"), category, QKeySequence(Qt::SHIFT | Qt::Key_F5),
                         QStringLiteral("refresh")),
            &QAction::triggered, this, [this] {
                m_vm->refresh();
                if (isShowingRollout())
                    m_view->open(m_view->rolloutId());
            });
    connect(actions->add(QStringLiteral("rollouts.demoTraffic"), tr("Start the Demo Storefront With Traffic"), category, {},
                         QStringLiteral("play")),
            &QAction::triggered, m_demo, &DemoBanner::startTraffic);
}

void RolloutsPage::activated()
{
    m_vm->refresh();
}

void RolloutsPage::openItem(const QString &itemId)
{
    if (itemId.isEmpty()) {
        showList();
        return;
    }
    if (itemId == QLatin1String("attention")) {
        showList();
        setAttentionOnly(true);
        return;
    }
    if (itemId != m_view->rolloutId())
        showMessage(QString(), false); // an earlier action's result belongs to the rollout it was on
    m_stack->setCurrentWidget(m_view);
    m_view->open(itemId);
    m_view->setFocus();
}

bool RolloutsPage::isShowingRollout() const
{
    return m_stack->currentWidget() == m_view;
}

void RolloutsPage::showList()
{
    m_view->close();
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
    m_vm->refresh();
}

void RolloutsPage::setAttentionOnly(bool on)
{
    m_attention->setChecked(on);
}

void RolloutsPage::setFilterText(const QString &text)
{
    m_search->setText(text);
}

void RolloutsPage::openSelected()
{
    const QString id = m_table->currentIndex().data(RolloutListModel::IdRole).toString();
    if (!id.isEmpty())
        openItem(id);
}

void RolloutsPage::openNextAttention()
{
    RolloutListModel *model = m_vm->rollouts();
    const QString current = isShowingRollout() ? m_view->rolloutId() : QString();
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RolloutListModel::AttentionRole).toBool())
            ids.append(model->index(row, 0).data(RolloutListModel::IdRole).toString());
    }
    if (ids.isEmpty()) {
        showMessage(tr("No rollout needs attention."), false);
        return;
    }
    const QString next = ids.value((ids.indexOf(current) + 1) % ids.size());
    Q_EMIT navigateRequested(pageId(), next);
    openItem(next);
}

void RolloutsPage::updateCounts()
{
    const QHash<QString, int> counts = m_vm->rollouts()->phaseCounts();
    QStringList parts;
    for (const char *p : {"Progressing", "Paused", "Degraded", "Healthy", "RolledBack", "Aborted"}) {
        const int n = counts.value(QLatin1String(p));
        if (n > 0)
            parts.append(tr("%1 %2").arg(n).arg(RolloutText::phaseText(QLatin1String(p))));
    }
    const int attention = m_vm->rollouts()->attentionCount();
    QString text = parts.isEmpty() ? tr("No rollouts yet — start one with New Deployment (Ctrl+N).") : parts.join(QStringLiteral(" · "));
    if (attention > 0 && context().theme)
        text += QStringLiteral(" · <b style=\"color:%1\">%2</b>").arg(context().theme->colors().warning.name(),
                                                                   tr("%n need(s) attention", nullptr, attention).toHtmlEscaped());
    m_counts->setText(text);
    setBadge(attention);
    updateEnvironments();
}

void RolloutsPage::updateEnvironments()
{
    QSet<QString> seen;
    RolloutListModel *model = m_vm->rollouts();
    for (int row = 0; row < model->rowCount(); ++row)
        seen.insert(model->index(row, 0).data(RolloutListModel::EnvironmentRole).toString());
    for (const QString &env : std::as_const(seen)) {
        if (m_environment->findData(env) < 0)
            m_environment->addItem(RolloutText::environmentText(env), env);
    }
}

void RolloutsPage::notifyAttention(const QJsonObject &r)
{
    if (!context().notifications)
        return;
    const QString id = r.value(QStringLiteral("id")).toString();
    const QString title = RolloutText::isApprovalWaiting(r)
                              ? tr("Approval waiting: %1 %2").arg(r.value(QStringLiteral("component")).toString(),
                                                                  r.value(QStringLiteral("targetVersion")).toString())
                              : tr("%1 %2 needs a decision").arg(r.value(QStringLiteral("component")).toString(),
                                                                 r.value(QStringLiteral("targetVersion")).toString());
    const QString text = tr("%1 in %2: needs %3").arg(RolloutText::stepPosition(r),
                                                       RolloutText::environmentText(r.value(QStringLiteral("environment")).toString()),
                                                       RolloutText::needsText(r));
    context().notifications->notify(QStringLiteral("rollout-attention-") + id, title, text, NotificationModel::Severity::Warning,
                                    pageId(), id);
}

void RolloutsPage::notifyStopped(const QJsonObject &r)
{
    if (!context().notifications)
        return;
    const QString id = r.value(QStringLiteral("id")).toString();
    const bool rolledBack = r.value(QStringLiteral("phase")).toString() == QLatin1String("RolledBack");
    const QString what = tr("%1 %2").arg(r.value(QStringLiteral("component")).toString(), r.value(QStringLiteral("targetVersion")).toString());
    const QString title = rolledBack ? tr("Rolled back: %1").arg(what) : tr("Aborted: %1").arg(what);
    const QString text = tr("%1 serves %2 again. Reason: %3")
                             .arg(RolloutText::environmentText(r.value(QStringLiteral("environment")).toString()),
                                  r.value(QStringLiteral("stableVersion")).toString(), r.value(QStringLiteral("abortReason")).toString());
    context().notifications->notify(QStringLiteral("rollout-stopped-") + id, title, text, NotificationModel::Severity::Error, pageId(), id);
}

void RolloutsPage::newDeployment(const QString &yamlFile)
{
    auto *dialog = new NewDeploymentDialog(context().backend, m_vm->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!yamlFile.isEmpty())
        dialog->loadFile(yamlFile);
    connect(dialog, &NewDeploymentDialog::deployed, this, [this](const QString &rolloutId) {
        m_vm->refresh();
        Q_EMIT navigateRequested(pageId(), rolloutId);
        openItem(rolloutId);
    });
    dialog->open();
}

void RolloutsPage::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    if (context().theme)
        m_status->setStyleSheet(error ? QStringLiteral("color: %1").arg(context().theme->colors().danger.name()) : QString());
}

SD_REGISTER_PAGE(RolloutsPage, 100);

} // namespace shipdeck
