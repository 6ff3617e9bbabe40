#include "ui/shell/statusbarwidget.h"

#include "backend/facade/backend.h"
#include "ui/shell/jobprogresswidget.h"
#include "ui/shell/thememanager.h"

#include <QHBoxLayout>
#include <QLabel>

namespace shipdeck {

StatusBarWidget::StatusBarWidget(Backend *backend, ActiveJobsModel *jobs, ThemeManager *theme, QWidget *parent)
    : QWidget(parent), m_theme(theme), m_dot(new QLabel(this)), m_state(new QLabel(this)), m_workspace(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_dot->setText(QStringLiteral("●"));
    m_dot->setAccessibleName(tr("Backend state"));
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    auto *sep = new QLabel(QStringLiteral("·"), this);
    layout->addWidget(sep);
    layout->addWidget(m_workspace);
    layout->addStretch(1);
    layout->addWidget(new JobProgressWidget(backend, jobs, this));
    connect(backend, &Backend::stateChanged, this, &StatusBarWidget::updateState);
    connect(backend, &Backend::workspaceOpened, this, [this](const WorkspaceInfo &info) {
        m_workspace->setText(tr("workspace %1").arg(info.name));
        m_workspace->setToolTip(info.path);
    });
    connect(theme, &ThemeManager::themeChanged, this, [this] { updateState(m_current, m_detail); });
    updateState(backend->state(), QString());
}

QString StatusBarWidget::stateText() const
{
    return m_state->text();
}

void StatusBarWidget::updateState(BackendState state, const QString &detail)
{
    m_current = state;
    m_detail = detail;
    const auto &c = m_theme->colors();
    QColor colour = c.muted;
    QString text;
    switch (state) {
    case BackendState::Starting: text = tr("backend starting"); break;
    case BackendState::Opening: text = tr("opening workspace…"); colour = c.info; break;
    case BackendState::Ready: text = tr("backend ready"); colour = c.success; break;
    case BackendState::Failed: text = tr("backend: workspace could not be opened"); colour = c.danger; break;
    case BackendState::Closed: text = tr("no workspace open"); break;
    }
    m_state->setText(text);
    m_state->setToolTip(detail);
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    if (state != BackendState::Ready && state != BackendState::Opening)
        m_workspace->setText(tr("no workspace"));
}

} // namespace shipdeck
