#include "models/config/configdiffmodel.h"

#include <QFont>
#include <QFontDatabase>
#include <QRegularExpression>

namespace shipdeck {

ConfigDiffModel::ConfigDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConfigDiffModel::appendFile(const QString &title, const QString &path, const QString &patch, QList<Row> &rows)
{
    rows.append({{DiffLine::Kind::File, 0, 0, title}, path});
    for (const DiffLine &line : UnifiedDiff::parse(patch)) {
        if (line.kind == DiffLine::Kind::File || line.kind == DiffLine::Kind::Header)
            continue;
        m_additions += line.kind == DiffLine::Kind::Added ? 1 : 0;
        m_deletions += line.kind == DiffLine::Kind::Removed ? 1 : 0;
        rows.append({line, path});
    }
}

void ConfigDiffModel::setDiffs(const QList<GitFileDiff> &diffs)
{
    QList<Row> rows;
    m_additions = m_deletions = 0;
    for (const GitFileDiff &d : diffs) {
        const QString path = d.newPath.isEmpty() ? d.oldPath : d.newPath;
        QString title = path;
        if (d.status == QLatin1String("renamed") && d.oldPath != d.newPath)
            title = tr("%1 → %2").arg(d.oldPath, d.newPath);
        title = tr("%1 · %2 · +%3 −%4").arg(title, d.status).arg(d.additions).arg(d.deletions);
        appendFile(title, path, d.patch, rows);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ConfigDiffModel::setPatch(const QString &patch)
{
    // Split at each "diff --git a/X b/X" so that every file gets its title row.
    static const QRegularExpression fileHeader(QStringLiteral("^diff --git a/(\\S+) b/(\\S+)$"), QRegularExpression::MultilineOption);
    QList<Row> rows;
    m_additions = m_deletions = 0;
    QList<QRegularExpressionMatch> starts;
    for (auto it = fileHeader.globalMatch(patch); it.hasNext();)
        starts.append(it.next());
    if (starts.isEmpty() && !patch.isEmpty()) {
        for (const DiffLine &line : UnifiedDiff::parse(patch))
            rows.append({line, QString()});
    }
    for (int i = 0; i < starts.size(); ++i) {
        const qsizetype from = starts.at(i).capturedStart();
        const qsizetype to = i + 1 < starts.size() ? starts.at(i + 1).capturedStart() : patch.size();
        const QString path = starts.at(i).captured(2);
        appendFile(path, path, patch.mid(from, to - from), rows);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ConfigDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_additions = m_deletions = 0;
    endResetModel();
}

QList<int> ConfigDiffModel::fileRows() const
{
    QList<int> out;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).line.kind == DiffLine::Kind::File)
            out.append(i);
    }
    return out;
}

int ConfigDiffModel::fileRow(const QString &path) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).line.kind == DiffLine::Kind::File && m_rows.at(i).file == path)
            return i;
    }
    return -1;
}

int ConfigDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OldLineColumn: return row.line.oldLine > 0 ? QVariant(row.line.oldLine) : QVariant();
        case NewLineColumn: return row.line.newLine > 0 ? QVariant(row.line.newLine) : QVariant();
        case TextColumn: {
            switch (row.line.kind) {
            case DiffLine::Kind::Added: return QString(QLatin1Char('+') + row.line.text);
            case DiffLine::Kind::Removed: return QString(QLatin1Char('-') + row.line.text);
            case DiffLine::Kind::Context: return QString(QLatin1Char(' ') + row.line.text);
            default: return row.line.text;
            }
        }
        }
        break;
    case Qt::FontRole: {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (row.line.kind == DiffLine::Kind::File) {
            font = QFont();
            font.setBold(true);
        }
        return font;
    }
    case Qt::TextAlignmentRole:
        return index.column() == TextColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter)) : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case KindRole: return int(row.line.kind);
    case FileRole: return row.file;
    default: break;
    }
    return {};
}

QVariant ConfigDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OldLineColumn: return tr("Old");
    case NewLineColumn: return tr("New");
    case TextColumn: return tr("Change");
    }
    return {};
}

} // namespace shipdeck
