#pragma once

#include "ui/shell/uicontext.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QToolButton;

namespace shipdeck {

class AnalysisPanel;
class RevisionPanel;
class RolloutActionController;
class RolloutCharts;
class RolloutDetailViewModel;
class RolloutsClient;
class StepTimeline;
class TrafficSplitBar;

// One rollout, to judge it: what it is and where it stands (phase with reason, who is needed),
// its steps with durations and what the current one waits on, the traffic split desired and
// measured, live canary-vs-baseline charts, every analysis verdict explained, the revision
// history with diffs and rollbacks, and the event log. Actions sit in its header.
class RolloutView : public QWidget
{
    Q_OBJECT
public:
    RolloutView(const UiContext &context, RolloutsClient *client, QWidget *parent = nullptr);
    ~RolloutView() override;

    void open(const QString &rolloutId);
    void close();
    QString rolloutId() const;

    RolloutDetailViewModel *viewModel() const { return m_vm; }
    RolloutActionController *actions() const { return m_actions; }
    StepTimeline *timeline() const { return m_timeline; }
    TrafficSplitBar *trafficBar() const { return m_traffic; }
    RolloutCharts *charts() const { return m_charts; }
    AnalysisPanel *analysis() const { return m_analysis; }
    RevisionPanel *revisions() const { return m_revisions; }
    QTableView *eventTable() const { return m_events; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *phaseLabel() const { return m_phase; }
    QLabel *messageLabel() const { return m_message; }
    void showTab(const QString &name); // metrics | history | events | file

Q_SIGNALS:
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateHeader();
    void updateTimeline();
    void updateTraffic();

    UiContext m_context;
    RolloutDetailViewModel *m_vm;
    RolloutActionController *m_actions;
    QToolButton *m_back;
    QLabel *m_title;
    QLabel *m_phase;
    QLabel *m_message;
    QLabel *m_needs;
    StepTimeline *m_timeline;
    TrafficSplitBar *m_traffic;
    QTabWidget *m_tabs;
    RolloutCharts *m_charts;
    AnalysisPanel *m_analysis;
    RevisionPanel *m_revisions;
    QTableView *m_events;
    QPlainTextEdit *m_spec;
};

} // namespace shipdeck
