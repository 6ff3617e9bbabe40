#pragma once

#include "backend/secrets/secretstypes.h"

#include "models/secrets/revealableentrymodel.h"

namespace shipdeck {

class RevealedValues;

// The values of one SOPS file: key path, type, and the value — cleartext values as they are,
// encrypted ones masked unless revealed (RevealedValues, id "sops/PATH#KEY").
class SopsEntryModel : public RevealableEntryModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, EncryptedRole, RevealedRole, RevealIdRole };

    SopsEntryModel(RevealedValues *revealed, QObject *parent = nullptr);

    static QString revealId(const QString &file, const QString &key) { return QStringLiteral("sops/%1#%2").arg(file, key); }

    void setEntries(const QString &file, const QList<SopsEntryView> &entries);
    const SopsEntryView *entryAt(int row) const;
    int rowOf(const QString &key) const override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int entryCount() const override { return int(m_entries.size()); }

    QList<SopsEntryView> m_entries;
};

} // namespace shipdeck
