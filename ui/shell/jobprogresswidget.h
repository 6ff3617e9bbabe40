#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace shipdeck {

class ActiveJobsModel;
class Backend;

// The status bar's view of long jobs: the current job's title and progress, the number of
// others, and a menu listing them with Cancel. Hidden when nothing runs.
class JobProgressWidget : public QWidget
{
    Q_OBJECT
public:
    JobProgressWidget(Backend *backend, ActiveJobsModel *jobs, QWidget *parent = nullptr);

private:
    void update();
    void showMenu();

    Backend *m_backend;      // Not owned.
    ActiveJobsModel *m_jobs; // Not owned.
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_more;
};

} // namespace shipdeck
