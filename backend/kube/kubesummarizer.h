#pragma once

#include "backend/kube/jsonpath.h"
#include "backend/kube/kubeobjectrow.h"
#include "backend/kube/kuberesourcetype.h"

#include <QJsonObject>

namespace shipdeck {

// Turns full API objects into compact rows: the columns kubectl prints for built-in kinds
// (pod status as `kubectl get pods` computes it, ready counts, restarts, node, IPs …) and the
// CRD's printer columns for custom resources.
class KubeSummarizer
{
public:
    explicit KubeSummarizer(KubeResourceType type);

    const KubeResourceType &type() const { return m_type; }
    QStringList columns() const { return m_columns; }
    KubeObjectRow summarize(const QJsonObject &object) const;

    // kubectl's STATUS column of a pod.
    static QString podStatus(const QJsonObject &pod);
    static qint64 parseTime(const QString &rfc3339);

private:
    KubeResourceType m_type;
    QStringList m_columns;
    QList<JsonPath> m_paths; // custom resources
    int m_builtin = -1;      // index of the built-in extractor
};

} // namespace shipdeck
