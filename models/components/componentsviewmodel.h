#pragma once

#include "backend/core/result.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QTimer;

namespace shipdeck {

class Backend;
class ComponentListModel;
class InstanceListModel;
struct ChangeNote;
struct ComponentFileCheck;
struct ComponentRow;

// What the Components page shows, kept current without blocking: the registry with the health
// of every component, the selected component and its instances. Refreshes when the workspace
// opens and when the local provider reports a change ("provider.statusChanged",
// "components.changed"), coalescing bursts. Actions go to the backend as futures, are audited
// with the user's name and the reason, and refresh what they change.
class ComponentsViewModel : public QObject
{
    Q_OBJECT
public:
    explicit ComponentsViewModel(Backend *backend, QObject *parent = nullptr);
    ~ComponentsViewModel() override;

    ComponentListModel *components() const { return m_components; }
    InstanceListModel *instances() const { return m_instances; }
    Backend *backend() const { return m_backend; }

    void refresh();
    bool isLoaded() const { return m_loaded; }
    // The last refresh's error (e.g. no workspace); empty when it worked.
    QString loadError() const { return m_loadError; }

    void setSelectedComponent(const QString &id);
    QString selectedComponent() const { return m_selected; }
    const ComponentRow *selectedRow() const;

    // Whether an action on `key` (a component id, "id@version" or an instance id) is running.
    bool isBusy(const QString &key) const { return m_busy.contains(key); }

    QFuture<Result<void>> deployStable(const QString &id, const QString &reason = {});
    QFuture<Result<void>> scaleVersion(const QString &id, const QString &version, int replicas, const QString &reason = {});
    QFuture<Result<void>> stopVersion(const QString &id, const QString &version, const QString &reason = {});
    QFuture<Result<void>> restartInstance(const QString &instanceId, const QString &reason = {});
    QFuture<Result<void>> remove(const QString &id, const QString &reason = {});
    QFuture<Result<QStringList>> addFromFile(const QString &path);
    QFuture<Result<ComponentFileCheck>> checkFile(const QString &path);

    // The name recorded in the audit log: $SHIPDECK_USER, else $USER.
    static QString actor();

Q_SIGNALS:
    // A snapshot was applied to the models.
    void refreshed();
    void selectionChanged(const QString &id);
    void busyChanged();
    // An action finished: what it was, in words, and the error (empty on success).
    void actionFinished(const QString &what, const QString &error);

private:
    void scheduleRefresh();
    void applySelection();
    template<typename T>
    QFuture<Result<T>> track(const QString &key, const QString &what, QFuture<Result<T>> future);
    ChangeNote note(const QString &reason) const;

    Backend *m_backend; // Not owned.
    ComponentListModel *m_components;
    InstanceListModel *m_instances;
    QTimer *m_debounce;
    QString m_selected;
    QString m_loadError;
    QSet<QString> m_busy;
    bool m_loaded = false;
    bool m_refreshing = false;
    bool m_again = false;
};

} // namespace shipdeck
