#pragma once

#include <QStyledItemDelegate>

namespace shipdeck {

class ThemeManager;

// Paints a keys × environments cell so its provenance reads at a glance: a value the
// environment overrides is bold with an accent bar, an inherited one is muted, an unsaved edit
// is italic on a warning tint with a dot, a cell with a validation problem has a danger tint
// and underline. Works for both themes (colours from ThemeManager).
class ConfigCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ConfigCellDelegate(ThemeManager *theme, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ThemeManager *m_theme; // Not owned.
};

} // namespace shipdeck
