#pragma once

#include "backend/core/result.h"
#include "backend/providers/kubernetes/kubernetesprovider.h"

#include <QList>
#include <QString>

#include <functional>

namespace shipdeck {

// The workspace settings kube.rollout.* that configure the Kubernetes rollout provider
// (docs/kubernetes.md): what they are, their defaults, and how a value is checked and applied.
class KubeRolloutSettings
{
public:
    struct Setting
    {
        QString key;          // short name, e.g. "traffic" (stored as kube.rollout.traffic)
        QString defaultText;  // what applies when the setting is empty
        QString description;
    };

    static const QList<Setting> &all();
    static QString prefix() { return QStringLiteral("kube.rollout."); }
    // "traffic" or "kube.rollout.traffic" → "traffic"; empty when the key is not known.
    static QString shortKey(const QString &key);

    // Applies the non-empty settings `value(shortKey)` returns to `options`; the first bad value
    // is an InvalidArgument error that names the setting.
    static Result<void> apply(const std::function<QString(const QString &)> &value, KubernetesProvider::Options &options);
    // Checks one value before it is stored (an empty value means "back to the default").
    static Result<void> validate(const QString &key, const QString &value);
};

} // namespace shipdeck
