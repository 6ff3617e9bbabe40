#include "models/components/instancelogmodel.h"

#include <QDateTime>
#include <QFontDatabase>

namespace shipdeck {

InstanceLogModel::InstanceLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

void InstanceLogModel::appendLines(const QList<InstanceLogLine> &lines)
{
    if (lines.isEmpty())
        return;
    // Only the newest maxLines of a big batch are ever shown.
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - m_maxLines);
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(lines.size() - skip) - 1);
    m_lines.append(lines.mid(skip));
    endInsertRows();
    trim();
}

void InstanceLogModel::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

void InstanceLogModel::setMaxLines(int maxLines)
{
    m_maxLines = std::max(1, maxLines);
    trim();
}

void InstanceLogModel::trim()
{
    const int excess = int(m_lines.size()) - m_maxLines;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_lines.remove(0, excess);
    endRemoveRows();
}

void InstanceLogModel::setStatusColors(const StatusColors &colors)
{
    m_colors = colors;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

const InstanceLogLine *InstanceLogModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

QString InstanceLogModel::text() const
{
    QStringList out;
    out.reserve(m_lines.size());
    for (const InstanceLogLine &line : m_lines)
        out.append(line.text);
    return out.join(QLatin1Char('\n'));
}

bool InstanceLogModel::isSupervisorNote(const InstanceLogLine &line)
{
    return line.isStderr && line.text.startsWith(QLatin1String("[shipdeck] "));
}

int InstanceLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InstanceLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceLogLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(line.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case StreamColumn: return line.isStderr ? tr("err") : tr("out");
        case TextColumn: return line.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(line.timeMs).toString(Qt::ISODateWithMs);
        if (index.column() == StreamColumn)
            return isSupervisorNote(line) ? tr("A note of Shipdeck's supervisor") : line.isStderr ? tr("Standard error")
                                                                                                  : tr("Standard output");
        break;
    case Qt::ForegroundRole: {
        const QColor color = isSupervisorNote(line) ? m_colors.neutral : line.isStderr ? m_colors.warning : QColor();
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::FontRole:
        return m_font;
    case StderrRole:
        return line.isStderr;
    case SupervisorRole:
        return isSupervisorNote(line);
    case TimeMsRole:
        return line.timeMs;
    default:
        break;
    }
    return {};
}

QVariant InstanceLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case StreamColumn: return tr("Stream");
    case TextColumn: return tr("Output");
    }
    return {};
}

} // namespace shipdeck
