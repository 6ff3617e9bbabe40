#include "ui/shell/commandpalette.h"

#include "models/actionlistmodel.h"
#include "ui/shell/actionregistry.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace shipdeck {

namespace {
// Shows the category on the left in muted text and the shortcut on the right.
class PaletteDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString category = index.data(ActionListModel::CategoryRole).toString();
        const QString shortcut = index.data(ActionListModel::ShortcutRole).toString();
        if (!category.isEmpty())
            opt.text = category + QStringLiteral(": ") + opt.text;
        (opt.widget ? opt.widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        if (!shortcut.isEmpty()) {
            painter->save();
            QColor c = opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
            painter->setPen(c);
            painter->drawText(opt.rect.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter, shortcut);
            painter->restore();
        }
    }
};
} // namespace

CommandPalette::CommandPalette(ActionRegistry *actions, QWidget *parent)
    : QFrame(parent), m_actions(actions), m_model(new ActionListModel(this)), m_input(new QLineEdit(this)),
      m_list(new QListView(this))
{
    setObjectName(QStringLiteral("palette"));
    setWindowFlags(Qt::Popup | Qt::FramelessWindowHint);
    setAccessibleName(tr("Command palette"));
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_input->setPlaceholderText(tr("Type a command or page…"));
    m_input->setClearButtonEnabled(true);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        m_list->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { triggerRow(m_list->currentIndex().row()); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { triggerRow(index.row()); });
}

void CommandPalette::popup()
{
    m_model->setActions(m_actions->all());
    m_input->clear();
    m_model->setQuery(QString());
    QWidget *host = parentWidget() ? parentWidget()->window() : nullptr;
    const int width = host ? qMin(640, host->width() - 80) : 560;
    const int height = host ? qMin(420, host->height() - 120) : 380;
    resize(width, height);
    if (host) {
        const QPoint topLeft = host->mapToGlobal(QPoint((host->width() - width) / 2, 60));
        move(topLeft);
    }
    show();
    m_input->setFocus();
    m_list->setCurrentIndex(m_model->index(0, 0));
}

bool CommandPalette::triggerRow(int row)
{
    QAction *action = m_model->actionAt(row);
    if (!action || !action->isEnabled())
        return false;
    hide();
    action->trigger();
    return true;
}

void CommandPalette::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_list->currentIndex().row() + delta, rows - 1);
    m_list->setCurrentIndex(m_model->index(row, 0));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down: moveSelection(1); return true;
        case Qt::Key_Up: moveSelection(-1); return true;
        case Qt::Key_PageDown: moveSelection(8); return true;
        case Qt::Key_PageUp: moveSelection(-8); return true;
        case Qt::Key_Escape: hide(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace shipdeck
