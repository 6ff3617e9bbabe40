#include "ui/components/statusdotdelegate.h"

#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace shipdeck {

void StatusDotDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() != QMetaType::QColor)
        return;
    const QColor color = decoration.value<QColor>();
    const int size = qMax(8, option->fontMetrics.height() / 2);
    const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    QPixmap dot(QSize(size, size) * dpr);
    dot.setDevicePixelRatio(dpr);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    painter.end();
    option->icon = QIcon(dot);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace shipdeck
