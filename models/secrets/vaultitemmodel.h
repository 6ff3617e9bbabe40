#pragma once

#include "backend/secrets/vault/vault.h"

#include "models/keyedrows.h"

namespace shipdeck {

class RevealedValues;

// The vault's items with their metadata, the audit report's most urgent finding per item, and
// the value: masked, or the plaintext while the user has it revealed (RevealedValues, id
// "vault/NAME"). Values never go into tooltips.
class VaultItemModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, StatusColumn, OwnerColumn, TagsColumn, CreatedColumn, RotatedColumn,
                  ExpiresColumn, LastUsedColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, SeverityRole, RevealedRole, RevealIdRole, SortRole };

    VaultItemModel(RevealedValues *revealed, QObject *parent = nullptr);

    static QString revealId(const QString &name) { return QStringLiteral("vault/") + name; }

    void setItems(const QList<VaultItem> &items);
    void setFindings(const QList<VaultFinding> &findings);
    const VaultItem *itemAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onRevealedChanged(const QString &id);
    const VaultFinding *worstFinding(const QString &name) const;

    RevealedValues *m_revealed; // Not owned.
    QList<VaultItem> m_items;
    QList<VaultFinding> m_findings;
};

// A finding's kind in words ("expired", "rotation overdue" …).
QString vaultFindingLabel(VaultFinding::Kind kind);

} // namespace shipdeck
