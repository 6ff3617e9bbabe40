#include "ui/rollouts/rolloutview.h"

#include "models/rollouts/rolloutdetailviewmodel.h"
#include "models/rollouts/rollouteventmodel.h"
#include "models/rollouts/rolloutstepmodel.h"
#include "models/rollouts/rollouttext.h"
#include "ui/rollouts/analysispanel.h"
#include "ui/rollouts/revisionpanel.h"
#include "ui/rollouts/rolloutactioncontroller.h"
#include "ui/rollouts/rolloutcharts.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"
#include "ui/widgets/steptimeline.h"
#include "ui/widgets/trafficsplitbar.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace shipdeck {

namespace {
class WarningProxy final : public QIdentityProxyModel
{
public:
    WarningProxy(ThemeManager *theme, QObject *parent) : QIdentityProxyModel(parent), m_theme(theme) {}
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && m_theme && index.column() == RolloutEventModel::WhatColumn
            && index.data(RolloutEventModel::WarningRole).toBool())
            return m_theme->colors().danger;
        return QIdentityProxyModel::data(index, role);
    }

private:
    ThemeManager *m_theme;
};

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setText(action->property("shortText").toString());
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    // setDefaultAction copies the text on every change; keep the short label.
    QObject::connect(action, &QAction::changed, button, [button, action] { button->setText(action->property("shortText").toString()); });
    return button;
}
} // namespace

RolloutView::RolloutView(const UiContext &context, RolloutsClient *client, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_vm(new RolloutDetailViewModel(client, this))
    , m_actions(new RolloutActionController(context, m_vm, this))
    , m_back(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_phase(new QLabel(this))
    , m_message(new QLabel(this))
    , m_needs(new QLabel(this))
    , m_timeline(new StepTimeline(this))
    , m_traffic(new TrafficSplitBar(this))
    , m_tabs(new QTabWidget(this))
    , m_charts(new RolloutCharts(m_vm, context.theme, this))
    , m_analysis(new AnalysisPanel(m_vm->measurements(), context.theme, this))
    , m_revisions(new RevisionPanel(m_vm->revisions(), context.theme, this))
    , m_events(new QTableView(this))
    , m_spec(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("rolloutView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_back->setIcon(ThemeIcons::icon(QStringLiteral("rewind")));
    m_back->setText(tr("All rollouts"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setToolTip(tr("Back to all rollouts (Esc)"));
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QToolButton::clicked, this, &RolloutView::backRequested);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // never forces the window wider
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    layout->addLayout(header);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    for (RolloutAction a : {RolloutAction::Promote, RolloutAction::PromoteFull, RolloutAction::Pause, RolloutAction::Resume,
                            RolloutAction::Retry, RolloutAction::Abort})
        actions->addWidget(actionButton(m_actions->action(a), this));
    actions->addWidget(actionButton(m_actions->rollbackAction(), this));
    actions->addStretch(1);
    m_needs->setObjectName(QStringLiteral("rolloutNeeds"));
    m_needs->setTextFormat(Qt::RichText);
    actions->addWidget(m_needs);
    layout->addLayout(actions);

    auto *status = new QHBoxLayout;
    m_phase->setObjectName(QStringLiteral("rolloutPhase"));
    m_phase->setTextFormat(Qt::RichText);
    m_phase->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("rolloutMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    status->addWidget(m_phase);
    status->addWidget(m_message, 1);
    layout->addLayout(status);

    layout->addWidget(m_timeline);
    m_traffic->setObjectName(QStringLiteral("trafficSplit"));
    layout->addWidget(m_traffic);

    auto *metrics = new QSplitter(Qt::Vertical, this);
    metrics->setObjectName(QStringLiteral("metricsSplitter"));
    metrics->addWidget(m_charts);
    metrics->addWidget(m_analysis);
    metrics->setStretchFactor(0, 3);
    metrics->setStretchFactor(1, 2);
    metrics->setSizes({560, 340});
    m_tabs->addTab(metrics, ThemeIcons::icon(QStringLiteral("activity")), tr("Metrics && analysis"));
    m_tabs->addTab(m_revisions, ThemeIcons::icon(QStringLiteral("git-commit")), tr("History"));
    auto *events = new WarningProxy(context.theme, this);
    events->setSourceModel(m_vm->events());
    m_events->setModel(events);
    m_events->setObjectName(QStringLiteral("eventTable"));
    m_events->setAccessibleName(tr("Events"));
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setAlternatingRowColors(true);
    m_events->setWordWrap(false);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    // Time, what and who are short: shown whole; the details take the rest.
    for (int c : {RolloutEventModel::TimeColumn, RolloutEventModel::WhatColumn, RolloutEventModel::WhoColumn})
        m_events->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_events, ThemeIcons::icon(QStringLiteral("list")), tr("Events"));
    m_spec->setReadOnly(true);
    m_spec->setObjectName(QStringLiteral("specView"));
    m_spec->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_spec, ThemeIcons::icon(QStringLiteral("file-text")), tr("Deployment file"));
    layout->addWidget(m_tabs, 1);

    connect(m_vm, &RolloutDetailViewModel::loaded, this, [this] {
        updateHeader();
        updateTraffic();
        if (m_spec->toPlainText() != m_vm->rollout().value(QStringLiteral("spec")).toString())
            m_spec->setPlainText(m_vm->rollout().value(QStringLiteral("spec")).toString());
    });
    connect(m_vm, &RolloutDetailViewModel::loadFailed, this, [this](const QString &error) {
        m_title->setText(tr("Rollout not found"));
        m_message->setText(error);
    });
    connect(m_vm, &RolloutDetailViewModel::samplesAppended, this, &RolloutView::updateTraffic);
    connect(m_vm->steps(), &QAbstractItemModel::dataChanged, this, &RolloutView::updateTimeline);
    connect(m_vm->steps(), &QAbstractItemModel::modelReset, this, &RolloutView::updateTimeline);
    connect(m_vm->events(), &QAbstractItemModel::modelReset, m_events, [this] { m_events->resizeColumnsToContents(); });
    connect(m_revisions, &RevisionPanel::rollbackRequested, m_actions, &RolloutActionController::rollbackTo);
    connect(m_actions, &RolloutActionController::rollbackTabRequested, this, [this] { showTab(QStringLiteral("history")); });
    if (context.theme)
        connect(context.theme, &ThemeManager::themeChanged, this, [this] {
            updateHeader();
            updateTraffic();
        });
}

RolloutView::~RolloutView() = default;

void RolloutView::open(const QString &rolloutId)
{
    m_title->setText(tr("Loading %1…").arg(rolloutId));
    m_message->clear();
    m_needs->clear();
    m_spec->clear();
    m_timeline->setSteps({});
    m_vm->open(rolloutId);
}

void RolloutView::close()
{
    m_vm->close();
}

QString RolloutView::rolloutId() const
{
    return m_vm->rolloutId();
}

void RolloutView::showTab(const QString &name)
{
    const QStringList names{QStringLiteral("metrics"), QStringLiteral("history"), QStringLiteral("events"), QStringLiteral("file")};
    if (const int i = int(names.indexOf(name)); i >= 0)
        m_tabs->setCurrentIndex(i);
}

void RolloutView::updateHeader()
{
    const QJsonObject r = m_vm->rollout();
    const QString stable = r.value(QStringLiteral("stableVersion")).toString();
    const QString target = r.value(QStringLiteral("targetVersion")).toString();
    const QString versions = stable.isEmpty() ? target : tr("%1 → %2").arg(stable, target);
    m_title->setText(tr("%1 %2 · %3 · %4 · revision %5")
                         .arg(r.value(QStringLiteral("component")).toString(), versions,
                              RolloutText::environmentText(r.value(QStringLiteral("environment")).toString()),
                              RolloutText::strategyText(r.value(QStringLiteral("strategy")).toString()))
                         .arg(r.value(QStringLiteral("revision")).toInt()));
    const QString phase = r.value(QStringLiteral("phase")).toString();
    QColor colour = palette().color(QPalette::WindowText);
    if (m_context.theme) {
        const auto &c = m_context.theme->colors();
        colour = phase == QLatin1String("Healthy") ? c.success
               : phase == QLatin1String("RolledBack") || phase == QLatin1String("Aborted") || phase == QLatin1String("Degraded") ? c.danger
               : phase == QLatin1String("Paused") ? c.warning : c.info;
    }
    m_phase->setText(QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colour.name(), RolloutText::phaseText(phase).toHtmlEscaped()));
    QString message = r.value(QStringLiteral("message")).toString();
    const QString abortReason = r.value(QStringLiteral("abortReason")).toString();
    if (!abortReason.isEmpty()) {
        const QString by = r.value(QStringLiteral("abortedBy")).toString();
        message = phase == QLatin1String("RolledBack")
                      ? tr("Rolled back automatically by %1: %2").arg(by.isEmpty() ? tr("the engine") : by, abortReason)
                      : tr("Aborted by %1: %2").arg(by, abortReason);
    }
    m_message->setText(message);
    const QString needs = RolloutText::needsText(r);
    m_needs->setText(needs.isEmpty() ? QString()
                                     : QStringLiteral("<b>%1</b>").arg(tr("Needs %1").arg(needs).toHtmlEscaped()));
    updateTimeline();
}

void RolloutView::updateTimeline()
{
    RolloutStepModel *steps = m_vm->steps();
    QList<StepTimeline::Step> list;
    for (int row = 0; row < steps->rowCount(); ++row) {
        StepTimeline::Step s;
        s.label = steps->index(row, RolloutStepModel::StepColumn).data().toString();
        const qint64 ms = steps->durationAt(row);
        const QString detail = steps->detailAt(row);
        const QString duration = ms >= 0 ? RolloutText::durationText(ms) : QString();
        s.detail = detail.isEmpty() ? duration : duration.isEmpty() ? detail : tr("%1 · %2").arg(duration, detail);
        switch (steps->stateAt(row)) {
        case RolloutStepModel::State::Pending: s.state = StepTimeline::StepState::Pending; break;
        case RolloutStepModel::State::Current: s.state = StepTimeline::StepState::Current; break;
        case RolloutStepModel::State::Done: s.state = StepTimeline::StepState::Done; break;
        case RolloutStepModel::State::Failed: s.state = StepTimeline::StepState::Failed; break;
        case RolloutStepModel::State::Skipped: s.state = StepTimeline::StepState::Skipped; break;
        }
        s.toolTip = tr("Step %1: %2 — %3").arg(row + 1).arg(s.label, RolloutStepModel::stateText(steps->stateAt(row)));
        if (!detail.isEmpty())
            s.toolTip += QStringLiteral("\n") + detail;
        list.append(s);
    }
    m_timeline->setSteps(list);
}

void RolloutView::updateTraffic()
{
    const QJsonObject r = m_vm->rollout();
    const QJsonObject traffic = r.value(QStringLiteral("traffic")).toObject();
    const int weight = traffic.value(QStringLiteral("canaryWeight")).toInt();
    const bool finished = r.value(QStringLiteral("finishedAt")).toDouble() > 0;
    const double actual = finished ? -1 : m_vm->actualCanaryWeight();
    const QString canaryVersion = traffic.value(QStringLiteral("canaryVersion")).toString(r.value(QStringLiteral("targetVersion")).toString());
    const QString stableVersion = traffic.value(QStringLiteral("stableVersion")).toString(r.value(QStringLiteral("stableVersion")).toString());
    const QColor canary = m_context.theme ? m_context.theme->colors().canary : QColor(0xd2, 0x99, 0x22);
    const QColor baseline = m_context.theme ? m_context.theme->colors().baseline : QColor(0x09, 0x69, 0xda);
    QList<TrafficSplitBar::Segment> segments;
    if (!stableVersion.isEmpty() && stableVersion != canaryVersion)
        segments.append({tr("stable %1").arg(stableVersion), double(100 - weight), actual < 0 ? -1 : 100 - actual, baseline});
    if (!canaryVersion.isEmpty())
        segments.append({tr("canary %1").arg(canaryVersion), stableVersion.isEmpty() || stableVersion == canaryVersion ? 100.0 : double(weight),
                         actual, canary});
    m_traffic->setSegments(segments);
}

void RolloutView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || (event->key() == Qt::Key_Left && event->modifiers() == Qt::AltModifier)) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace shipdeck
