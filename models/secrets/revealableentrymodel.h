#pragma once

#include "models/keyedrows.h"

namespace shipdeck {

class RevealedValues;

// What the value tables of the Secrets page share: the values of one file, each masked unless
// revealed under the id "<scope>/<file>#<key>" (RevealedValues), with the value column
// repainted when that changes.
class RevealableEntryModel : public KeyedTableModel
{
    Q_OBJECT
public:
    const QString &file() const { return m_file; }
    QString revealIdOf(const QString &key) const { return QStringLiteral("%1/%2#%3").arg(m_scope, m_file, key); }
    // The row whose reveal key is `key`, or -1.
    virtual int rowOf(const QString &key) const = 0;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : entryCount(); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    RevealableEntryModel(RevealedValues *revealed, QString scope, int columns, int valueColumn, QObject *parent);

    virtual int entryCount() const = 0;

    // Shows `next` for `file`: a reset when the file changes, fine-grained updates otherwise.
    template<typename Entry>
    void replaceEntries(const QString &file, QList<Entry> &entries, const QList<Entry> &next, const std::function<QString(const Entry &)> &key)
    {
        if (file != m_file) {
            beginResetModel();
            m_file = file;
            entries = next;
            endResetModel();
            return;
        }
        applyKeyedRows<Entry>(entries, next, key, [](const Entry &a, const Entry &b) { return a.toJson() != b.toJson(); });
    }

    bool isRevealed(const QString &id) const;
    QString revealedText(const QString &id) const;

private:
    RevealedValues *m_revealed; // Not owned.
    QString m_scope;
    QString m_file;
    int m_columns;
};

} // namespace shipdeck
