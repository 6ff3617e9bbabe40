#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace shipdeck::kubetest {

// YAML to JSON through yaml-cpp, with the YAML 1.1 scalar rules Kubernetes tooling uses for
// plain scalars (true/false, null, ints, floats; quoted scalars stay strings).
Result<QJsonObject> yamlToJsonObject(const QByteArray &yaml);
// Every document of a multi-document stream.
Result<QList<QJsonObject>> yamlDocuments(const QByteArray &yaml);

} // namespace shipdeck::kubetest
