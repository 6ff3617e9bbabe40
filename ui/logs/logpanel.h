#pragma once

#include "backend/kube/kubelogstream.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace shipdeck {

class KubeClient;
class LogDocument;
class LogView;

// The log of a pod (one container or all) or of every pod of a workload merged by time, with
// follow, previous container, timestamps, since/tail and a text filter. Streams survive pod
// restarts and reconnects (the backend's log session); the view is virtualized (LogView).
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    struct Target
    {
        QString namespaceName;
        QString pod;           // one pod, or
        QString labelSelector; // every pod it matches (a workload)
        QString container;     // empty = every container
        QString title;         // "deployment/web", "pod/web-1"
    };

    explicit LogPanel(KubeClient *client, QWidget *parent = nullptr);
    ~LogPanel() override;

    void open(const Target &target);
    void close();
    const Target &target() const { return m_target; }
    LogView *view() const { return m_view; }
    LogDocument *document() const { return m_document; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    quint64 sessionId() const { return m_session; }

Q_SIGNALS:
    void closeRequested();

private:
    void restart();
    KubeLogOptions options() const;
    void applyFilter();
    void updateStatus();

    KubeClient *m_client;
    LogDocument *m_document;
    LogView *m_view;
    QLabel *m_title;
    QLabel *m_status;
    QToolButton *m_followButton;
    QCheckBox *m_previous;
    QCheckBox *m_timestamps;
    QComboBox *m_since;
    QSpinBox *m_tail;
    QLineEdit *m_filter;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QTimer *m_filterDelay;
    Target m_target;
    QString m_problem;
    quint64 m_session = 0;
    int m_generation = 0;
    bool m_finished = false;
};

} // namespace shipdeck
