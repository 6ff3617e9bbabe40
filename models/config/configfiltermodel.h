#pragma once

#include <QSortFilterProxyModel>

namespace shipdeck {

// Filters the keys × environments table: text (in the key or any value, case-insensitive,
// several words must all match) and "only keys that are overridden / have problems / have
// unsaved edits". Sorts by ConfigTableModel::SortRole.
class ConfigFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Only { All, Overridden, Problems, Drafts };
    Q_ENUM(Only)

    explicit ConfigFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setOnly(Only only);
    Only only() const { return m_only; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    Only m_only = All;
};

} // namespace shipdeck
