#pragma once

#include <QWidget>

#include <map>
#include <memory>

class QGridLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace shipdeck {

class ComponentsViewModel;
class ThemeManager;
class VersionScaleRow;

// The selected component: what it is and where it runs, Deploy/Stop for its stable version, one
// scale row per version, and its instances (live). Asks for actions through signals; the page
// confirms and runs them.
class ComponentDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    ComponentDetailsPanel(ComponentsViewModel *vm, QWidget *parent = nullptr);
    ~ComponentDetailsPanel() override;

    // Puts a widget (the log tail) to the right of the instances table.
    void setSideWidget(QWidget *widget);
    QTableView *instancesView() const { return m_instancesView; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *restartButton() const { return m_restart; }
    VersionScaleRow *versionRow(const QString &version) const;
    QString currentInstance() const;
    void selectInstance(const QString &instanceId);
    // Focuses the scale control of a version (the stable one when empty).
    void focusScale(const QString &version = {});

Q_SIGNALS:
    void deployRequested();
    void stopRequested(const QString &version);
    void scaleRequested(const QString &version, int replicas);
    void restartRequested(const QString &instanceId);
    void currentInstanceChanged(const QString &instanceId);

private:
    void update();
    void updateVersions();
    void updateButtons();

    ComponentsViewModel *m_vm; // Not owned.
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_deploy;
    QPushButton *m_stop;
    QWidget *m_versionsBox;
    QGridLayout *m_versionsGrid;
    std::map<QString, std::unique_ptr<VersionScaleRow>> m_rows;
    QString m_rowsFor; // the component the rows belong to
    QPushButton *m_restart;
    QSortFilterProxyModel *m_instancesProxy;
    QTableView *m_instancesView;
    QSplitter *m_lower;
    QString m_currentInstance;
};

} // namespace shipdeck
