#pragma once

#include "backend/providers/instancelog.h"

#include "models/components/statuscolors.h"

#include <QAbstractTableModel>
#include <QFont>

namespace shipdeck {

// The tail of one instance's output: time, stream (out/err) and text. New lines are appended
// at the end; beyond maxLines the oldest are dropped. Supervisor notes ("[shipdeck] …") are
// shown muted, stderr in the warning colour.
class InstanceLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, StreamColumn, TextColumn, ColumnCount };
    enum Role { StderrRole = Qt::UserRole + 1, SupervisorRole, TimeMsRole };

    explicit InstanceLogModel(QObject *parent = nullptr);

    void appendLines(const QList<InstanceLogLine> &lines);
    void clear();
    void setMaxLines(int maxLines);
    int maxLines() const { return m_maxLines; }
    void setStatusColors(const StatusColors &colors);
    const InstanceLogLine *lineAt(int row) const;
    // All texts, newline-separated (for copying and tests).
    QString text() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isSupervisorNote(const InstanceLogLine &line);

private:
    void trim();

    QList<InstanceLogLine> m_lines;
    int m_maxLines = 5'000;
    StatusColors m_colors;
    QFont m_font;
};

} // namespace shipdeck
