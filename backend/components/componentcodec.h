#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shipdeck {

// Reads and writes component definitions. The YAML schema is documented in docs/components.md;
// JSON is the same shape (used for storage in the workspace and for `--json` output).
namespace ComponentCodec {

QString typeName(ComponentType type);
Result<ComponentType> typeFromName(const QString &name);
QString probeKindName(HealthCheck::Kind kind);

// One or more YAML documents (separated by ---), each one component. `source` names the file
// in errors ("storefront.yaml:12:3: ..."). Unknown keys are errors so that typos do not pass.
Result<QList<ComponentDefinition>> fromYaml(const QByteArray &yaml, const QString &source = {});
Result<QList<ComponentDefinition>> fromYamlFile(const QString &path);
QByteArray toYaml(const ComponentDefinition &component);

QJsonObject toJson(const ComponentDefinition &component);
Result<ComponentDefinition> fromJson(const QJsonObject &json);

// Checks the rules every definition must satisfy (id format, ports, thresholds, command).
Result<void> validate(const ComponentDefinition &component);

// "1500ms", "2s", "1m", or a plain number of milliseconds.
Result<int> parseDurationMs(const QString &text);
// Kubernetes quantities: "256Mi", "1G", "1000".
Result<qint64> parseBytes(const QString &text);
// "500m" or "0.5".
Result<double> parseCpu(const QString &text);

} // namespace ComponentCodec
} // namespace shipdeck
