#include "ui/shell/navigationsidebar.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace shipdeck {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
constexpr int kBadgeRole = Qt::UserRole + 2;

class SidebarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 14));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int badge = index.data(kBadgeRole).toInt();
        if (badge <= 0)
            return;
        const QString text = badge > 99 ? QStringLiteral("99+") : QString::number(badge);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics fm(font);
        const int h = fm.height() + 2;
        const int w = qMax(h, fm.horizontalAdvance(text) + 10);
        const QRect pill(option.rect.right() - w - 8, option.rect.center().y() - h / 2, w, h);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
        painter->setPen(option.palette.color(QPalette::HighlightedText));
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};
} // namespace

NavigationSidebar::NavigationSidebar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setItemDelegate(new SidebarDelegate(this));
    setIconSize(QSize(18, 18));
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Pages"));
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            Q_EMIT pageSelected(current->data(kPageIdRole).toString());
    });
}

void NavigationSidebar::addPage(const QString &pageId, const QString &title, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(kPageIdRole, pageId);
    item->setData(kBadgeRole, 0);
    updateGeometry();
}

void NavigationSidebar::retitle(const QString &pageId, const QString &title, const QIcon &icon)
{
    if (QListWidgetItem *item = itemFor(pageId)) {
        item->setText(title);
        item->setIcon(icon);
    }
}

QListWidgetItem *NavigationSidebar::itemFor(const QString &pageId) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kPageIdRole).toString() == pageId)
            return item(i);
    }
    return nullptr;
}

void NavigationSidebar::setBadge(const QString &pageId, int count)
{
    if (QListWidgetItem *item = itemFor(pageId)) {
        item->setData(kBadgeRole, count);
        item->setToolTip(count > 0 ? tr("%1 (%n waiting)", nullptr, count).arg(item->text()) : item->text());
    }
}

void NavigationSidebar::setCurrentPage(const QString &pageId)
{
    if (QListWidgetItem *item = itemFor(pageId))
        setCurrentItem(item);
}

QString NavigationSidebar::currentPageId() const
{
    return currentItem() ? currentItem()->data(kPageIdRole).toString() : QString();
}

} // namespace shipdeck
