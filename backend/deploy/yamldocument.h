#pragma once

#include "backend/core/result.h"

#include <QJsonValue>
#include <QString>

#include <vector>

namespace shipdeck {

// A YAML document as a plain tree with the line and column (1-based) of every node, so that
// validation errors can point at the offending line. Built by YamlDocument::parse(), the only
// place that touches yaml-cpp; nothing else in Shipdeck sees its types or exceptions.
struct YamlNode
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString scalar;   // Kind::Scalar
    bool quoted = false; // the scalar was written in quotes ("10" is text, 10 is a number)
    int line = 0;
    int column = 0;
    std::vector<YamlNode> items;  // Kind::Sequence
    std::vector<YamlNode> keys;   // Kind::Map: keys[i] maps to values[i], in file order
    std::vector<YamlNode> values;

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    // The value of `key` in a map, or nullptr.
    const YamlNode *find(const QString &key) const;
    QString kindName() const;
    // The document as JSON (scalars that read as numbers or booleans become numbers/booleans).
    QJsonValue toJson() const;
};

namespace YamlDocument {
// Parses one YAML document. Syntax errors, duplicate keys and documents that are too large or
// too deeply nested give a Parse error whose message starts with "NAME:LINE:COLUMN:".
Result<YamlNode> parse(const QByteArray &text, const QString &sourceName);
} // namespace YamlDocument

} // namespace shipdeck
