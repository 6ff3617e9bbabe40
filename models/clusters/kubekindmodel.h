#pragma once

#include "backend/kube/kubeobjectrow.h"

#include <QAbstractItemModel>

namespace shipdeck {

// The resource-kind navigator: built-in kinds in sections (Cluster, Workloads, Network,
// Configuration), Argo Rollouts when its CRDs are installed, and every other custom resource
// of the cluster (from a CustomResourceDefinitions watch) — a tree of sections and kinds.
class KubeKindModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        ResourceRole = Qt::UserRole + 1, // "pods", "rollouts.argoproj.io", "widgets.example.com"
        KindRole,                        // "Pod", "Widget"
        GroupRole,
        NamespacedRole,
        SectionRole,                     // true for a section row
    };
    struct Kind
    {
        QString resource;
        QString title;
        QString kind;
        QString group;
        bool namespaced = true;
    };

    explicit KubeKindModel(QObject *parent = nullptr);

    // The CRDs of the cluster: rows of a customresourcedefinitions watch (name = plural.group,
    // cells Kind, Group, Scope, Versions).
    void applyCrdDelta(const KubeStoreDelta &delta);
    void clearCustomResources();

    QModelIndex indexOf(const QString &resource) const;
    const Kind *kindAt(const QModelIndex &index) const;
    // Kinds the cluster serves as custom resources, "plural.group".
    QStringList customResources() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Section
    {
        QString id;
        QString title;
        QList<Kind> kinds;
        bool dynamic = false; // shown only while it has kinds
    };
    void setDynamicKinds(const QString &sectionId, QList<Kind> kinds);
    int visibleRowOf(const QString &sectionId) const;
    const Section *visibleSection(int row) const;

    QList<Section> m_sections; // fixed order; dynamic ones may be hidden
    QHash<QString, Kind> m_crds; // by resource "plural.group"
};

} // namespace shipdeck
