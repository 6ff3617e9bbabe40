#pragma once

#include "ui/shell/page.h"

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace shipdeck {

class ClusterObjectActions;
class ClustersViewModel;
class KubeObjectProxyModel;
class LogPanel;

// Kubernetes clusters: the kubeconfig context and namespace (header switcher, also in the
// command palette), a navigator of resource kinds (workloads, pods, networking, config,
// events, nodes, Argo Rollouts and every CRD), a live sortable table of the chosen kind that
// applies the object store's batches, the YAML of the selected object, its logs, and the
// actions the user is allowed to take (edit, scale, restart, delete, rollout actions).
class ClustersPage : public Page
{
    Q_OBJECT
public:
    explicit ClustersPage(const UiContext &context, QWidget *parent = nullptr);
    ~ClustersPage() override;

    QString pageId() const override { return QStringLiteral("clusters"); }
    QString title() const override { return tr("Clusters"); }
    QString iconName() const override { return QStringLiteral("server"); }
    void activated() override;
    // "kind/namespace/name" or "kind/name" selects that object.
    void openItem(const QString &itemId) override;

    ClustersViewModel *viewModel() const { return m_vm; }
    QComboBox *contextBox() const { return m_contextBox; }
    QComboBox *namespaceBox() const { return m_namespaceBox; }
    QTreeView *kindView() const { return m_kinds; }
    QTableView *tableView() const { return m_table; }
    KubeObjectProxyModel *proxy() const { return m_proxy; }
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *warningLabel() const { return m_warning; }
    QPlainTextEdit *yamlView() const { return m_yaml; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTabWidget *detailTabs() const { return m_tabs; }
    LogPanel *logPanel() const { return m_logs; }
    ClusterObjectActions *objectActions() const { return m_actions; }

    // Selects the object of the shown kind by key ("namespace/name"); false when not listed.
    bool selectObject(const QString &key);
    QString selectedKey() const;
    void showKind(const QString &resource);
    // Opens the logs of the selected pod or workload.
    void showLogs();

private:
    QHBoxLayout *buildHeader();
    void registerActions();
    void updateConnection();
    void updateScope();
    void onSelectionChanged();
    void loadYaml();
    void tick();

    ClustersViewModel *m_vm;
    KubeObjectProxyModel *m_proxy;
    ClusterObjectActions *m_actions;
    QComboBox *m_contextBox = nullptr;
    QComboBox *m_namespaceBox = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_scopeTitle = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_kinds = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_yaml = nullptr;
    LogPanel *m_logs = nullptr;
    QSplitter *m_detailSplit = nullptr;
    QTimer *m_clock;
    QString m_yamlKey;
    int m_yamlGeneration = 0;
    bool m_started = false;
    bool m_updatingBoxes = false;
};

} // namespace shipdeck
