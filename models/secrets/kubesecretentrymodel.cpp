#include "models/secrets/kubesecretentrymodel.h"

#include "models/secrets/revealedvalues.h"

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
    : KeyedTableModel(parent), m_revealed(revealed)
{
    connect(revealed, &RevealedValues::changed, this, [this](const QString &id) {
        const QString prefix = QStringLiteral("kube/%1#").arg(m_file);
        if (!id.startsWith(prefix))
            return;
        const int row = rowOf(id.mid(prefix.size()));
        if (row >= 0)
            Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn));
    });
}

void KubeSecretEntryModel::setEntries(const QString &file, const QList<KubeSecretEntryView> &entries)
{
    if (file != m_file) {
        beginResetModel();
        m_file = file;
        m_entries = entries;
        endResetModel();
        return;
    }
    applyKeyedRows<KubeSecretEntryView>(m_entries, entries, entryKey,
                                        [](const KubeSecretEntryView &a, const KubeSecretEntryView &b) { return a.toJson() != b.toJson(); });
}

const KubeSecretEntryView *KubeSecretEntryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int KubeSecretEntryModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

int KubeSecretEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KubeSecretEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KubeSecretEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KubeSecretEntryView &e = m_entries.at(index.row());
    const QString id = revealId(m_file, e.key);
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
            return m_revealed->isRevealed(id) ? m_revealed->text(id) : maskedValue();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return m_revealed->isRevealed(id) ? tr("Revealed; masked again in a few seconds")
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
    case KeyRole: return e.key;
    case RevealedRole: return m_revealed->isRevealed(id);
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
