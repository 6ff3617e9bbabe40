#pragma once

#include "backend/core/result.h"

#include <QJsonObject>

namespace shipdeck {

// Label selectors of cluster objects, in the text form the API takes (labelSelector=…).
namespace KubeSelector {

// A meta/v1 LabelSelector ({matchLabels, matchExpressions}) as text: "app=web,tier in (a,b),!canary".
Result<QString> fromLabelSelector(const QJsonObject &selector);
// The selector of the pods an object runs: Deployments, StatefulSets, DaemonSets, ReplicaSets,
// Jobs and Argo Rollouts (spec.selector), Services (spec.selector map). An object without
// one, or with an empty one (which would match every pod), is an error naming it.
Result<QString> podsOf(const QJsonObject &object);

} // namespace KubeSelector

} // namespace shipdeck
