#include "models/clusters/kubekindmodel.h"

#include "models/clusters/kubetext.h"

#include <QSet>

#include <algorithm>

namespace shipdeck {

namespace {
// internalId of a section row; a kind's is its section's position in m_sections + 1, which
// stays the same when dynamic sections appear or go.
constexpr quintptr kSectionId = 0;

KubeKindModel::Kind builtin(const char *resource, const char *kind, bool namespaced = true, const char *group = "")
{
    const QString r = QString::fromLatin1(resource);
    return KubeKindModel::Kind{r, KubeText::kindTitle(r), QString::fromLatin1(kind), QString::fromLatin1(group), namespaced};
}

const QString kArgo = QStringLiteral("argo");
const QString kCustom = QStringLiteral("custom");
const QString kArgoGroup = QStringLiteral("argoproj.io");
} // namespace

KubeKindModel::KubeKindModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_sections = {
        {QStringLiteral("workloads"), tr("Workloads"),
         {builtin("pods", "Pod"), builtin("deployments", "Deployment", true, "apps"), builtin("statefulsets", "StatefulSet", true, "apps"),
          builtin("daemonsets", "DaemonSet", true, "apps"), builtin("replicasets", "ReplicaSet", true, "apps"),
          builtin("jobs", "Job", true, "batch"), builtin("cronjobs", "CronJob", true, "batch")}, false},
        {QStringLiteral("network"), tr("Network"),
         {builtin("services", "Service"), builtin("ingresses", "Ingress", true, "networking.k8s.io"),
          builtin("httproutes", "HTTPRoute", true, "gateway.networking.k8s.io")}, false},
        {QStringLiteral("config"), tr("Configuration"), {builtin("configmaps", "ConfigMap"), builtin("secrets", "Secret")}, false},
        {QStringLiteral("cluster"), tr("Cluster"),
         {builtin("namespaces", "Namespace", false), builtin("nodes", "Node", false), builtin("events", "Event"),
          builtin("leases", "Lease", true, "coordination.k8s.io"),
          builtin("customresourcedefinitions", "CustomResourceDefinition", false, "apiextensions.k8s.io")}, false},
        {kArgo, tr("Argo Rollouts"), {}, true},
        {kCustom, tr("Custom Resources"), {}, true},
    };
}

int KubeKindModel::visibleRowOf(const QString &sectionId) const
{
    int row = 0;
    for (const Section &s : m_sections) {
        if (s.id == sectionId)
            return s.kinds.isEmpty() && s.dynamic ? -1 : row;
        if (!s.dynamic || !s.kinds.isEmpty())
            ++row;
    }
    return -1;
}

const KubeKindModel::Section *KubeKindModel::visibleSection(int row) const
{
    int r = 0;
    for (const Section &s : m_sections) {
        if (s.dynamic && s.kinds.isEmpty())
            continue;
        if (r == row)
            return &s;
        ++r;
    }
    return nullptr;
}

void KubeKindModel::applyCrdDelta(const KubeStoreDelta &delta)
{
    if (delta.reset)
        m_crds.clear();
    for (const QString &key : delta.removed)
        m_crds.remove(key);
    for (const KubeObjectRow &row : delta.upserted) {
        Kind k;
        k.resource = row.name;
        k.kind = row.cells.value(0);
        k.group = row.cells.value(1);
        k.namespaced = row.cells.value(2) != QLatin1String("Cluster");
        if (k.kind.isEmpty() || k.group.isEmpty())
            continue;
        const QString builtinTitle = k.group == kArgoGroup ? KubeText::kindTitle(k.resource) : QString();
        k.title = builtinTitle.isEmpty() ? QStringLiteral("%1 (%2)").arg(k.kind, k.group) : builtinTitle;
        m_crds.insert(k.resource, k);
    }
    QList<Kind> argo, custom;
    for (const Kind &k : std::as_const(m_crds)) {
        if (k.group == kArgoGroup && (k.kind == QLatin1String("Rollout") || k.kind == QLatin1String("AnalysisRun")))
            argo.append(k);
        else
            custom.append(k);
    }
    std::sort(argo.begin(), argo.end(), [](const Kind &a, const Kind &b) { return a.kind > b.kind; }); // Rollouts first
    std::sort(custom.begin(), custom.end(), [](const Kind &a, const Kind &b) { return KubeText::naturalCompare(a.title, b.title) < 0; });
    setDynamicKinds(kArgo, argo);
    setDynamicKinds(kCustom, custom);
}

void KubeKindModel::clearCustomResources()
{
    m_crds.clear();
    setDynamicKinds(kArgo, {});
    setDynamicKinds(kCustom, {});
}

void KubeKindModel::setDynamicKinds(const QString &sectionId, QList<Kind> kinds)
{
    auto it = std::find_if(m_sections.begin(), m_sections.end(), [&](const Section &s) { return s.id == sectionId; });
    if (it == m_sections.end())
        return;
    const int sectionIndex = int(it - m_sections.begin());
    int row = visibleRowOf(sectionId);
    if (row < 0 && kinds.isEmpty())
        return;
    if (row < 0) {
        // The section appears with its kinds.
        int r = 0;
        for (int i = 0; i < sectionIndex; ++i)
            r += (!m_sections.at(i).dynamic || !m_sections.at(i).kinds.isEmpty()) ? 1 : 0;
        beginInsertRows({}, r, r);
        m_sections[sectionIndex].kinds = std::move(kinds);
        endInsertRows();
        return;
    }
    if (kinds.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_sections[sectionIndex].kinds.clear();
        endRemoveRows();
        return;
    }
    // Same section: remove the kinds that went, insert the new ones in place.
    const QModelIndex parentIndex = index(row, 0);
    QList<Kind> &current = m_sections[sectionIndex].kinds;
    QSet<QString> wanted;
    for (const Kind &k : kinds)
        wanted.insert(k.resource);
    for (int i = int(current.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(current.at(i).resource)) {
            beginRemoveRows(parentIndex, i, i);
            current.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < kinds.size(); ++i) {
        if (i < current.size() && current.at(i).resource == kinds.at(i).resource) {
            current[i] = kinds.at(i);
            continue;
        }
        beginInsertRows(parentIndex, i, i);
        current.insert(i, kinds.at(i));
        endInsertRows();
    }
}

QModelIndex KubeKindModel::indexOf(const QString &resource) const
{
    for (int row = 0; const Section *s = visibleSection(row); ++row) {
        for (int i = 0; i < s->kinds.size(); ++i) {
            if (s->kinds.at(i).resource == resource)
                return index(i, 0, index(row, 0));
        }
    }
    return {};
}

const KubeKindModel::Kind *KubeKindModel::kindAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId || index.model() != this)
        return nullptr;
    const qsizetype section = qsizetype(index.internalId()) - 1;
    if (section >= m_sections.size())
        return nullptr;
    const Section &s = m_sections.at(section);
    return index.row() < s.kinds.size() ? &s.kinds.at(index.row()) : nullptr;
}

QStringList KubeKindModel::customResources() const
{
    return m_crds.keys();
}

QModelIndex KubeKindModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return visibleSection(row) ? createIndex(row, 0, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId)
        return {};
    const Section *s = visibleSection(parent.row());
    if (!s || row >= s->kinds.size())
        return {};
    return createIndex(row, 0, quintptr(s - m_sections.constData()) + 1);
}

QModelIndex KubeKindModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    const qsizetype section = qsizetype(child.internalId()) - 1;
    if (section >= m_sections.size())
        return {};
    const int row = visibleRowOf(m_sections.at(section).id);
    return row < 0 ? QModelIndex() : createIndex(row, 0, kSectionId);
}

int KubeKindModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        int n = 0;
        while (visibleSection(n))
            ++n;
        return n;
    }
    if (parent.column() != 0 || parent.internalId() != kSectionId)
        return 0;
    const Section *s = visibleSection(parent.row());
    return s ? int(s->kinds.size()) : 0;
}

int KubeKindModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags KubeKindModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == kSectionId ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant KubeKindModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId) {
        const Section *s = visibleSection(index.row());
        if (!s)
            return {};
        if (role == Qt::DisplayRole)
            return s->title;
        if (role == SectionRole)
            return true;
        return {};
    }
    const Kind *k = kindAt(index);
    if (!k)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return k->title.isEmpty() ? k->kind : k->title;
    case Qt::ToolTipRole:
        return k->group.isEmpty() ? QStringLiteral("%1 (v1)").arg(k->kind) : QStringLiteral("%1 · %2").arg(k->kind, k->group);
    case ResourceRole:
        return k->resource;
    case KindRole:
        return k->kind;
    case GroupRole:
        return k->group;
    case NamespacedRole:
        return k->namespaced;
    case SectionRole:
        return false;
    default:
        return {};
    }
}

} // namespace shipdeck
