#include "ui/logs/logpanel.h"

#include "backend/kube/kubeclient.h"
#include "backend/kube/kubelogbuffer.h"
#include "models/logs/logdocument.h"
#include "ui/logs/logview.h"
#include "ui/shell/themeicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace shipdeck {

LogPanel::LogPanel(KubeClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_document(new LogDocument(this)), m_view(new LogView(this)),
      m_title(new QLabel(this)), m_status(new QLabel(this)), m_followButton(new QToolButton(this)),
      m_previous(new QCheckBox(tr("&Previous"), this)), m_timestamps(new QCheckBox(tr("&Timestamps"), this)),
      m_since(new QComboBox(this)), m_tail(new QSpinBox(this)), m_filter(new QLineEdit(this)),
      m_regex(new QCheckBox(tr("Re&gex"), this)), m_case(new QCheckBox(tr("Match &case"), this)),
      m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("logPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    header->addWidget(m_title);
    m_status->setObjectName(QStringLiteral("muted"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_status, 1);
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(ThemeIcons::icon(QStringLiteral("x")));
    closeButton->setToolTip(tr("Close the log"));
    closeButton->setAutoRaise(true);
    header->addWidget(closeButton);
    layout->addLayout(header);

    auto *bar = new QHBoxLayout;
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setText(tr("&Follow"));
    m_followButton->setIcon(ThemeIcons::icon(QStringLiteral("play")));
    m_followButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_followButton->setToolTip(tr("Stream new lines and keep the end in view"));
    bar->addWidget(m_followButton);
    m_previous->setToolTip(tr("The log of the previous (restarted or crashed) container"));
    bar->addWidget(m_previous);
    m_timestamps->setChecked(true);
    bar->addWidget(m_timestamps);
    bar->addWidget(new QLabel(tr("Since:"), this));
    m_since->addItem(tr("All"), 0);
    m_since->addItem(tr("5 minutes"), 5 * 60);
    m_since->addItem(tr("1 hour"), 60 * 60);
    m_since->addItem(tr("24 hours"), 24 * 60 * 60);
    bar->addWidget(m_since);
    bar->addWidget(new QLabel(tr("Tail:"), this));
    m_tail->setRange(0, 10'000'000);
    m_tail->setSpecialValueText(tr("all"));
    m_tail->setValue(0);
    m_tail->setToolTip(tr("Read only the last lines of each container (all: the whole log)"));
    m_tail->setAccelerated(true);
    bar->addWidget(m_tail);
    bar->addSpacing(12);
    m_filter->setPlaceholderText(tr("Filter lines…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(ThemeIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_regex);
    bar->addWidget(m_case);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_view->setDocument(m_document);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);

    connect(closeButton, &QToolButton::clicked, this, &LogPanel::closeRequested);
    connect(m_followButton, &QToolButton::toggled, m_view, &LogView::setFollow);
    connect(m_view, &LogView::followChanged, m_followButton, &QToolButton::setChecked);
    connect(m_timestamps, &QCheckBox::toggled, m_view, &LogView::setShowTimestamps);
    connect(m_previous, &QCheckBox::toggled, this, &LogPanel::restart);
    connect(m_since, &QComboBox::currentIndexChanged, this, &LogPanel::restart);
    connect(m_tail, &QSpinBox::editingFinished, this, &LogPanel::restart);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_regex, &QCheckBox::toggled, this, &LogPanel::applyFilter);
    connect(m_case, &QCheckBox::toggled, this, &LogPanel::applyFilter);
    connect(m_filterDelay, &QTimer::timeout, this, &LogPanel::applyFilter);
    connect(m_document, &LogDocument::rowsChanged, this, &LogPanel::updateStatus);
    connect(m_document, &LogDocument::reset, this, &LogPanel::updateStatus);
    connect(m_document, &LogDocument::filteringChanged, this, &LogPanel::updateStatus);

    connect(m_client, &KubeClient::logsChanged, this, [this](quint64 id, qsizetype, qsizetype firstChanged) {
        if (id != m_session)
            return;
        if (!m_problem.isEmpty())
            m_problem.clear();
        m_view->setShowSources(m_document->sources().size() > 1);
        m_document->bufferChanged(firstChanged);
    });
    connect(m_client, &KubeClient::logsProblem, this, [this](quint64 id, const QString &message) {
        if (id != m_session)
            return;
        m_problem = message;
        updateStatus();
    });
    connect(m_client, &KubeClient::logsFinished, this, [this](quint64 id) {
        if (id != m_session)
            return;
        m_finished = true;
        updateStatus();
    });
}

LogPanel::~LogPanel()
{
    close();
}

void LogPanel::open(const Target &target)
{
    m_target = target;
    m_title->setText(target.title);
    restart();
}

void LogPanel::close()
{
    ++m_generation;
    if (m_session)
        m_client->closeLogs(std::exchange(m_session, 0));
}

KubeLogOptions LogPanel::options() const
{
    KubeLogOptions options;
    options.follow = !m_previous->isChecked();
    options.previous = m_previous->isChecked();
    options.sinceSeconds = m_since->currentData().toLongLong();
    options.tailLines = m_tail->value() > 0 ? m_tail->value() : -1;
    return options;
}

void LogPanel::restart()
{
    if (m_target.pod.isEmpty() && m_target.labelSelector.isEmpty())
        return;
    close();
    const int generation = m_generation;
    m_problem.clear();
    m_finished = false;
    m_status->setText(tr("Opening the log…"));
    m_client->openLogs(m_target.namespaceName, m_target.pod, m_target.labelSelector, m_target.container, options())
        .then(this, [this, generation](const Result<KubeClient::LogHandle> &handle) {
            if (generation != m_generation) {
                if (handle)
                    m_client->closeLogs(handle->id);
                return;
            }
            if (!handle) {
                m_problem = handle.error().toString();
                updateStatus();
                return;
            }
            m_session = handle->id;
            m_document->setBuffer(handle->buffer);
            m_view->setShowSources(!m_target.labelSelector.isEmpty() || m_document->sources().size() > 1);
            m_view->setFollow(true);
            updateStatus();
        });
}

void LogPanel::applyFilter()
{
    LogFilterSpec spec;
    spec.text = m_filter->text();
    spec.regex = m_regex->isChecked();
    spec.caseSensitive = m_case->isChecked();
    m_document->setFilter(spec);
    const QString error = m_document->filterError();
    m_filter->setToolTip(error);
    m_filter->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d9534f; }"));
    updateStatus();
}

void LogPanel::updateStatus()
{
    const QLocale locale;
    QString text;
    if (!m_document->filterError().isEmpty())
        text = m_document->filterError();
    else if (m_document->filter().isActive())
        text = tr("%1 of %2 lines").arg(locale.toString(m_document->rowCount()), locale.toString(m_document->totalLines()));
    else
        text = tr("%1 lines").arg(locale.toString(m_document->totalLines()));
    if (m_document->isFiltering())
        text += QStringLiteral(" · ") + tr("filtering…");
    if (m_document->trimmedLines() > 0)
        text += QStringLiteral(" · ") + tr("%1 oldest lines dropped").arg(locale.toString(m_document->trimmedLines()));
    if (m_finished)
        text += QStringLiteral(" · ") + tr("complete");
    if (!m_problem.isEmpty())
        text += QStringLiteral(" · ") + m_problem;
    m_status->setText(text);
}

} // namespace shipdeck
