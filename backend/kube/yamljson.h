#pragma once

#include "backend/core/result.h"

#include <QByteArray>
#include <QJsonValue>

namespace YAML {
class Node;
}

namespace shipdeck {

// Converts a yaml-cpp node to JSON: mappings to objects, sequences to arrays, plain scalars
// that look like numbers, booleans or null to those types, everything else to strings.
// Private to the backend (yaml-cpp never appears in public headers).
QJsonValue yamlToJson(const YAML::Node &node);

} // namespace shipdeck

namespace shipdeck {
// Renders JSON as block-style YAML (kubectl -o yaml style: keys in document order).
QByteArray jsonToYaml(const QJsonValue &value);
} // namespace shipdeck

namespace shipdeck {
// Parses one YAML (or JSON) document typed by a person. Errors name `what`, the line and the
// column; more than one document, or nothing at all, is an error.
Result<QJsonValue> parseYamlDocument(const QByteArray &text, const QString &what);
} // namespace shipdeck
