#include "models/config/configtablemodel.h"

#include "models/config/configvalues.h"

#include <QHash>
#include <QMap>

namespace shipdeck {

namespace {

bool issueCovers(const ConfigIssue &issue, const QString &key)
{
    if (issue.key.isEmpty())
        return false;
    return key == issue.key || key.startsWith(issue.key + QLatin1Char('.')) || key.startsWith(issue.key + QLatin1Char('['));
}

} // namespace

ConfigTableModel::ConfigTableModel(QObject *parent) : KeyedTableModel(parent) {}

void ConfigTableModel::setSnapshot(const QStringList &environments, const QList<ConfigValue> &values,
                                   const QList<ConfigDraft> &drafts, const QList<ConfigIssue> &issues)
{
    m_values = values;
    m_drafts = drafts;
    m_issues = issues;
    if (environments != m_environments) {
        beginResetModel();
        m_environments = environments;
        m_rows.clear();
        endResetModel();
    }
    rebuild();
}

void ConfigTableModel::setDrafts(const QList<ConfigDraft> &drafts)
{
    m_drafts = drafts;
    rebuild();
}

void ConfigTableModel::setIssues(const QList<ConfigIssue> &issues)
{
    m_issues = issues;
    rebuild();
}

void ConfigTableModel::rebuild()
{
    const int layers = int(m_environments.size()) + 1;
    QMap<QString, Row> byKey; // sorted by key
    auto rowFor = [&](const QString &key) -> Row & {
        auto it = byKey.find(key);
        if (it == byKey.end())
            it = byKey.insert(key, Row{key, QList<Cell>(layers)});
        return it.value();
    };
    for (const ConfigValue &v : std::as_const(m_values)) {
        const int column = columnOfEnvironment(v.environment);
        if (column < 1 || !v.found)
            continue;
        Cell &c = rowFor(v.key).cells[column - 1];
        c.found = true;
        c.value = v.value;
        c.layer = v.layer;
        c.file = v.file;
        c.line = v.line;
        c.column = v.column;
    }
    for (const ConfigDraft &d : std::as_const(m_drafts)) {
        const int column = columnOfEnvironment(d.environment);
        if (column < 1 || d.key.isEmpty())
            continue;
        Cell &c = rowFor(d.key).cells[column - 1];
        c.draft = true;
        c.draftBefore = d.before;
    }
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        for (const ConfigIssue &issue : std::as_const(m_issues)) {
            if (!issueCovers(issue, it.key()))
                continue;
            const int column = columnOfEnvironment(issue.environment);
            if (column >= 1 && !it->cells[column - 1].issues.contains(issue.message))
                it->cells[column - 1].issues.append(issue.message);
        }
    }
    applyKeyedRows<Row>(m_rows, byKey.values(), [](const Row &r) { return r.key; },
                        [](const Row &a, const Row &b) { return !(a == b); });
}

QString ConfigTableModel::environmentOfColumn(int column) const
{
    return column >= 2 && column - 2 < m_environments.size() ? m_environments.at(column - 2) : QString();
}

int ConfigTableModel::columnOfEnvironment(const QString &environment) const
{
    if (environment.isEmpty())
        return 1;
    const qsizetype i = m_environments.indexOf(environment);
    return i < 0 ? -1 : int(i) + 2;
}

QString ConfigTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int ConfigTableModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

const ConfigTableModel::Cell *ConfigTableModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 1 || column > m_environments.size() + 1)
        return nullptr;
    return &m_rows.at(row).cells.at(column - 1);
}

ConfigTableModel::CellState ConfigTableModel::stateOf(int row, int column) const
{
    const Cell *c = cell(row, column);
    if (!c || !c->found)
        return Absent;
    if (column == 1)
        return BaseValue;
    return c->layer == environmentOfColumn(column) ? Overridden : Inherited;
}

int ConfigTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_environments.size()) + 2;
}

QString ConfigTableModel::tooltip(int rowIndex, int column) const
{
    const Row &row = m_rows.at(rowIndex);
    if (column == 0)
        return row.key;
    const Cell &c = row.cells.at(column - 1);
    QStringList lines;
    const QString env = environmentOfColumn(column);
    switch (stateOf(rowIndex, column)) {
    case Absent:
        lines << (column == 1 ? tr("Not set in the base") : tr("Not set for %1").arg(env));
        break;
    case BaseValue:
        lines << tr("Set in the base: %1:%2").arg(c.file).arg(c.line);
        break;
    case Inherited:
        lines << tr("Inherited from the base: %1:%2").arg(c.file).arg(c.line);
        break;
    case Overridden:
        lines << tr("Overridden for %1: %2:%3").arg(env, c.file).arg(c.line);
        break;
    }
    if (c.draft)
        lines << tr("Unsaved edit (was %1)").arg(ConfigValues::display(c.draftBefore));
    for (const QString &issue : c.issues)
        lines << tr("Problem: %1").arg(issue);
    return lines.join(QLatin1Char('\n'));
}

QVariant ConfigTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return row.key;
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: return row.key;
        case Qt::ToolTipRole: return tooltip(index.row(), 0);
        case IssuesRole: {
            QStringList all;
            for (const Cell &c : row.cells)
                all += c.issues;
            return all;
        }
        case DraftRole:
            return std::any_of(row.cells.begin(), row.cells.end(), [](const Cell &c) { return c.draft; });
        default: return {};
        }
    }
    const Cell &c = row.cells.at(column - 1);
    switch (role) {
    case Qt::DisplayRole: return c.found ? ConfigValues::display(c.value) : QString();
    case Qt::ToolTipRole: return tooltip(index.row(), column);
    case Qt::TextAlignmentRole:
        return c.value.isDouble() ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case EnvironmentRole: return environmentOfColumn(column);
    case ValueRole: return c.found ? QVariant::fromValue(c.value) : QVariant::fromValue(QJsonValue(QJsonValue::Undefined));
    case StateRole: return int(stateOf(index.row(), column));
    case LayerRole: return c.layer;
    case FileRole: return c.file;
    case LineRole: return c.line;
    case OriginRole: return c.file.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(c.file).arg(c.line);
    case DraftRole: return c.draft;
    case DraftBeforeRole: return QVariant::fromValue(c.draftBefore);
    case IssuesRole: return c.issues;
    case SortRole: return c.found ? ConfigValues::display(c.value) : QString();
    default: break;
    }
    return {};
}

QVariant ConfigTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Key");
        if (section == 1)
            return tr("base");
        return environmentOfColumn(section);
    }
    if (role == Qt::ToolTipRole) {
        if (section == 0)
            return tr("Namespace (file name) and path of the key");
        if (section == 1)
            return tr("Values in base/: shared by every environment");
        return tr("Effective value in %1: its overlay over the base").arg(environmentOfColumn(section));
    }
    return {};
}

} // namespace shipdeck
