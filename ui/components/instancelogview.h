#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace shipdeck {

class Backend;
class InstanceLogTail;
class ThemeManager;

// A basic tail of one instance's output (stdout and stderr, with the stream shown), following
// new lines as they come; the full log viewer is elsewhere.
class InstanceLogView : public QWidget
{
    Q_OBJECT
public:
    InstanceLogView(Backend *backend, ThemeManager *theme, QWidget *parent = nullptr);

    void follow(const QString &instanceId);
    InstanceLogTail *tail() const { return m_tail; }
    QTableView *view() const { return m_view; }
    QCheckBox *followBox() const { return m_follow; }

private:
    void updateState();
    void applyTheme();

    InstanceLogTail *m_tail;
    ThemeManager *m_theme; // Not owned.
    QLabel *m_title;
    QLabel *m_state;
    QCheckBox *m_follow;
    QPushButton *m_clear;
    QTableView *m_view;
};

} // namespace shipdeck
