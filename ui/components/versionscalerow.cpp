#include "ui/components/versionscalerow.h"

#include "backend/providers/provider.h"
#include "ui/shell/themeicons.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace shipdeck {

VersionScaleRow::VersionScaleRow(QGridLayout *grid, int row, const QString &version, QWidget *parent)
    : m_version(version)
    , m_name(new QLabel(version, parent))
    , m_role(new QLabel(parent))
    , m_ready(new QLabel(parent))
    , m_replicas(new QSpinBox(parent))
    , m_apply(new QPushButton(ThemeIcons::icon(QStringLiteral("sliders")), tr("Apply…"), parent))
    , m_stop(new QPushButton(ThemeIcons::icon(QStringLiteral("stop")), tr("Stop…"), parent))
{
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_role->setObjectName(QStringLiteral("muted"));
    m_ready->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ready->setMinimumWidth(m_ready->fontMetrics().horizontalAdvance(QStringLiteral("00/00 ready")));
    m_replicas->setRange(0, 64);
    m_replicas->setAccessibleName(tr("Instances of %1").arg(version));
    m_replicas->setToolTip(tr("How many instances of %1 to run").arg(version));
    m_replicas->setObjectName(QStringLiteral("replicas-%1").arg(version));
    m_apply->setObjectName(QStringLiteral("apply-%1").arg(version));
    m_apply->setToolTip(tr("Scale %1 to the number on the left (asks first)").arg(version));
    m_stop->setObjectName(QStringLiteral("stop-%1").arg(version));
    m_stop->setToolTip(tr("Stop every instance of %1 (asks first)").arg(version));
    grid->addWidget(m_name, row, 0);
    grid->addWidget(m_role, row, 1);
    grid->addWidget(m_ready, row, 2);
    grid->addWidget(m_replicas, row, 3);
    grid->addWidget(m_apply, row, 4);
    grid->addWidget(m_stop, row, 5);
    connect(m_replicas, &QSpinBox::valueChanged, this, &VersionScaleRow::updateApply);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT scaleRequested(m_version, m_replicas->value()); });
    connect(m_replicas, &QAbstractSpinBox::editingFinished, this, [this] {
        if (m_replicas->hasFocus() && m_apply->isEnabled())
            m_apply->setFocus(); // Enter in the box moves to Apply; Enter again asks
    });
    connect(m_stop, &QPushButton::clicked, this, [this] { Q_EMIT stopRequested(m_version); });
}

VersionScaleRow::~VersionScaleRow()
{
    // Out of the grid at once (a new row may take the place), deleted once any signal of theirs
    // has returned.
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_role, m_ready, m_replicas, m_apply, m_stop}) {
        w->hide();
        w->setParent(nullptr);
        w->deleteLater();
    }
}

void VersionScaleRow::update(const VersionStatus *running, const QString &role, bool isStable, bool busy)
{
    const int desired = running ? running->desiredReplicas : 0;
    // Follow the provider unless the user has typed another number.
    if (m_replicas->value() == m_desired)
        m_replicas->setValue(desired);
    m_desired = desired;
    m_busy = busy;
    m_role->setText(role);
    m_ready->setText(running ? tr("%1/%2 ready").arg(running->readyReplicas).arg(running->desiredReplicas)
                             : tr("not running"));
    m_stop->setEnabled(running && !busy);
    m_name->setToolTip(isStable ? tr("The stable version in the component's definition") : QString());
    updateApply();
}

void VersionScaleRow::updateApply()
{
    m_apply->setEnabled(!m_busy && m_replicas->value() != m_desired);
}

} // namespace shipdeck
