#pragma once

#include "ui/shell/page.h"

class QAction;
class QComboBox;
class QHBoxLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace shipdeck {

class ConfigActions;
class ConfigChangesPanel;
class ConfigConflictPanel;
class ConfigDetailPane;
class ConfigFilterModel;
class ConfigHistoryPanel;
class ConfigViewModel;

// The configuration workspace: keys × environments with each value's provenance, inline
// validation, drafts, the diff of working changes, commit, history and blame, branches, sync
// with progress and per-key conflict resolution, and migrations. Operations that change
// something are in ConfigActions (registered in the command palette, each confirmed).
class ConfigPage : public Page
{
    Q_OBJECT
public:
    enum Tab { ProblemsTab, DraftsTab, ChangesTab, HistoryTab, ConflictsTab };

    explicit ConfigPage(const UiContext &context, QWidget *parent = nullptr);
    ~ConfigPage() override;

    QString pageId() const override { return QStringLiteral("config"); }
    QString title() const override { return tr("Config"); }
    QString iconName() const override { return QStringLiteral("sliders"); }
    void activated() override;
    void openItem(const QString &itemId) override; // a key: "app.server.port" or "production:app.server.port"

    ConfigViewModel *viewModel() const { return m_vm; }
    ConfigActions *configActions() const { return m_actions; }
    QTableView *table() const { return m_table; }
    ConfigFilterModel *filter() const { return m_filter; }
    ConfigDetailPane *detail() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    ConfigChangesPanel *changes() const { return m_changes; }
    ConfigHistoryPanel *history() const { return m_history; }
    ConfigConflictPanel *conflictPanel() const { return m_conflicts; }
    QTableView *problems() const { return m_problems; }
    QTableView *draftsView() const { return m_drafts; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }
    QFrame *externalBanner() const { return m_externalBanner; }
    QProgressBar *jobProgress() const { return m_jobProgress; }
    QPushButton *cancelJobButton() const { return m_cancelJob; }
    QToolButton *branchButton() const { return m_branch; }
    QLineEdit *search() const { return m_search; }

    // Selects the cell of key in environment ("" = base) and shows it in the detail pane.
    bool selectCell(const QString &key, const QString &environment);
    void showTab(Tab tab);
    // Shows a result or an error under the header (and notifies when it is an error).
    void showMessage(const QString &text, bool error);
    void requestShow();
    // ConfigActions puts its actions on the page: as header buttons and on the banners.
    void addHeaderAction(QAction *action, bool textBesideIcon = true);
    QFrame *emptyBanner() const { return m_emptyBanner; }
    QFrame *mergeBanner() const { return m_mergeBanner; }

private:
    QWidget *createHeader();
    QWidget *createBanners();
    QWidget *createBody();
    void updateState();
    void updateExternalBanner();
    void onCurrentCellChanged();
    void onJobProgress(const QString &kind, int percent, const QString &text);
    void onJobFinished(const QString &kind, bool ok, const QString &message);

    ConfigViewModel *m_vm;
    ConfigActions *m_actions;
    ConfigFilterModel *m_filter;
    QLabel *m_state = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
    QToolButton *m_branch = nullptr;
    QLabel *m_message = nullptr;
    QFrame *m_emptyBanner = nullptr;
    QLabel *m_emptyText = nullptr;
    QFrame *m_externalBanner = nullptr;
    QLabel *m_externalText = nullptr;
    QFrame *m_mergeBanner = nullptr;
    QLabel *m_mergeText = nullptr;
    QFrame *m_jobBanner = nullptr;
    QLabel *m_jobText = nullptr;
    QProgressBar *m_jobProgress = nullptr;
    QPushButton *m_cancelJob = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_only = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    ConfigDetailPane *m_detail = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_problems = nullptr;
    QTableView *m_drafts = nullptr;
    ConfigChangesPanel *m_changes = nullptr;
    ConfigHistoryPanel *m_history = nullptr;
    ConfigConflictPanel *m_conflicts = nullptr;
    bool m_firstShow = true;
};

} // namespace shipdeck
