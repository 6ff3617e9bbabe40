#pragma once

#include "backend/secrets/secretstypes.h"

#include "models/keyedrows.h"

namespace shipdeck {

class RevealedValues;

// The values of one SOPS file: key path, type, and the value — cleartext values as they are,
// encrypted ones masked unless revealed (RevealedValues, id "sops/PATH#KEY").
class SopsEntryModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, EncryptedRole, RevealedRole, RevealIdRole };

    SopsEntryModel(RevealedValues *revealed, QObject *parent = nullptr);

    static QString revealId(const QString &file, const QString &key) { return QStringLiteral("sops/%1#%2").arg(file, key); }

    void setEntries(const QString &file, const QList<SopsEntryView> &entries);
    const QString &file() const { return m_file; }
    const SopsEntryView *entryAt(int row) const;
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RevealedValues *m_revealed; // Not owned.
    QString m_file;
    QList<SopsEntryView> m_entries;
};

} // namespace shipdeck
