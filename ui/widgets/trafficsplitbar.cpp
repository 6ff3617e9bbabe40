#include "ui/widgets/trafficsplitbar.h"

#include <QLocale>
#include <QPainter>

namespace shipdeck {

TrafficSplitBar::TrafficSplitBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Traffic split"));
}

void TrafficSplitBar::setSegments(const QList<Segment> &segments)
{
    m_segments = segments;
    setAccessibleDescription(caption());
    setToolTip(caption());
    update();
}

QString TrafficSplitBar::caption() const
{
    QStringList parts;
    const QLocale locale;
    for (const Segment &s : m_segments) {
        QString part = tr("%1 %2 %").arg(s.label, locale.toString(s.desired, 'f', s.desired == int(s.desired) ? 0 : 1));
        if (s.actual >= 0)
            part += tr(" (actual %1 %)").arg(locale.toString(s.actual, 'f', 1));
        parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

QSize TrafficSplitBar::sizeHint() const
{
    return QSize(400, fontMetrics().height() + 30);
}

QSize TrafficSplitBar::minimumSizeHint() const
{
    return QSize(120, fontMetrics().height() + 30);
}

void TrafficSplitBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect bar(0, 0, width(), 16);
    const QRect thin(0, 19, width(), 5);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Mid));
    p.drawRoundedRect(bar, 3, 3);
    double x = 0, xa = 0;
    bool anyActual = false;
    for (const Segment &s : m_segments) {
        const double w = bar.width() * qBound(0.0, s.desired, 100.0) / 100.0;
        p.setBrush(s.color);
        p.drawRect(QRectF(x, bar.top(), w, bar.height()));
        x += w;
        if (s.actual >= 0) {
            anyActual = true;
            const double wa = thin.width() * qBound(0.0, s.actual, 100.0) / 100.0;
            QColor c = s.color;
            c.setAlpha(170);
            p.setBrush(c);
            p.drawRect(QRectF(xa, thin.top(), wa, thin.height()));
            xa += wa;
        }
    }
    if (!anyActual) {
        p.setBrush(palette().color(QPalette::Mid));
        p.drawRect(thin);
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 26, width(), fontMetrics().height()), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(caption(), Qt::ElideRight, width()));
}

} // namespace shipdeck
