#pragma once

#include <QStyledItemDelegate>

namespace shipdeck {

// Draws a QColor decoration as a small round dot in front of the text instead of the default
// square the size of a row, which looks like a button and crowds dense tables.
class StatusDotDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace shipdeck
