#include "ui/pages/jobspage.h"

#include "backend/facade/backend.h"
#include "models/jobqueuemodel.h"
#include "models/workflowrunmodel.h"
#include "ui/shell/confirmdialog.h"
#include "ui/shell/themeicons.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shipdeck {

namespace {
class JobFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int state = -1;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (state >= 0 && index.data(JobQueueModel::StateRole).toInt() != state)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

void setupTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
}
} // namespace

JobsPage::JobsPage(const UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new JobQueueModel(this))
    , m_runs(new WorkflowRunModel(this))
    , m_proxy(new JobFilterProxy(this))
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_runsView(new QTableView(this))
    , m_trace(new QTreeWidget(this))
    , m_retry(new QPushButton(ThemeIcons::icon(QStringLiteral("retry")), tr("&Retry Job…"), this))
    , m_cancel(new QPushButton(ThemeIcons::icon(QStringLiteral("stop")), tr("Ca&ncel Job…"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    auto *title = new QLabel(tr("Jobs"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    m_state->addItem(tr("All states"), -1);
    m_state->addItem(JobQueueModel::stateText(QueuedJobState::Ready), int(QueuedJobState::Ready));
    m_state->addItem(JobQueueModel::stateText(QueuedJobState::Leased), int(QueuedJobState::Leased));
    m_state->addItem(JobQueueModel::stateText(QueuedJobState::Done), int(QueuedJobState::Done));
    m_state->addItem(JobQueueModel::stateText(QueuedJobState::Dead), int(QueuedJobState::Dead));
    m_state->setAccessibleName(tr("Filter by state"));
    m_search->setPlaceholderText(tr("Filter by workflow or error…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_state);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_retry);
    bar->addWidget(m_cancel);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobQueueModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobQueueModel::CreatedColumn, Qt::DescendingOrder);
    setupTable(m_view);
    m_view->setAccessibleName(tr("Jobs"));

    auto *details = new QWidget(this);
    auto *dl = new QVBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    dl->addWidget(m_details);
    m_runsView->setModel(m_runs);
    setupTable(m_runsView);
    m_runsView->setMaximumHeight(140);
    m_runsView->setAccessibleName(tr("Attempts"));
    dl->addWidget(m_runsView);
    m_trace->setHeaderLabels({tr("Span"), tr("Duration"), tr("Status")});
    m_trace->setAccessibleName(tr("Trace of the selected attempt"));
    m_trace->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    dl->addWidget(m_trace, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_retry->setEnabled(false);
    m_cancel->setEnabled(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &JobsPage::refresh);
    connect(context.backend, &Backend::jobsChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(context.backend, &Backend::workspaceOpened, this, &JobsPage::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<JobFilterProxy *>(m_proxy)->state = m_state->currentData().toInt();
        m_proxy->invalidate();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsPage::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPage::showDetails);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showTrace(current.data(WorkflowRunModel::TraceIdRole).toString());
    });
    connect(m_retry, &QPushButton::clicked, this, &JobsPage::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelSelected);
}

void JobsPage::activated()
{
    refresh();
}

void JobsPage::openItem(const QString &itemId)
{
    if (queuedJobStateFromName(itemId)) {
        setStateFilter(itemId);
        return;
    }
    const int row = m_model->rowOf(itemId);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void JobsPage::setStateFilter(const QString &state)
{
    const auto parsed = queuedJobStateFromName(state);
    const int index = m_state->findData(parsed ? int(*parsed) : -1);
    m_state->setCurrentIndex(qMax(0, index));
}

void JobsPage::refresh()
{
    context().backend->listJobs(std::nullopt, 500).then(this, [this](const Result<QList<JobRecord>> &jobs) {
        if (!jobs)
            return;
        const bool first = m_model->rowCount() == 0;
        m_model->setJobs(jobs.value());
        if (first && m_model->rowCount() > 0) {
            m_view->resizeColumnsToContents();
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
        showDetails();
    });
}

QString JobsPage::selectedJobId() const
{
    return m_view->currentIndex().data(JobQueueModel::IdRole).toString();
}

void JobsPage::showDetails()
{
    const int row = m_model->rowOf(selectedJobId());
    const JobRecord *job = m_model->jobAt(row);
    m_retry->setEnabled(job && (job->state == QueuedJobState::Dead || job->state == QueuedJobState::Done));
    m_cancel->setEnabled(job && job->state != QueuedJobState::Dead && job->state != QueuedJobState::Done);
    if (!job) {
        m_details->setText(tr("Select a job to see its attempts and traces."));
        m_runs->setRuns({});
        m_trace->clear();
        return;
    }
    QString html = tr("<b>%1</b> · %2 · priority %3 · attempt %4 of %5<br><span>id %6</span>")
                       .arg(job->type.toHtmlEscaped(), JobQueueModel::stateText(job->state),
                            JobQueueModel::priorityText(job->priority))
                       .arg(job->attempts).arg(job->maxAttempts).arg(job->id);
    if (!job->lastError.isEmpty())
        html += tr("<br><b>Last error:</b> %1").arg(job->lastError.toHtmlEscaped());
    const QJsonObject payload = job->payload.value(QStringLiteral("payload")).toObject();
    if (!payload.isEmpty())
        html += tr("<br><b>Payload:</b> <code>%1</code>")
                    .arg(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)).toHtmlEscaped());
    m_details->setText(html);
    const QString id = job->id;
    context().backend->runsForJob(id).then(this, [this, id](const Result<QList<WorkflowRunRecord>> &runs) {
        if (!runs || selectedJobId() != id)
            return;
        m_runs->setRuns(runs.value());
        if (m_runs->rowCount() > 0 && !m_runsView->currentIndex().isValid())
            m_runsView->setCurrentIndex(m_runs->index(0, 0));
    });
}

void JobsPage::showTrace(const QString &traceId)
{
    m_trace->clear();
    if (traceId.isEmpty())
        return;
    context().backend->trace(traceId.toLatin1()).then(this, [this](const Result<QList<SpanData>> &spans) {
        m_trace->clear();
        if (!spans)
            return;
        QHash<QByteArray, QTreeWidgetItem *> items;
        QList<SpanData> pending = spans.value();
        // Parents first: spans arrive ordered by start time, so a parent precedes its children.
        for (const SpanData &span : std::as_const(pending)) {
            QTreeWidgetItem *parent = items.value(span.parentSpanId);
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_trace);
            item->setText(0, span.name);
            item->setText(1, WorkflowRunModel::durationText(span.durationMs()));
            item->setText(2, span.status == SpanStatus::Error ? span.statusMessage
                             : span.status == SpanStatus::Ok ? tr("ok") : QString());
            QStringList attributes;
            for (auto it = span.attributes.cbegin(); it != span.attributes.cend(); ++it)
                attributes << QStringLiteral("%1 = %2").arg(it.key(), it.value().toString());
            item->setToolTip(0, attributes.join(QLatin1Char('\n')));
            items.insert(span.spanId, item);
        }
        m_trace->expandAll();
    });
}

void JobsPage::retrySelected()
{
    const JobRecord *job = m_model->jobAt(m_model->rowOf(selectedJobId()));
    if (!job)
        return;
    ConfirmDialog::Spec spec;
    spec.title = tr("Retry %1?").arg(job->type);
    spec.summary = tr("The job goes back into the queue with fresh attempts and runs again as soon as a worker is free.");
    spec.details = {tr("Job %1, now %2 after %3 attempt(s)").arg(job->id, JobQueueModel::stateText(job->state)).arg(job->attempts)};
    if (!job->lastError.isEmpty())
        spec.details << tr("Last error: %1").arg(job->lastError);
    spec.confirmText = tr("Retry");
    if (!ConfirmDialog::ask(this, spec))
        return;
    context().backend->retryJob(job->id).then(this, [this](const Result<void> &) { refresh(); });
}

void JobsPage::cancelSelected()
{
    const JobRecord *job = m_model->jobAt(m_model->rowOf(selectedJobId()));
    if (!job)
        return;
    ConfirmDialog::Spec spec;
    spec.title = tr("Cancel %1?").arg(job->type);
    spec.summary = job->state == QueuedJobState::Leased
        ? tr("The running workflow is asked to stop at its next step; it is then marked failed and not retried.")
        : tr("The job will not run; it is moved to the failed jobs, where it can be retried later.");
    spec.details = {tr("Job %1").arg(job->id)};
    spec.confirmText = tr("Cancel Job");
    spec.destructive = true;
    if (!ConfirmDialog::ask(this, spec))
        return;
    context().backend->cancelJob(job->id).then(this, [this](bool) { refresh(); });
}

SD_REGISTER_PAGE(JobsPage, 900);

} // namespace shipdeck
