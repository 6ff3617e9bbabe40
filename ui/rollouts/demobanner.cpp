#include "ui/rollouts/demobanner.h"

#include "backend/facade/backend.h"
#include "models/rollouts/demotraffic.h"
#include "ui/shell/themeicons.h"

#include <QDir>

namespace shipdeck {

DemoBanner::DemoBanner(Backend *backend, RolloutsClient *, QWidget *parent)
    : QFrame(parent)
    , m_traffic(new DemoTraffic(backend, this))
    , m_text(new QLabel(this))
    , m_start(new QPushButton(ThemeIcons::icon(QStringLiteral("play")), tr("Start storefront with traffic"), this))
    , m_healthy(new QPushButton(ThemeIcons::icon(QStringLiteral("rollout")), tr("Deploy healthy canary 1.5.0…"), this))
    , m_bad(new QPushButton(ThemeIcons::icon(QStringLiteral("alert")), tr("Deploy bad canary 1.5.1…"), this))
{
    setObjectName(QStringLiteral("card"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_start);
    layout->addWidget(m_healthy);
    layout->addWidget(m_bad);
    m_start->setObjectName(QStringLiteral("demoTrafficButton"));
    m_healthy->setObjectName(QStringLiteral("demoHealthyButton"));
    m_bad->setObjectName(QStringLiteral("demoBadButton"));
    connect(m_start, &QPushButton::clicked, this, &DemoBanner::startTraffic);
    connect(m_healthy, &QPushButton::clicked, this,
            [this] { Q_EMIT deployRequested(deploymentFile(QStringLiteral("storefront-canary.yaml"))); });
    connect(m_bad, &QPushButton::clicked, this,
            [this] { Q_EMIT deployRequested(deploymentFile(QStringLiteral("storefront-bad-canary.yaml"))); });
    connect(m_traffic, &DemoTraffic::stateChanged, this, &DemoBanner::update);
    connect(backend, &Backend::workspaceOpened, this, [this](const WorkspaceInfo &info) {
        m_workspace = info.path;
        setVisible(info.demo);
        update();
    });
    connect(backend, &Backend::stateChanged, this, [this](BackendState state) {
        if (state != BackendState::Ready)
            hide();
    });
    hide();
}

QString DemoBanner::deploymentFile(const QString &name) const
{
    return QDir(m_workspace).filePath(QStringLiteral("deployments/") + name);
}

void DemoBanner::startTraffic()
{
    m_traffic->start(QStringLiteral("storefront"), 100);
}

void DemoBanner::update()
{
    const DemoTraffic::State state = m_traffic->state();
    m_start->setEnabled(state == DemoTraffic::State::Stopped || state == DemoTraffic::State::Failed);
    const bool running = state == DemoTraffic::State::Running;
    m_healthy->setEnabled(running);
    m_bad->setEnabled(running);
    switch (state) {
    case DemoTraffic::State::Stopped:
        m_text->setText(tr("<b>Demo workspace.</b> Start the storefront (1.4.2, with catalog and payments) on the local provider with "
                           "100 requests/s of traffic, then deploy a healthy canary and approve it, or a bad one and watch the "
                           "engine roll it back."));
        break;
    case DemoTraffic::State::Starting:
    case DemoTraffic::State::Running:
        m_text->setText(m_traffic->detail().toHtmlEscaped());
        break;
    case DemoTraffic::State::Failed:
        m_text->setText(tr("Could not start the demo traffic: %1").arg(m_traffic->detail().toHtmlEscaped()));
        break;
    }
}

} // namespace shipdeck
