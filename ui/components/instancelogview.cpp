#include "ui/components/instancelogview.h"

#include "models/components/instancelogmodel.h"
#include "models/components/instancelogtail.h"
#include "ui/shell/themeicons.h"
#include "ui/shell/thememanager.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

namespace shipdeck {

InstanceLogView::InstanceLogView(Backend *backend, ThemeManager *theme, QWidget *parent)
    : QWidget(parent)
    , m_tail(new InstanceLogTail(backend, this))
    , m_theme(theme)
    , m_title(new QLabel(tr("Output"), this))
    , m_state(new QLabel(this))
    , m_follow(new QCheckBox(tr("&Follow"), this))
    , m_clear(new QPushButton(ThemeIcons::icon(QStringLiteral("x")), tr("Clear"), this))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title, 1);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view"));
    m_clear->setToolTip(tr("Clear the lines shown (the instance's log file keeps them)"));
    header->addWidget(m_follow);
    header->addWidget(m_clear);
    layout->addLayout(header);

    m_view->setModel(m_tail->model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetrics fm(mono);
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + 4);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(InstanceLogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    // Wide enough for the header's word too ("Stream", "Strom"), not only for "err".
    const QString streamHeader = m_tail->model()->headerData(InstanceLogModel::StreamColumn, Qt::Horizontal).toString();
    m_view->setColumnWidth(InstanceLogModel::StreamColumn,
                           qMax(fm.horizontalAdvance(QStringLiteral("err")),
                                m_view->horizontalHeader()->fontMetrics().horizontalAdvance(streamHeader)) + 24);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Output of the selected instance"));
    layout->addWidget(m_view, 1);
    m_state->setObjectName(QStringLiteral("muted"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    connect(m_tail, &InstanceLogTail::linesAppended, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });
    connect(m_tail, &InstanceLogTail::stateChanged, this, &InstanceLogView::updateState);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    // Scrolling up to read stops following; scrolling back to the end follows again.
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        QMetaObject::invokeMethod(this, [this, bar] { m_follow->setChecked(bar->value() >= bar->maximum()); },
                                  Qt::QueuedConnection);
    });
    connect(m_clear, &QPushButton::clicked, m_tail->model(), &InstanceLogModel::clear);
    if (theme)
        connect(theme, &ThemeManager::themeChanged, this, &InstanceLogView::applyTheme);
    applyTheme();
    updateState();
}

void InstanceLogView::follow(const QString &instanceId)
{
    m_tail->follow(instanceId);
    m_title->setText(instanceId.isEmpty() ? tr("Output") : tr("Output of %1").arg(instanceId));
}

void InstanceLogView::updateState()
{
    if (m_tail->instanceId().isEmpty()) {
        m_state->setText(tr("Select an instance to see what it writes."));
        return;
    }
    if (!m_tail->problem().isEmpty()) {
        m_state->setText(m_tail->problem());
        return;
    }
    m_state->setText(m_tail->missedLines() > 0
        ? tr("%1 earlier lines are only in the instance's log file (logs/instances/%2.log).")
              .arg(QLocale().toString(m_tail->missedLines()), m_tail->instanceId())
        : tr("stdout and stderr as the instance writes them; notes of Shipdeck's supervisor in grey."));
}

void InstanceLogView::applyTheme()
{
    if (!m_theme)
        return;
    const ThemeManager::Colors &c = m_theme->colors();
    m_tail->model()->setStatusColors({c.success, c.warning, c.danger, c.muted});
}

} // namespace shipdeck
