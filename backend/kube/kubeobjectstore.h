#pragma once

#include "backend/kube/kubeobjectrow.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace shipdeck {

// The compact rows of one resource kind in one scope, kept by an informer. Changes are
// collected and published in batches (at most one `changed` per interval, default 100 ms)
// so a view over 10,000+ pods applies one delta per frame instead of one signal per object.
// Lives on the backend thread; deltas are plain values that cross threads by copy.
class KubeObjectStore : public QObject
{
    Q_OBJECT
public:
    explicit KubeObjectStore(QStringList columns, QObject *parent = nullptr);

    const QStringList &columns() const { return m_columns; }
    int size() const { return int(m_rows.size()); }
    bool isSynced() const { return m_synced; }
    quint64 sequence() const { return m_sequence; }
    const KubeObjectRow *find(const QString &key) const;
    QList<KubeObjectRow> rows() const;
    // Everything as one reset delta carrying the current sequence (a model's starting point).
    KubeStoreDelta snapshot() const;

    void upsert(KubeObjectRow row);
    void remove(const QString &key);
    // Replaces the content with a fresh list; rows not in it are removed.
    void replace(QList<KubeObjectRow> rows);
    void setSynced(bool synced);
    void clear();

    void setBatchIntervalMs(int ms);
    // Publishes pending changes now (tests, end of an initial list page).
    void flush();
    quint64 changesApplied() const { return m_changesApplied; }

Q_SIGNALS:
    void changed(const shipdeck::KubeStoreDelta &delta);

private:
    void schedule();

    QStringList m_columns;
    QHash<QString, KubeObjectRow> m_rows;
    enum class Pending : quint8 { Added, Updated, Removed };
    QHash<QString, Pending> m_pending;
    bool m_pendingReset = false;
    bool m_synced = false;
    bool m_syncedChanged = false;
    quint64 m_sequence = 0;
    quint64 m_changesApplied = 0;
    QTimer *m_timer;
};

} // namespace shipdeck
