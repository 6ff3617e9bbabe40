#include "models/secrets/vaultitemmodel.h"

#include "models/secrets/revealedvalues.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>

namespace shipdeck {

namespace {

QString dateText(qint64 ms, const QString &none)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat) : none;
}

} // namespace

QString vaultFindingLabel(VaultFinding::Kind kind)
{
    switch (kind) {
    case VaultFinding::Kind::Expired: return QCoreApplication::translate("VaultItemModel", "expired");
    case VaultFinding::Kind::OverdueRotation: return QCoreApplication::translate("VaultItemModel", "rotation overdue");
    case VaultFinding::Kind::Expiring: return QCoreApplication::translate("VaultItemModel", "expiring");
    case VaultFinding::Kind::DuplicateValue: return QCoreApplication::translate("VaultItemModel", "duplicate value");
    case VaultFinding::Kind::NeverRotated: return QCoreApplication::translate("VaultItemModel", "never rotated");
    case VaultFinding::Kind::Unused: return QCoreApplication::translate("VaultItemModel", "unused");
    }
    return {};
}

VaultItemModel::VaultItemModel(RevealedValues *revealed, QObject *parent) : KeyedTableModel(parent), m_revealed(revealed)
{
    connect(revealed, &RevealedValues::changed, this, &VaultItemModel::onRevealedChanged);
}

void VaultItemModel::setItems(const QList<VaultItem> &items)
{
    applyKeyedRows<VaultItem>(m_items, items, [](const VaultItem &i) { return i.name; },
                              [](const VaultItem &a, const VaultItem &b) { return a.toJson() != b.toJson(); });
}

void VaultItemModel::setFindings(const QList<VaultFinding> &findings)
{
    m_findings = findings;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_items.size()) - 1, StatusColumn));
}

const VaultItem *VaultItemModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int VaultItemModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).name == name)
            return i;
    }
    return -1;
}

void VaultItemModel::onRevealedChanged(const QString &id)
{
    if (!id.startsWith(QLatin1String("vault/")))
        return;
    const int row = rowOf(id.mid(6));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn));
}

const VaultFinding *VaultItemModel::worstFinding(const QString &name) const
{
    const VaultFinding *worst = nullptr;
    for (const VaultFinding &f : m_findings) {
        if (f.item == name && (!worst || f.severity > worst->severity))
            worst = &f;
    }
    return worst;
}

int VaultItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int VaultItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaultItem &item = m_items.at(index.row());
    const QString id = revealId(item.name);
    const VaultFinding *finding = worstFinding(item.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return item.name;
        case ValueColumn: return m_revealed->isRevealed(id) ? m_revealed->text(id) : maskedValue();
        case StatusColumn: return finding ? vaultFindingLabel(finding->kind) : tr("ok");
        case OwnerColumn: return item.owner;
        case TagsColumn: return item.tags.join(QStringLiteral(", "));
        case CreatedColumn: return dateText(item.createdMs, QString());
        case RotatedColumn: return dateText(item.rotatedMs, tr("never"));
        case ExpiresColumn: return dateText(item.expiresMs, tr("never"));
        case LastUsedColumn: return dateText(item.lastUsedMs, tr("never"));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return item.description.isEmpty() ? item.name : tr("%1 — %2").arg(item.name, item.description);
        case ValueColumn: return m_revealed->isRevealed(id) ? tr("Revealed; masked again in a few seconds") : tr("Masked; reveal to read it (recorded in the audit log)");
        case StatusColumn: return finding ? finding->detail : tr("Nothing needs attention");
        case RotatedColumn:
            return item.rotationDays > 0 ? tr("Rotate every %n day(s); version %1", nullptr, item.rotationDays).arg(item.version)
                                         : tr("No rotation policy; version %1").arg(item.version);
        case LastUsedColumn: return tr("Revealed or copied %n time(s)", nullptr, item.useCount);
        default: break;
        }
        break;
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case NameRole: return item.name;
    case SeverityRole: return finding ? finding->severity : -1;
    case RevealedRole: return m_revealed->isRevealed(id);
    case RevealIdRole: return id;
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return finding ? finding->severity : -1;
        case CreatedColumn: return item.createdMs;
        case RotatedColumn: return item.rotatedMs;
        case ExpiresColumn: return item.expiresMs > 0 ? item.expiresMs : std::numeric_limits<qint64>::max();
        case LastUsedColumn: return item.lastUsedMs;
        case ValueColumn: return QString();
        default: return data(index, Qt::DisplayRole);
        }
    default: break;
    }
    return {};
}

QVariant VaultItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ValueColumn: return tr("Value");
    case StatusColumn: return tr("Status");
    case OwnerColumn: return tr("Owner");
    case TagsColumn: return tr("Tags");
    case CreatedColumn: return tr("Created");
    case RotatedColumn: return tr("Rotated");
    case ExpiresColumn: return tr("Expires");
    case LastUsedColumn: return tr("Last used");
    }
    return {};
}

} // namespace shipdeck
