#include "models/config/configdraftmodel.h"

#include "models/config/configvalues.h"

namespace shipdeck {

ConfigDraftModel::ConfigDraftModel(QObject *parent) : KeyedTableModel(parent) {}

void ConfigDraftModel::setDrafts(const QList<ConfigDraft> &drafts)
{
    applyKeyedRows<ConfigDraft>(m_drafts, drafts, [](const ConfigDraft &d) { return d.file + QLatin1Char('|') + d.key; },
                                [](const ConfigDraft &a, const ConfigDraft &b) { return a.before != b.before || a.after != b.after; });
}

QStringList ConfigDraftModel::files() const
{
    QStringList out;
    for (const ConfigDraft &d : m_drafts) {
        if (!out.contains(d.file))
            out.append(d.file);
    }
    return out;
}

int ConfigDraftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int ConfigDraftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigDraftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigDraft &d = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return d.key.isEmpty() ? tr("(whole file)") : d.key;
        case EnvironmentColumn: return d.environment.isEmpty() ? tr("base") : d.environment;
        case BeforeColumn: return ConfigValues::display(d.before);
        case AfterColumn: return d.after.isUndefined() ? tr("(removed)") : ConfigValues::display(d.after);
        case FileColumn: return d.file;
        }
        break;
    case KeyRole: return d.key;
    case EnvironmentRole: return d.environment;
    case FileRole: return d.file;
    default: break;
    }
    return {};
}

QVariant ConfigDraftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case EnvironmentColumn: return tr("Layer");
    case BeforeColumn: return tr("On disk");
    case AfterColumn: return tr("Draft");
    case FileColumn: return tr("File");
    }
    return {};
}

} // namespace shipdeck
