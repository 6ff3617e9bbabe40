#pragma once

#include "backend/components/componentdefinition.h"
#include "backend/core/result.h"
#include "backend/deploy/deploymentspec.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace shipdeck {

// Reads a deployment file (schema in docs/deploy.md). Every problem is reported with its line
// and column; the error's details carry the list ("problems": [{line, column, path, message}]).
namespace DeploymentParser {

// Syntax errors give ErrorCode::Parse, schema violations ErrorCode::Validation.
Result<DeploymentSpec> parse(const QByteArray &yaml, const QString &sourceName);

// Looks a component up by id; nullopt when there is no such component.
using ComponentLookup = std::function<std::optional<ComponentDefinition>(const QString &id)>;

// Checks the deployment against the components it names: unknown component, unknown version,
// a version whose program does not exist, too many replicas. `yaml` and `sourceName` are only
// used to point at lines.
Result<void> checkComponents(const DeploymentSpec &spec, const ComponentLookup &lookup, const QString &sourceName);

// Whether `version` is a version the component definition knows how to run.
bool knowsVersion(const ComponentDefinition &component, const QString &version);
// The program that runs `version` (the override's command or the component's), resolved on PATH.
QString programFor(const ComponentDefinition &component, const QString &version);

} // namespace DeploymentParser
} // namespace shipdeck
