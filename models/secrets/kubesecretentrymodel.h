#pragma once

#include "backend/secrets/secretstypes.h"

#include "models/keyedrows.h"

namespace shipdeck {

class RevealedValues;

// The values of the Secrets in one manifest file, decoded from base64 and masked unless
// revealed (RevealedValues, id "kube/PATH#KEY").
class KubeSecretEntryModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { SecretColumn, FieldColumn, KeyColumn, SizeColumn, ValueColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, RevealedRole, RevealIdRole };

    KubeSecretEntryModel(RevealedValues *revealed, QObject *parent = nullptr);

    static QString revealId(const QString &file, const QString &key) { return QStringLiteral("kube/%1#%2").arg(file, key); }

    void setEntries(const QString &file, const QList<KubeSecretEntryView> &entries);
    const QString &file() const { return m_file; }
    const KubeSecretEntryView *entryAt(int row) const;
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RevealedValues *m_revealed; // Not owned.
    QString m_file;
    QList<KubeSecretEntryView> m_entries;
};

} // namespace shipdeck
