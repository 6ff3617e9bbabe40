#pragma once

#include "backend/config/gitrepository.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace shipdeck {

class ConfigDiffModel;
class ThemeManager;

// A diff of several files: the files with their +/− counts on the left, the lines with old and
// new line numbers on the right (added lines tinted green, removed ones red). Clicking a file
// scrolls to it.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    DiffView(ThemeManager *theme, QWidget *parent = nullptr);

    void setDiffs(const QList<GitFileDiff> &diffs);
    void setPatch(const QString &patch);
    void setPlaceholder(const QString &text);
    ConfigDiffModel *model() const { return m_model; }
    QTableView *lines() const { return m_lines; }
    QListWidget *files() const { return m_files; }

private:
    void fillFiles();

    ConfigDiffModel *m_model;
    QListWidget *m_files;
    QTableView *m_lines;
    QLabel *m_placeholder;
};

} // namespace shipdeck
