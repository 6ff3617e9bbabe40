#include "models/secrets/sopsentrymodel.h"

#include <QFontDatabase>

namespace shipdeck {

SopsEntryModel::SopsEntryModel(RevealedValues *revealed, QObject *parent)
    : RevealableEntryModel(revealed, QStringLiteral("sops"), ColumnCount, ValueColumn, parent)
{
}

void SopsEntryModel::setEntries(const QString &file, const QList<SopsEntryView> &entries)
{
    replaceEntries<SopsEntryView>(file, m_entries, entries, [](const SopsEntryView &e) { return e.path; });
}

const SopsEntryView *SopsEntryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int SopsEntryModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).path == key)
            return i;
    }
    return -1;
}

QVariant SopsEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopsEntryView &e = m_entries.at(index.row());
    const QString id = revealIdOf(e.path);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return e.path;
        case TypeColumn: return e.isNull ? QStringLiteral("null") : e.type;
        case ValueColumn:
            if (e.isNull)
                return QStringLiteral("null");
            if (!e.encrypted)
                return e.display;
            return isRevealed(id) ? revealedText(id) : maskedValue();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return e.encrypted ? (isRevealed(id) ? tr("Revealed; masked again in a few seconds")
                                                             : tr("Encrypted; reveal to read it (recorded in the audit log)"))
                               : tr("Not encrypted (unencrypted suffix or regex of the file)");
        break;
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case KeyRole: return e.path;
    case EncryptedRole: return e.encrypted;
    case RevealedRole: return isRevealed(id);
    case RevealIdRole: return id;
    default: break;
    }
    return {};
}

QVariant SopsEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    }
    return {};
}

} // namespace shipdeck
