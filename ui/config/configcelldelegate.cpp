#include "ui/config/configcelldelegate.h"

#include "models/config/configtablemodel.h"
#include "ui/shell/thememanager.h"

#include <QApplication>
#include <QPainter>

namespace shipdeck {

ConfigCellDelegate::ConfigCellDelegate(ThemeManager *theme, QObject *parent) : QStyledItemDelegate(parent), m_theme(theme) {}

QSize ConfigCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
    s.setWidth(qMin(s.width() + 16, 360));
    return s;
}

void ConfigCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto &colors = m_theme->colors();
    const bool selected = opt.state & QStyle::State_Selected;
    const bool draft = index.data(ConfigTableModel::DraftRole).toBool();
    const bool problem = !index.data(ConfigTableModel::IssuesRole).toStringList().isEmpty();
    const int state = index.column() == 0 ? -1 : index.data(ConfigTableModel::StateRole).toInt();

    painter->save();
    // Background: the style's (selection, alternating rows), then a tint that carries meaning.
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (!selected && (draft || problem)) {
        QColor tint = problem ? colors.danger : colors.warning;
        tint.setAlpha(m_theme->isDark() ? 60 : 38);
        painter->fillRect(opt.rect, tint);
    }
    if (state == ConfigTableModel::Overridden) {
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top() + 3, 3, opt.rect.height() - 6), colors.accent);
    }
    if (problem)
        painter->fillRect(QRect(opt.rect.left(), opt.rect.bottom() - 1, opt.rect.width(), 2), colors.danger);
    if (draft) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.warning);
        painter->drawEllipse(QPointF(opt.rect.right() - 6, opt.rect.top() + 6), 3, 3);
    }

    QFont font = opt.font;
    QColor text = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    QString shown = index.data(Qt::DisplayRole).toString();
    switch (state) {
    case ConfigTableModel::Overridden: font.setBold(true); break;
    case ConfigTableModel::Inherited:
        if (!selected)
            text = colors.muted;
        break;
    case ConfigTableModel::Absent:
        shown = QStringLiteral("—");
        if (!selected)
            text = colors.muted;
        break;
    default: break;
    }
    if (draft)
        font.setItalic(true);
    painter->setFont(font);
    painter->setPen(text);
    const QRect textRect = opt.rect.adjusted(8, 0, draft ? -12 : -6, 0);
    const Qt::Alignment align = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()) | Qt::AlignVCenter;
    const QString elided = QFontMetrics(font).elidedText(shown.simplified(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, int(align & Qt::AlignHorizontal_Mask) ? int(align) : int(Qt::AlignLeft | Qt::AlignVCenter), elided);
    painter->restore();
}

} // namespace shipdeck
