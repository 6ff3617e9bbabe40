#pragma once

#include "backend/config/configtypes.h"

#include "models/keyedrows.h"

namespace shipdeck {

// Unsaved edits, one per key and layer: what the file on disk has and what the draft has.
class ConfigDraftModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, EnvironmentColumn, BeforeColumn, AfterColumn, FileColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, EnvironmentRole, FileRole };

    explicit ConfigDraftModel(QObject *parent = nullptr);

    void setDrafts(const QList<ConfigDraft> &drafts);
    const QList<ConfigDraft> &drafts() const { return m_drafts; }
    QStringList files() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConfigDraft> m_drafts;
};

} // namespace shipdeck
