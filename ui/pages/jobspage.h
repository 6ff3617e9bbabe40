#pragma once

#include "ui/shell/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QTreeWidget;

namespace shipdeck {

class JobQueueModel;
class WorkflowRunModel;

// The durable job queue: every job with its state and attempts, live; details of the selected
// job with its runs and the trace of each run; retry and cancel with confirmation.
class JobsPage : public Page
{
    Q_OBJECT
public:
    explicit JobsPage(const UiContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("jobs"); }
    QString title() const override { return tr("Jobs"); }
    QString iconName() const override { return QStringLiteral("list"); }
    void activated() override;
    // itemId: a job id to select, or a state name to filter by ("dead").
    void openItem(const QString &itemId) override;

    JobQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setStateFilter(const QString &state);

private:
    void refresh();
    void showDetails();
    void showTrace(const QString &traceId);
    void retrySelected();
    void cancelSelected();
    QString selectedJobId() const;

    JobQueueModel *m_model;
    WorkflowRunModel *m_runs;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_state;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_details;
    QTableView *m_runsView;
    QTreeWidget *m_trace;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QTimer *m_debounce;
};

} // namespace shipdeck
