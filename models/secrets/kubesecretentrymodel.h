#pragma once

#include "backend/secrets/secretstypes.h"

#include "models/secrets/revealableentrymodel.h"

namespace shipdeck {

class RevealedValues;

// The values of the Secrets in one manifest file, decoded from base64 and masked unless
// revealed (RevealedValues, id "kube/PATH#KEY").
class KubeSecretEntryModel : public RevealableEntryModel
{
    Q_OBJECT
public:
    enum Column { SecretColumn, FieldColumn, KeyColumn, SizeColumn, ValueColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, RevealedRole, RevealIdRole };

    KubeSecretEntryModel(RevealedValues *revealed, QObject *parent = nullptr);

    static QString revealId(const QString &file, const QString &key) { return QStringLiteral("kube/%1#%2").arg(file, key); }

    void setEntries(const QString &file, const QList<KubeSecretEntryView> &entries);
    const KubeSecretEntryView *entryAt(int row) const;
    int rowOf(const QString &key) const override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int entryCount() const override { return int(m_entries.size()); }

    QList<KubeSecretEntryView> m_entries;
};

} // namespace shipdeck
