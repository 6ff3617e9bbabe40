#include "ui/shell/jobprogresswidget.h"

#include "backend/facade/backend.h"
#include "models/activejobsmodel.h"
#include "ui/shell/themeicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>

namespace shipdeck {

JobProgressWidget::JobProgressWidget(Backend *backend, ActiveJobsModel *jobs, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_jobs(jobs), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_more(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setFixedWidth(140);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_more->setAutoRaise(true);
    m_more->setIcon(ThemeIcons::icon(QStringLiteral("list")));
    m_more->setToolTip(tr("Show all jobs"));
    m_more->setAccessibleName(tr("Jobs"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_more);
    connect(m_more, &QToolButton::clicked, this, &JobProgressWidget::showMenu);
    connect(jobs, &QAbstractItemModel::dataChanged, this, &JobProgressWidget::update);
    connect(jobs, &QAbstractItemModel::rowsInserted, this, &JobProgressWidget::update);
    connect(jobs, &QAbstractItemModel::rowsRemoved, this, &JobProgressWidget::update);
    update();
}

void JobProgressWidget::update()
{
    const JobSnapshot *current = m_jobs->current();
    const int active = m_jobs->activeCount();
    setVisible(m_jobs->rowCount() > 0);
    if (!current) {
        m_bar->hide();
        m_label->setText(tr("No jobs running"));
        return;
    }
    m_bar->show();
    if (current->progress < 0) {
        m_bar->setRange(0, 0); // busy indicator
    } else {
        m_bar->setRange(0, 100);
        m_bar->setValue(current->progress);
    }
    QString text = current->progressText.isEmpty() ? current->title : tr("%1: %2").arg(current->title, current->progressText);
    if (active > 1)
        text += tr(" (+%n more)", nullptr, active - 1);
    m_label->setText(text);
}

void JobProgressWidget::showMenu()
{
    QMenu menu(this);
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const JobSnapshot *s = m_jobs->snapshotAt(row);
        QString text = s->title;
        switch (s->state) {
        case JobState::Running:
            text += s->progress >= 0 ? tr(" — %1 %").arg(s->progress) : tr(" — running");
            break;
        case JobState::Succeeded: text += tr(" — done"); break;
        case JobState::Failed: text += tr(" — failed: %1").arg(s->error); break;
        case JobState::Cancelled: text += tr(" — cancelled"); break;
        case JobState::Pending: text += tr(" — waiting"); break;
        }
        QAction *action = menu.addAction(text);
        if (s->isActive() && s->cancellable) {
            const QString id = s->id;
            action->setToolTip(tr("Cancel this job"));
            connect(action, &QAction::triggered, this, [this, id] { m_backend->cancelJob(id); });
        } else {
            action->setEnabled(false);
        }
    }
    menu.exec(m_more->mapToGlobal(QPoint(0, -menu.sizeHint().height())));
}

} // namespace shipdeck
