#include "models/secrets/kubesecretentrymodel.h"

#include <QFontDatabase>
#include <QLocale>

namespace shipdeck {

namespace {
QString entryKey(const KubeSecretEntryView &e)
{
    return e.secret + QLatin1Char('|') + e.field + QLatin1Char('|') + e.key;
}
} // namespace

KubeSecretEntryModel::KubeSecretEntryModel(RevealedValues *revealed, QObject *parent)
    : RevealableEntryModel(revealed, QStringLiteral("kube"), ColumnCount, ValueColumn, parent)
{
}

void KubeSecretEntryModel::setEntries(const QString &file, const QList<KubeSecretEntryView> &entries)
{
    replaceEntries<KubeSecretEntryView>(file, m_entries, entries, entryKey);
}

const KubeSecretEntryView *KubeSecretEntryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int KubeSecretEntryModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).ref() == key)
            return i;
    }
    return -1;
}

QVariant KubeSecretEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KubeSecretEntryView &e = m_entries.at(index.row());
    const QString id = revealIdOf(e.ref());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SecretColumn: return e.secret;
        case FieldColumn: return e.field;
        case KeyColumn: return e.key;
        case SizeColumn: return QLocale().formattedDataSize(e.size, 0);
        case ValueColumn:
            if (!e.validBase64)
                return tr("(not valid base64)");
            return isRevealed(id) ? revealedText(id) : maskedValue();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return isRevealed(id) ? tr("Revealed; masked again in a few seconds")
                                              : tr("Base64 in the file, shown decoded; reveal to read it (recorded in the audit log)");
        if (index.column() == SecretColumn)
            return tr("%1 (%2)").arg(e.secret, e.type);
        break;
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case KeyRole: return e.ref();
    case RevealedRole: return isRevealed(id);
    case RevealIdRole: return id;
    default: break;
    }
    return {};
}

QVariant KubeSecretEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SecretColumn: return tr("Secret");
    case FieldColumn: return tr("Field");
    case KeyColumn: return tr("Key");
    case SizeColumn: return tr("Size");
    case ValueColumn: return tr("Value");
    }
    return {};
}

} // namespace shipdeck
