#include "ui/widgets/steptimeline.h"

#include "ui/shell/thememanager.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace shipdeck {

StepTimeline::StepTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Steps"));
}

void StepTimeline::setSteps(const QList<Step> &steps)
{
    m_steps = steps;
    QStringList description;
    for (const Step &s : steps)
        description << s.label;
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

int StepTimeline::currentIndex() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].state == StepState::Current)
            return i;
    }
    return -1;
}

int StepTimeline::columnWidth() const
{
    return qMax(110, fontMetrics().horizontalAdvance(QStringLiteral("waiting for approval")) / 2 + 40);
}

int StepTimeline::rowHeight() const
{
    return fontMetrics().height() * 3 + 30;
}

int StepTimeline::heightForWidth(int width) const
{
    const int perRow = qMax(1, width / columnWidth());
    const int rows = qMax(1, int((m_steps.size() + perRow - 1) / perRow));
    return rows * rowHeight();
}

QSize StepTimeline::sizeHint() const
{
    return QSize(columnWidth() * qMax<qsizetype>(1, m_steps.size()), rowHeight());
}

QSize StepTimeline::minimumSizeHint() const
{
    return QSize(columnWidth() * 2, rowHeight());
}

QRect StepTimeline::stepRect(int index, int width) const
{
    const int perRow = qMax(1, width / columnWidth());
    const int col = index % perRow;
    const int row = index / perRow;
    const int w = width / qMin<int>(perRow, qMax<int>(1, int(m_steps.size())));
    return QRect(col * w, row * rowHeight(), w, rowHeight());
}

void StepTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ThemeManager *theme = ThemeManager::instance();
    const QColor done = theme ? theme->colors().success : QColor(Qt::darkGreen);
    const QColor current = theme ? theme->colors().info : QColor(Qt::blue);
    const QColor failed = theme ? theme->colors().danger : QColor(Qt::red);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor text = palette().color(QPalette::WindowText);
    const int r = 8;
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &s = m_steps[i];
        const QRect cell = stepRect(i, width());
        const QPoint c(cell.center().x(), cell.top() + 16);
        // Connector to the next step on the same row.
        if (i + 1 < m_steps.size()) {
            const QRect next = stepRect(i + 1, width());
            if (next.top() == cell.top()) {
                QPen pen(s.state == StepState::Done ? done : muted, 2);
                p.setPen(pen);
                p.drawLine(c.x() + r + 2, c.y(), next.center().x() - r - 2, c.y());
            }
        }
        QColor colour = muted;
        switch (s.state) {
        case StepState::Done: colour = done; break;
        case StepState::Current: colour = current; break;
        case StepState::Failed: colour = failed; break;
        default: break;
        }
        p.setPen(QPen(colour, 2));
        if (s.state == StepState::Done) {
            p.setBrush(colour);
            p.drawEllipse(c, r, r);
            p.setPen(QPen(palette().color(QPalette::Base), 2));
            p.drawPolyline(QPolygon({c + QPoint(-4, 0), c + QPoint(-1, 3), c + QPoint(4, -3)}));
        } else if (s.state == StepState::Current) {
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r, r);
            p.setBrush(colour);
            p.drawEllipse(c, r - 4, r - 4);
        } else if (s.state == StepState::Failed) {
            p.setBrush(colour);
            p.drawEllipse(c, r, r);
            p.setPen(QPen(palette().color(QPalette::Base), 2));
            p.drawLine(c + QPoint(-3, -3), c + QPoint(3, 3));
            p.drawLine(c + QPoint(3, -3), c + QPoint(-3, 3));
        } else {
            p.setBrush(Qt::NoBrush);
            if (s.state == StepState::Skipped)
                p.setPen(QPen(colour, 2, Qt::DotLine));
            p.drawEllipse(c, r, r);
        }
        QFont bold = font();
        bold.setBold(s.state == StepState::Current);
        p.setFont(bold);
        p.setPen(s.state == StepState::Pending || s.state == StepState::Skipped ? muted : text);
        const QRect label(cell.left() + 2, c.y() + r + 4, cell.width() - 4, fontMetrics().height());
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, fontMetrics().elidedText(s.label, Qt::ElideRight, label.width()));
        p.setFont(font());
        p.setPen(s.state == StepState::Current ? current : muted);
        const QRect detail(cell.left() + 2, label.bottom() + 2, cell.width() - 4, fontMetrics().height() * 2);
        p.drawText(detail, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s.detail);
    }
}

bool StepTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_steps.size(); ++i) {
            if (stepRect(i, width()).contains(help->pos())) {
                const Step &s = m_steps[i];
                QToolTip::showText(help->globalPos(), s.toolTip.isEmpty() ? s.label + QLatin1Char('\n') + s.detail : s.toolTip, this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace shipdeck
