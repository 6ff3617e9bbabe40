#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class QAction;

namespace shipdeck {

// The actions of the application as a list for the command palette: text, shortcut, icon and
// a category, filtered and ranked by a fuzzy query. Disabled actions are listed but marked.
class ActionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ActionRole = Qt::UserRole + 1, // QAction* as QVariant (QObject*)
        ShortcutRole,
        CategoryRole,
        ScoreRole,
    };

    explicit ActionListModel(QObject *parent = nullptr);

    void setActions(const QList<QAction *> &actions);
    void setQuery(const QString &query);
    const QString &query() const { return m_query; }
    QAction *actionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<QPointer<QAction>> m_all;
    struct Entry
    {
        QPointer<QAction> action;
        int score;
    };
    QList<Entry> m_visible;
    QString m_query;
};

} // namespace shipdeck
