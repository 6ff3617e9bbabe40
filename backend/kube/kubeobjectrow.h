#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace shipdeck {

// The compact form of one cluster object that the object store keeps: identity, labels and
// owner (for selectors and workload → pod lookups), and the kind's display cells. Full
// objects are fetched on demand (YAML view), so 10,000+ pods stay small in memory.
// Secret values are never part of a row.
struct KubeObjectRow
{
    QString namespaceName;
    QString name;
    QString uid;
    QString resourceVersion;
    qint64 createdMs = 0;
    qint64 deletingMs = 0;   // deletionTimestamp, 0 = not being deleted
    QStringList labels;      // flat: key, value, key, value …
    QString ownerKind;       // controller owner
    QString ownerName;
    QStringList cells;       // values of the kind's columns, in KubeSummarizer::columns() order

    QString key() const { return namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('/') + name; }
    QString label(const QString &key) const;
    // Same content apart from resourceVersion (a no-op update the views need not repaint).
    bool sameContent(const KubeObjectRow &other) const;
    bool operator==(const KubeObjectRow &other) const = default;
};

// One batch of changes of an object store, in the order a model applies them: `reset`
// replaces everything with `upserted`; otherwise rows in `upserted` are added or replaced by
// key and keys in `removed` are dropped. `sequence` increases by one per batch.
struct KubeStoreDelta
{
    quint64 sequence = 0;
    bool reset = false;
    bool synced = false;        // the store holds a complete list (after the first list)
    QList<KubeObjectRow> upserted;
    QStringList removed;

    bool isEmpty() const { return !reset && upserted.isEmpty() && removed.isEmpty(); }
};

} // namespace shipdeck

Q_DECLARE_METATYPE(shipdeck::KubeObjectRow)
Q_DECLARE_METATYPE(shipdeck::KubeStoreDelta)
